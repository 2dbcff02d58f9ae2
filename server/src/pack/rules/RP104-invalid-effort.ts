import type { Rule } from './rule';

/** Reported by the model (model/buildModel.ts). */
export const invalidEffort: Readonly<Rule<'RP104'>> = { code: 'RP104', name: 'invalid-effort', severity: 'error', summary: "An effort range runs backwards (low above high), or an owner map's shares do not add up to 100%." };
