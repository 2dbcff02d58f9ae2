/**
 * RP001 as a person reads it: one finding per mistake, not one per token yaml
 * could not place after it, at most a handful per piece, no identical copies,
 * and each unclosed bracket named as written.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPack } from '../../server/src/pack';
import { SHOWN_SYNTAX_ERRORS } from '../../server/src/pack/parse/yamlErrors';
import { repoRoot } from '../helpers/repoRoot';

function syntaxErrors(text: string): { message: string; at: string; start: number }[] {
  return checkPack(text)
    .diagnostics.filter((diagnostic) => diagnostic.code === 'RP001')
    .map((diagnostic) => ({ message: diagnostic.message, at: text.slice(diagnostic.span.start, diagnostic.span.end), start: diagnostic.span.start }));
}

describe('YAML syntax findings (RP001)', () => {
  it('reads a leading space before `pack: 1` as one mistake, not one per token after it', () => {
    const example = readFileSync(join(repoRoot(), 'examples', 'platform-inventory.roadmap.yaml'), 'utf8');
    const errors = syntaxErrors(example.replace(/^pack: 1/m, ' pack: 1'));
    assert.ok(errors.length >= 1 && errors.length <= 2, `${errors.length} RP001 findings`);
    assert.match(errors[errors.length - 1].message, /and the \d{3} tokens after it cannot be read/);
  });

  it('shows at most a handful per piece, then one finding that says how many more', () => {
    const lines = Array.from({ length: 40 }, (_, index) => `  k${index}: "open\n  t${index}: x"y"\n`);
    const errors = syntaxErrors(`pack: 1\ntitle: t\nx:\n${lines.join('')}`);
    assert.ok(errors.length <= SHOWN_SYNTAX_ERRORS + 1, `${errors.length} RP001 findings`);
    assert.match(errors[errors.length - 1].message, /^\d+ more YAML syntax errors from here on are not listed/);
  });

  it('gives N unclosed brackets N findings at their own openers, named as written', () => {
    const errors = syntaxErrors('pack: 1\ntitle: t\nx: [a, {b: [c, {d: 1\n');
    assert.deepEqual(errors.map((error) => error.at), ['[', '{', '[', '{']);
    for (const error of errors) assert.ok(error.message.includes(`This \`${error.at}\` is missing its closing bracket: add \`${error.at === '{' ? '}' : ']'}\``), error.message);
    assert.equal(new Set(errors.map((error) => error.start)).size, errors.length);
  });

  it('never reports the same finding twice at one place', () => {
    for (const text of ['pack: 1\nx: [[[[[a\n', 'pack: 1\nx: {a: {b: {c: 1\n', 'pack: 1\nx:\n\t- a\n\t- b\n']) {
      const placed = checkPack(text).diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.span.start} ${diagnostic.message}`);
      assert.equal(new Set(placed).size, placed.length, placed.join('\n'));
    }
  });
});
