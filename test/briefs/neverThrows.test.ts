import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex, checkBrief, checkMarkdownPacks, checkPack } from '../../server/src/pack';
import type { PackDiagnostic } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';
import { fixture } from './briefFixtures';

const EXAMPLE = repoPath('examples', 'platform-reliability');
const TEXTS = [
  ...readdirSync(join(EXAMPLE, 'briefs')).map((file) => readFileSync(join(EXAMPLE, 'briefs', file), 'utf8')),
  fixture('roadmap-blocks.md'),
  fixture('RP705-tables.md'),
];
/** What breaks a line scanner: fences, pipes, escapes, headings, front-matter markers, odd line breaks. */
const PIECES = ['|', '\\|', '`', '```', '~~~', '```roadmap\n', '---\n', '---', '# ', '## ', '- ', ': ', '\n', '\r\n', '\r', '\uFEFF', '\ud800', '  ', '\t', '<!-- roadmap-disable RP705 -->', 'W1..', '2026-Q3-W14'];

interface Edit {
  at: number;
  cut: number;
  insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((parts) => parts.join('')) });

function mutate(text: string, edits: Edit[]): string {
  return edits.reduce((result, { at, cut, insert }) => {
    const position = at % (result.length + 1);
    return result.slice(0, position) + insert + result.slice(position + cut);
  }, text);
}

function assertInside(diagnostics: PackDiagnostic[], text: string): void {
  const lines = new LineIndex(text);
  for (const d of diagnostics) {
    assert.ok(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length, `${d.code} span ${JSON.stringify(d.span)} outside ${text.length}`);
    assert.deepEqual(d.range, lines.rangeOf(d.span));
    for (const fix of d.fixes) for (const e of fix.edits) assert.ok(e.span.start >= 0 && e.span.end <= text.length, `${d.code} fix outside the text`);
  }
}

describe('briefs: property: mutated briefs', function () {
  this.timeout(60_000);
  const pack = checkPack(readFileSync(join(EXAMPLE, 'platform-reliability.roadmap.yaml'), 'utf8'));

  it('never throw, and every range and fix lies inside the brief (300 cases)', () => {
    fc.assert(
      fc.property(fc.nat({ max: TEXTS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (index, edits) => {
        const text = mutate(TEXTS[index], edits);
        assertInside(checkBrief(text, { pack, packUri: 'file:///pack', packIds: ['tracing'] }).diagnostics, text);
        assertInside(checkMarkdownPacks(text), text);
      }),
      { numRuns: 300 },
    );
  });
});
