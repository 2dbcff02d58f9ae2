import type { Rule } from './rule';

/** Reported by the parse step (parse/yamlErrors.ts). */
export const yamlSyntax: Readonly<Rule<'RP001'>> = { code: 'RP001', name: 'yaml-syntax', severity: 'error', summary: 'The file is not valid YAML here; the rest of the file is still checked.' };
