import { strict as assert } from 'node:assert';
import { ESLint } from 'eslint';
import { repoPath } from '../helpers/repoRoot';

/**
 * The core's purity is held by lint (eslint.config.mjs), so the lint itself is
 * tested: each line below, written in a core file at any depth, must fail
 * with the named rule, and the same line in a host file must pass.
 */
const VIOLATIONS: [string, string][] = [
  ['let checks = 0;', 'roadmap/no-module-state'],
  ['export var last: string | undefined;', 'roadmap/no-module-state'],
  ['const cache = new Map<string, number>();', 'roadmap/no-module-state'],
  ['export const seen = new WeakMap<object, number>();', 'roadmap/no-module-state'],
  ['const ids: string[] = [];', 'roadmap/no-module-state'],
  ['const byName: Record<string, number> = {};', 'roadmap/no-module-state'],
  ['const WORD = /\\w+/g;', 'roadmap/no-module-state'],
  ['class Counter { static count = 0; }', 'roadmap/no-module-state'],
  ["import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
  ["import { inspect } from 'util';", 'no-restricted-imports'],
  ["import { createHash } from 'crypto';", 'no-restricted-imports'],
  ["import type { Connection } from 'vscode-languageserver';", 'no-restricted-imports'],
  ["import { toLspDiagnostic } from '../../lsp/convert';", 'no-restricted-imports'],
  ["import { run } from '../../../cli/run';", 'no-restricted-imports'],
  ['export const home = () => process.env.HOME;', 'no-restricted-globals'],
  ['export const now = () => Date.now();', 'no-restricted-properties'],
  ['export const today = () => new Date();', 'no-restricted-syntax'],
  ['export const pick = () => Math.random();', 'no-restricted-properties'],
];

const ALLOWED = [
  'const LIMIT = 5;',
  "const NAMES: readonly string[] = ['a', 'b'];",
  "const KINDS: ReadonlySet<string> = new Set(['a']);",
  "const TITLES = { a: 'A' } as const;",
  "const LABELS: Readonly<Record<string, string>> = { a: 'A' };",
  "const POINT = new RegExp('^W\\\\d+$', 'i');",
  'export const day = (epoch: number) => new Date(epoch);',
];

const PURITY_RULES = new Set(VIOLATIONS.map(([, rule]) => rule));

/** The purity rules that flag the code, written in the given file. */
async function ruleIds(code: string, file: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: repoPath() });
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: repoPath(file) });
  return result.messages.map((message) => message.ruleId ?? message.message).filter((id) => PURITY_RULES.has(id));
}

describe('the purity lint of the core', function () {
  this.timeout(60000);

  for (const [code, rule] of VIOLATIONS) {
    it(`rejects \`${code}\` in the core (${rule}), not in a host`, async () => {
      assert.ok((await ruleIds(code, 'server/src/pack/rules/sub/example.ts')).includes(rule), `${rule} should flag it`);
      assert.ok(!(await ruleIds(code, 'server/src/lsp/example.ts')).includes(rule));
    });
  }

  it('accepts constants that cannot change', async () => {
    for (const code of ALLOWED) assert.deepEqual(await ruleIds(code, 'server/src/pack/views/example.ts'), [], code);
  });
});
