import type { Rule } from './rule';

/** Reported by the parse step (parse/yamlErrors.ts, parse/parsePack.ts). */
export const duplicateKey: Readonly<Rule<'RP003'>> = { code: 'RP003', name: 'duplicate-key', severity: 'error', summary: 'A key appears twice in one mapping; only the first is read.' };
