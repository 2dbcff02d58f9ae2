/**
 * Robustness of the pure core against whatever text an editor holds:
 * `checkPack` never throws, every range it reports lies inside the document,
 * the same text always gives the same diagnostics, and hostile input (alias
 * bombs, huge files, deep nesting, very long lines) yields a limit diagnostic
 * quickly instead of a crash or a hang. Inputs are the example packs with
 * random mutations (see ./mutations.ts); 2,000 generated cases in all.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { DEFAULT_PARSE_LIMITS, checkPack } from '../../server/src/pack';
import type { PackDiagnostic, Position, Range, Span } from '../../server/src/pack';
import { Case, Example, Mutation, applyCase, caseArbitrary, loadExamples, mutation } from './mutations';
import { cpuTimed } from '../helpers/cpuTime';

/** Lines as LSP counts them: broken by \r\n, \r or \n; lengths without the break. */
class Lines {
  readonly starts: number[] = [0];
  readonly lengths: number[] = [];

  constructor(readonly text: string) {
    const breaks = /\r\n|\r|\n/g;
    let last = 0;
    for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
      this.lengths.push(match.index - last);
      last = match.index + match[0].length;
      this.starts.push(last);
    }
    this.lengths.push(text.length - last);
  }

  get count(): number {
    return this.starts.length;
  }

  /** An offset between the \r and \n of a CRLF has no position of its own: it counts as the end of its line. */
  positionAt(offset: number): Position {
    if (offset > 0 && this.text[offset] === '\n' && this.text[offset - 1] === '\r') offset--;
    let line = 0;
    while (line + 1 < this.starts.length && this.starts[line + 1] <= offset) line++;
    return { line, character: offset - this.starts[line] };
  }
}

function notAfter(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function assertSpanInside(span: Span, text: string, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: span ${JSON.stringify(span)} is not whole numbers`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: span ${JSON.stringify(span)} outside [0, ${text.length}]`);
}

function assertRangeInside(range: Range, span: Span, lines: Lines, what: string): void {
  for (const [end, position] of [['start', range.start], ['end', range.end]] as const) {
    assert.ok(position.line >= 0 && position.line < lines.count, `${what}: range ${end} line ${position.line} outside 0..${lines.count - 1}`);
    const length = lines.lengths[position.line];
    assert.ok(position.character >= 0 && position.character <= length, `${what}: range ${end} ${JSON.stringify(position)} beyond the line's length ${length} (line text ${JSON.stringify(lines.text.slice(lines.starts[position.line], lines.starts[position.line] + length + 2))})`);
  }
  assert.ok(notAfter(range.start, range.end), `${what}: range ${JSON.stringify(range)} ends before it starts`);
  assert.deepEqual(range, { start: lines.positionAt(span.start), end: lines.positionAt(span.end) }, `${what}: range does not match span ${JSON.stringify(span)}`);
}

function assertDiagnosticsInside(diagnostics: PackDiagnostic[], text: string): void {
  const lines = new Lines(text);
  for (const diagnostic of diagnostics) {
    const what = `${diagnostic.code} "${diagnostic.message.slice(0, 120)}"`;
    assertSpanInside(diagnostic.span, text, what);
    assertRangeInside(diagnostic.range, diagnostic.span, lines, what);
    for (const related of diagnostic.related) {
      if (related.uri !== undefined) continue;
      assertSpanInside(related.span, text, `${what}, related "${related.message}"`);
      assertRangeInside(related.range, related.span, lines, `${what}, related "${related.message}"`);
    }
    for (const fix of diagnostic.fixes) for (const edit of fix.edits) assertSpanInside(edit.span, text, `${what}, fix "${fix.title}"`);
  }
}

/** Runs the check; a throw fails with the text that caused it. */
function check(text: string, options: Parameters<typeof checkPack>[1] = {}) {
  try {
    return checkPack(text, options);
  } catch (error) {
    const shown = text.length > 400 ? `${JSON.stringify(text.slice(0, 400))}… (${text.length} chars)` : JSON.stringify(text);
    throw new Error(`checkPack threw ${(error as Error).stack ?? String(error)}\non text ${shown}`, { cause: error });
  }
}

