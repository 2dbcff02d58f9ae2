/**
 * Scenario tests for the pack rules: every test/fixtures/rules/*.roadmap.yaml
 * is a small pack with its expected diagnostics marked inside it (format:
 * test/helpers/ruleFixture.ts). For each fixture:
 *   1. check it and compare the reported diagnostics with the markers
 *      (code, severity, line, start and end character, message fragments);
 *   2. apply the first quick fix of every diagnostic that offers one, check
 *      again, and require that diagnostic to be gone (and no syntax error made).
 *      The levelling's moves (RP503, RP401), which the editor computes when
 *      asked rather than with the check, count as the diagnostic's fixes here.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CheckOptions, PackDiagnostic, RULES, TextEdit, checkDiagnosticsWithForecast, checkPack, levelFixes } from '../../server/src/pack';
import { portfolioFixtureFolders } from '../helpers/portfolioFixtures';
import { repoPath } from '../helpers/repoRoot';
import { RuleFixture, compare, describeDiagnostic, explain, parseFixture } from '../helpers/ruleFixture';

const FIXTURES = repoPath('test', 'fixtures', 'rules');
const files = readdirSync(FIXTURES)
  .filter((file) => /\.roadmap\.ya?ml$/.test(file))
  .sort();

function load(file: string): RuleFixture {
  return parseFixture(readFileSync(join(FIXTURES, file), 'utf8'), file);
}

describe('rule fixtures (test/fixtures/rules)', () => {
  it('has fixtures', () => assert.ok(files.length > 0, `no fixtures in ${FIXTURES}`));

  it('has at least one fixture per rule, and each RPnnn-… fixture marks its own code', () => {
    // RP7xx rules check Markdown briefs; their fixtures live in test/fixtures/briefs. Portfolio rules
    // (RP9xx) need several files: theirs are folders of test/fixtures/portfolio.
    const packRules = RULES.filter((rule) => !rule.code.startsWith('RP7'));
    const portfolioFolders = portfolioFixtureFolders();
    const fixtureOf = (code: string) => (code.startsWith('RP9') ? portfolioFolders : files).some((file) => file.startsWith(`${code}-`));
    const missing = packRules.filter((rule) => !fixtureOf(rule.code)).map((rule) => `${rule.code} (${rule.name})`);
    assert.deepEqual(missing, [], `rules without a fixture: ${missing.join(', ')}`);
    const unmarked = files.filter((file) => /^RP\d{3}-/.test(file) && !load(file).markers.some((marker) => file.startsWith(`${marker.code}-`)));
    assert.deepEqual(unmarked, [], `fixtures that never mark the code they are named after: ${unmarked.join(', ')}`);
  });

  for (const file of files) {
    describe(file, () => {
      it('reports exactly the marked diagnostics', () => {
        const fixture = load(file);
        // What `check` reports: the forecast's findings (RP405) too.
        const diagnostics = checkDiagnosticsWithForecast(checkPack(fixture.text, fixture.options), fixture.options);
        const comparison = compare(fixture, diagnostics);
        if (comparison.missing.length > 0 || comparison.unexpected.length > 0) assert.fail(explain(file, fixture, comparison));
      });

      it('quick fixes remove the diagnostic they fix', () => {
        const fixture = load(file);
        const result = checkPack(fixture.text, fixture.options);
        const diagnostics = result.diagnostics.map((d) => ({ ...d, fixes: [...d.fixes, ...levelFixes(result, d, (text) => checkPack(text, fixture.options))] }));
        const problems = diagnostics.filter((d) => d.fixes.length > 0).flatMap((d) => fixProblems(fixture.text, fixture.options, d));
        if (problems.length > 0) assert.fail(`${file}:\n${problems.join('\n\n')}`);
      });
    });
  }
});

/** Applies the diagnostic's first fix, checks again, and says what is wrong with the result ([] when all is well). */
function fixProblems(text: string, options: Partial<CheckOptions>, diagnostic: PackDiagnostic): string[] {
  const fix = diagnostic.fixes[0];
  const heading = `Fix "${fix.title}" for ${describeDiagnostic(diagnostic)}`;
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
  const invalid = edits.find((edit, i) => edit.span.start < 0 || edit.span.end > text.length || edit.span.start > edit.span.end || (i > 0 && edit.span.start < edits[i - 1].span.end));
  if (edits.length === 0) return [`${heading}\n  has no edits.`];
  if (invalid) return [`${heading}\n  has an invalid or overlapping edit at ${invalid.span.start}-${invalid.span.end} (text length ${text.length}).`];
  const fixed = applyEdits(text, edits);
  const before = checkPack(text, options).diagnostics;
  const after = checkPack(fixed, options);
  const position = after.lines.positionAt(mapOffset(diagnostic.span.start, edits));
  const problems: string[] = [];
  const still = after.diagnostics.filter((d) => d.code === diagnostic.code && d.range.start.line === position.line && d.range.start.character === position.character);
  // Several findings of a rule may stand at one place (RP503 once per run of weeks, on the team): one fewer is the fix.
  const alike = before.filter((d) => d.code === diagnostic.code && d.span.start === diagnostic.span.start).length;
  if (still.length >= alike) problems.push(`still reported after the fix:\n${still.map((d) => `    ${describeDiagnostic(d)}`).join('\n')}`);
  const syntax = (list: PackDiagnostic[]) => list.filter((d) => d.code === 'RP001' || d.code === 'RP003').length;
  if (syntax(after.diagnostics) > syntax(before)) problems.push(`the fix made the YAML invalid:\n${after.diagnostics.filter((d) => d.code === 'RP001' || d.code === 'RP003').map((d) => `    ${describeDiagnostic(d)}`).join('\n')}`);
  if (problems.length === 0) return [];
  const line = position.line;
  return [`${heading}\n  line ${line + 1} before: ${text.split(/\r?\n/)[line] ?? ''}\n  line ${line + 1} after:  ${fixed.split(/\r?\n/)[line] ?? ''}\n  ${problems.join('\n  ')}`];
}

