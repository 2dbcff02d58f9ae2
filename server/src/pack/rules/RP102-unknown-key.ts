import type { Rule } from './rule';

/** Reported by schema validation (schema/validate.ts). */
export const unknownKey: Readonly<Rule<'RP102'>> = { code: 'RP102', name: 'unknown-key', severity: 'warning', summary: 'A key the format does not know, usually a typo; it is neither checked nor drawn.' };
