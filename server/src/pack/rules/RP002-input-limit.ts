import type { Rule } from './rule';

/** Reported by the parse step (parse/parsePack.ts). */
export const inputLimit: Readonly<Rule<'RP002'>> = { code: 'RP002', name: 'input-limit', severity: 'error', summary: 'The file is too large, nested too deeply or expands aliases too far to be checked.' };
