import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { CheckCache, checkPack } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';
import { CAPACITY_EDITS, applyChange, plannerEdit, typing } from './editArbitraries';

// The goal fixtures: `serves`, `by`, `delivers` and trade-offs, whose findings read other entities (RP202, RP802's goal ids and inserted keys).
const EXAMPLES = [
  'examples/platform-reliability/platform-reliability.roadmap.yaml',
  'examples/platform-inventory.roadmap.yaml',
  'test/fixtures/rules/RP802-initiative-serves-no-goal.roadmap.yaml',
  'test/fixtures/rules/RP803-goal-late.roadmap.yaml',
  'test/fixtures/rules/RP806-tradeoff-incomplete.roadmap.yaml',
].map((path) => readFileSync(repoPath(path), 'utf8'));

/** A day past the end of most of the examples' open work, so RP404 (which reads today's week) finds plenty. */
const LATE_DAY = '2027-01-20';

/** What a check reports, without the object identities a reused parse shares. */
function observable(text: string, cache: CheckCache, today = LATE_DAY) {
  const { parsed, diagnostics } = checkPack(text, { today }, cache);
  return { value: JSON.parse(JSON.stringify(parsed.value)), diagnostics };
}

const RUNS = Number(process.env.FC_RUNS ?? 100);

describe('incremental check', function () {
  // Three minutes per hundred runs: FC_RUNS=500 on a busy machine takes longer than the default's bound.
  this.timeout(180000 * Math.max(1, RUNS / 100));

  for (const [name, arbitrary] of [
    ['keystrokes anywhere', typing],
    ['planner edits (efforts, spans, owners, dependencies, ids, headcount, keys, new items)', (text: string) => plannerEdit(text)],
    ['calendar edits (dates and the fiscal year they are read in)', (text: string) => plannerEdit(text, ['when', 'calendar'])],
    ['capacity edits (efforts, spans, owners, headcount, hires, BAU, settings, teams)', (text: string) => plannerEdit(text, CAPACITY_EDITS)],
  ] as const) {
    it(`with the document's cache equals a check with a fresh cache, after any sequence of ${name}`, () => {
      for (const example of EXAMPLES) {
        fc.assert(
          fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (draws) => {
            const cache = new CheckCache();
            let text = example;
            observable(text, cache);
            for (const draw of draws) {
              const [change] = fc.sample(arbitrary(text), { numRuns: 1, seed: draw });
              text = applyChange(text, change);
              assert.deepEqual(observable(text, cache), observable(text, new CheckCache()));
            }
          }),
          { numRuns: RUNS },
        );
      }
    });
  }

  it('follows today\'s date: a check on another day with the same cache equals a fresh one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES), fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 4 }), (example, days) => {
        const cache = new CheckCache();
        observable(example, cache);
        for (const day of days) {
          const today = new Date(Date.UTC(2026, 5, 1 + day)).toISOString().slice(0, 10);
          assert.deepEqual(observable(example, cache, today), observable(example, new CheckCache(), today));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps two documents apart: each one\'s cache serves only it, however they alternate', () => {
    const [first, second] = EXAMPLES;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 2, maxLength: 8 }), (steps) => {
        const documents = [{ text: first, cache: new CheckCache() }, { text: second, cache: new CheckCache() }];
        for (const { text, cache } of documents) observable(text, cache);
        for (const [which, draw] of steps) {
          const document = documents[which ? 1 : 0];
          const [change] = fc.sample(plannerEdit(document.text), { numRuns: 1, seed: draw });
          document.text = applyChange(document.text, change);
          assert.deepEqual(observable(document.text, document.cache), observable(document.text, new CheckCache()));
        }
      }),
      { numRuns: 60 },
    );
  });
});