describe('property: checkPack on mutated example packs', function () {
  this.timeout(120_000);
  const examples: Example[] = loadExamples();

  before(() => assert.ok(examples.length >= 2, 'the example packs were not found'));

  it('never throws, and every range (and related range, and fix) lies inside the document (1,200 cases)', () => {
    fc.assert(
      fc.property(caseArbitrary(examples), (testCase: Case) => {
        const text = applyCase(examples, testCase);
        assertDiagnosticsInside(check(text).diagnostics, text);
      }),
      { numRuns: 1200 },
    );
  });

  it('gives deep-equal diagnostics when the same text is checked twice (400 cases)', () => {
    fc.assert(
      fc.property(caseArbitrary(examples), (testCase: Case) => {
        const text = applyCase(examples, testCase);
        assert.deepStrictEqual(check(text).diagnostics, check(text).diagnostics);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps ranges inside with CRLF, lone CR, mixed line endings and a BOM, combined with other edits (400 cases)', () => {
    const lineEndings = fc.record({ kind: fc.constant('lineEndings' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const) });
    const withEndings = fc.tuple(caseArbitrary(examples, mutation, 2), lineEndings, fc.boolean()).map(([testCase, endings, bom]): Case => {
      const mutations: Mutation[] = [endings, ...testCase.mutations];
      return { example: testCase.example, mutations: bom ? [...mutations, { kind: 'bom' }] : mutations };
    });
    fc.assert(
      fc.property(withEndings, (testCase: Case) => {
        const text = applyCase(examples, testCase);
        assertDiagnosticsInside(check(text).diagnostics, text);
      }),
      { numRuns: 400 },
    );
  });
});

describe('hostile input yields a limit diagnostic, not a crash or a hang', function () {
  this.timeout(60_000);
  const header = 'pack: 1\ntitle: Hostile\nhorizon: 2026-Q3..2026-Q4\n';
  const codes = (diagnostics: PackDiagnostic[]) => diagnostics.map((d) => d.code);

  it('an alias bomb (10 levels of 10 aliases) gives exactly one RP002, within a few seconds', () => {
    const levels = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level < 10; level++) levels.push(`a${level}: &a${level} [${Array(10).fill(`*a${level - 1}`).join(', ')}]`);
    const text = `${header}assumptions: *a9\n${levels.join('\n')}\n`;
    const { value, ms } = cpuTimed(() => check(text));
    assert.equal(codes(value.diagnostics).filter((code) => code === 'RP002').length, 1, JSON.stringify(codes(value.diagnostics)));
    assertDiagnosticsInside(value.diagnostics, text);
    assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms of CPU`);
  });

  it('aliases used as a mapping key (1,000 nodes) are checked or limited, never thrown', () => {
    const ten = (item: string) => Array(10).fill(item).join(', ');
    const text = `a: &a [${ten('x')}]\nb: &b [${ten('*a')}]\nc: &c [${ten('*b')}]\n? *c\n: 1\n`;
    const { value, ms } = cpuTimed(() => check(text));
    assertDiagnosticsInside(value.diagnostics, text);
    assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms of CPU`);
  });

  it('a file over limits.maxFileSize gives one RP002 and nothing else', () => {
    const text = loadExamples()[0].text;
    const { diagnostics } = check(text, { limits: { ...DEFAULT_PARSE_LIMITS, maxFileSize: 1000 } });
    assert.deepEqual(codes(diagnostics), ['RP002']);
    assertDiagnosticsInside(diagnostics, text);
  });

  it('a 6 MB file over the default 5 MB limit gives one RP002 and nothing else, quickly', () => {
    const text = `${header}# ${'x'.repeat(6 * 1024 * 1024)}\n`;
    const { value, ms } = cpuTimed(() => check(text));
    assert.deepEqual(codes(value.diagnostics), ['RP002']);
    assertDiagnosticsInside(value.diagnostics, text);
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms of CPU`);
  });

  it('counts the limit in UTF-8 bytes: 2 M three-byte characters (6 MB) are over 5 MB', () => {
    const text = `${header}title2: ${'€'.repeat(2 * 1024 * 1024)}\n`;
    assert.deepEqual(codes(check(text).diagnostics), ['RP002']);
  });

  const deep: [string, string][] = [
    ['10,000 nested `[`', `${header}x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['10,000 unclosed `[`', `${header}x: ${'['.repeat(10_000)}\n`],
    ['10,000 nested flow maps `{a: `', `${header}x: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`],
    ['10,000 nested block sequences `- - - …`', `${header}x:\n${'- '.repeat(10_000)}a\n`],
    ['10,000 nested block maps as explicit keys `? ? ? …`', `${header}x:\n  ${'? '.repeat(10_000)}a\n`],
    ['3,000 nested block maps by indentation (4.5 MB, under the size limit)', `${header}x:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')} 1\n`],
  ];
  // In a child process: a crash there (out of memory, stack overflow) or a hang fails this
  // test instead of taking the whole test run down.
  for (const [name, text] of deep) {
    it(`${name} gives RP002 (checked in a child process)`, () => {
      const child = spawnSync(process.execPath, [join(__dirname, 'checkInChild.js')], { input: text, encoding: 'utf8', timeout: 20_000, maxBuffer: 64 * 1024 * 1024 });
      const stderr = (child.stderr ?? '').split('\n').slice(0, 12).join('\n');
      assert.equal(child.error, undefined, `child failed: ${String(child.error)} (a hang?)`);
      assert.equal(child.status, 0, `child crashed: status ${child.status}, signal ${child.signal}\n${stderr}`);
      const result = JSON.parse(child.stdout) as { ms: number; diagnostics: PackDiagnostic[] };
      assert.ok(codes(result.diagnostics).includes('RP002'), JSON.stringify(codes(result.diagnostics)));
      for (const diagnostic of result.diagnostics) {
        diagnostic.message = '';
        diagnostic.fixes = [];
      }
      assertDiagnosticsInside(result.diagnostics, text);
      assert.ok(result.ms < 5000, `took ${result.ms.toFixed(0)} ms of CPU`);
    });
  }

  // Under the depth limit (64), a key that is itself a mapping must not cost time exponential in its depth.
  for (const depth of [32, 63]) {
    it(`${depth} nested block maps as explicit keys (\`? \` × ${depth}, under the depth limit) are checked within a second (child process)`, () => {
      const text = `${header}${'? '.repeat(depth)}a\n`;
      const child = spawnSync(process.execPath, [join(__dirname, 'checkInChild.js')], { input: text, encoding: 'utf8', timeout: 10_000, maxBuffer: 64 * 1024 * 1024 });
      const stderr = (child.stderr ?? '').split('\n').slice(0, 8).join('\n');
      assert.equal(child.error, undefined, `child failed: ${String(child.error)} (a hang?)`);
      assert.equal(child.status, 0, `child crashed: status ${child.status}, signal ${child.signal}\n${stderr}`);
      const result = JSON.parse(child.stdout) as { ms: number };
      assert.ok(result.ms < 1000, `took ${result.ms.toFixed(0)} ms of CPU`);
    });
  }

  it('a 100,000-character single line is checked normally', () => {
    const text = `${header.replace('title: Hostile', `title: ${'é😀x'.repeat(25_000)}`)}assumptions: ["${'a'.repeat(100_000)}"]\n`;
    const { value, ms } = cpuTimed(() => check(text));
    assert.deepEqual(codes(value.diagnostics).filter((code) => code.startsWith('RP0') || code.startsWith('RP1')), []);
    assertDiagnosticsInside(value.diagnostics, text);
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms of CPU`);
  });
});