/** Applies non-overlapping edits (sorted by start) from the end backwards, so earlier offsets stay valid. */
function applyEdits(text: string, edits: TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].reverse()) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}

/** Where an offset of the old text lands in the edited text. */
function mapOffset(offset: number, edits: TextEdit[]): number {
  let delta = 0;
  for (const edit of edits) {
    if (edit.span.end <= offset && edit.span.start < offset) delta += edit.newText.length - (edit.span.end - edit.span.start);
    else if (edit.span.start <= offset && offset < edit.span.end) return edit.span.start + delta;
  }
  return offset + delta;
}

describe('rule fixture format', () => {
  const text = ['pack: 1', '#^^^ RP101 error: must be 1', 'title: x', '#      ^ RP605 hint: tbd … target', '#      ^ RP605 hint', '  depends_on: [c]', '  #            ^ RP301 error: a → c'].join('\n');
  const fixture = parseFixture(text);

  it('reads carets as columns; a `#` directly before carets is the run’s first column', () => {
    assert.deepEqual(
      fixture.markers.map((m) => [m.line, m.start, m.end, m.code, m.severity, m.fragments]),
      [
        [0, 0, 4, 'RP101', 'error', ['must be 1']],
        [2, 7, 8, 'RP605', 'hint', ['tbd', 'target']],
        [2, 7, 8, 'RP605', 'hint', []],
        [5, 15, 16, 'RP301', 'error', ['a → c']],
      ],
    );
  });

  it('reads the directives (full-line comments in column 0)', () => {
    const header = parseFixture('# options: {"fileExists": ["a.md"], "severities": {"RP502": "off"}}\n# ignore: RP602, rp604\n# allow-other-diagnostics\npack: 1\n# ignore: RP101\n  # ignore: RP102\n');
    assert.deepEqual([...header.ignore], ['RP602', 'RP604', 'RP101']);
    assert.equal(header.exhaustive, false);
    assert.deepEqual(header.options.severities, { RP502: 'off' });
    assert.equal(header.options.fileExists!('a.md'), true);
    assert.equal(header.options.fileExists!('b.md'), false);
  });

  it('the quick-fix loop catches a fix that does not fix, or breaks the YAML', () => {
    const pack = 'pack: 1\ntitle: t\nhorizon: 2026-Q3\ninitiatives:\n  - id: tracing\n    title: T\n  - id: b\n    title: B\n    depends_on: [trcing]\n';
    const diagnostic = checkPack(pack).diagnostics.find((d) => d.code === 'RP202')!;
    const withFix = (newText: string): PackDiagnostic => ({ ...diagnostic, fixes: [{ title: 'test', edits: [{ span: diagnostic.span, newText }] }] });
    assert.deepEqual(fixProblems(pack, {}, diagnostic), []);
    assert.match(fixProblems(pack, {}, withFix('trcing')).join('\n'), /still reported/);
    assert.match(fixProblems(pack, {}, withFix('tracing, "')).join('\n'), /made the YAML invalid/);
  });

  it('matches fragments case-insensitively, and `!fragment` must be absent', () => {
    const marked = parseFixture('pack: 1\n#     ^ RP101 error: MUST be 1 … !not empty\n');
    const diagnostic = (message: string): PackDiagnostic => ({ code: 'RP101', rule: 'schema', severity: 'error', message, range: { start: { line: 0, character: 6 }, end: { line: 0, character: 7 } }, span: { start: 6, end: 7 }, related: [], fixes: [], docs: '' });
    assert.equal(compare(marked, [diagnostic('`pack` must be 1, not `2`.')]).missing.length, 0);
    assert.equal(compare(marked, [diagnostic('`pack` must be 1, not empty.')]).missing.length, 1);
  });

  it('rejects malformed markers instead of ignoring them', () => {
    assert.throws(() => parseFixture('pack: 1\n#   ^^^ RP1O1 error: typo in the code\n'), /malformed marker/);
    assert.throws(() => parseFixture('pack: 1\n#   ^^^ RP101 fatal: no such severity\n'), /malformed marker/);
  });
});
