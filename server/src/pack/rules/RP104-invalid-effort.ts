import type { Rule } from './rule';

/** Reported by the model (model/buildModel.ts) and, for figures past their bounds (schema/bounds.ts), by schema validation. */
export const invalidEffort: Readonly<Rule<'RP104'>> = { code: 'RP104', name: 'invalid-effort', severity: 'error', summary: "An effort range runs backwards (low above high) or past 100000 engineer-weeks, a percentage is above 100%, or an owner map's shares do not add up to 100%." };
