import type { Rule } from './rule';

/** Reported by schema validation and the model (model/buildModel.ts). */
export const invalidTime: Readonly<Rule<'RP103'>> = { code: 'RP103', name: 'invalid-time', severity: 'error', summary: 'A time value is not one of the accepted forms, or not a real week or date.' };
