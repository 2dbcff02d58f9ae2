import type { Rule } from './rule';

/** Reported by schema validation (schema/validate.ts). */
export const schema: Readonly<Rule<'RP101'>> = { code: 'RP101', name: 'schema', severity: 'error', summary: 'A value has the wrong type, is missing, or is not one of the allowed values.' };
