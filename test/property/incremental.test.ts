import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { checkParsed, parsePack } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';

const EXAMPLES = ['examples/platform-reliability/platform-reliability.roadmap.yaml', 'examples/platform-inventory.roadmap.yaml'].map((path) => readFileSync(repoPath(path), 'utf8'));

/** An edit as an editor sends it: replace a range with new text. */
const edit = (text: string) =>
  fc.record({
    at: fc.nat({ max: text.length }),
    remove: fc.nat({ max: 40 }),
    insert: fc.oneof(fc.constantFrom('', 'x', '\n', '  - id: extra\n    title: Extra\n', 'depends_on: [tracing]', ': ', '#', '"', '- ', '\t', 'W14'), fc.string({ maxLength: 12 })),
  });

function apply(text: string, change: { at: number; remove: number; insert: string }): string {
  return text.slice(0, change.at) + change.insert + text.slice(change.at + change.remove);
}

/** What a check reports, without the object identities an incremental parse shares. */
function observable(text: string, previousText?: string) {
  const previous = previousText === undefined ? undefined : parsePack(previousText);
  const parsed = parsePack(text, undefined, previous);
  const { diagnostics } = checkParsed(parsed);
  return { value: JSON.parse(JSON.stringify(parsed.value)), diagnostics };
}

describe('incremental re-parse', function () {
  this.timeout(120000);

  it('gives exactly what a full parse and check give, after any sequence of edits', () => {
    for (const example of EXAMPLES) {
      fc.assert(
        fc.property(fc.array(edit(example), { minLength: 1, maxLength: 4 }), (changes) => {
          let text = example;
          for (const change of changes) {
            const next = apply(text, { ...change, at: Math.min(change.at, text.length) });
            assert.deepEqual(observable(next, text), observable(next));
            text = next;
          }
        }),
        { numRuns: 150, seed: 42 },
      );
    }
  });
});
