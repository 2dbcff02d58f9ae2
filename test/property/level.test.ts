/**
 * Levelling (pack/level) on generated packs where a fitting placement exists
 * (./levelPacks.ts): the written pack, checked again, has no weekly overload
 * (RP503), quarter over capacity (RP501) or schedule conflict (RP401) and
 * nothing is left unplaced; nothing moves earlier or changes length; done,
 * in-progress and fixed work never moves; and higher tiers keep their place
 * first: the tier-1 work lands where it lands with no lower tier in the pack.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, checkPack, levelPack, moveEdits, type Initiative, type WeekSpan } from '../../server/src/pack';
import { GenItem, genPack, movable, packText } from './levelPacks';

const TODAY = '2026-06-01';

function level(text: string) {
  const result = checkPack(text, { today: TODAY });
  const plan = levelPack(result.analysis);
  const written = applyEdits(text, plan.moves.flatMap((move) => moveEdits(result.parsed, result.model, move)));
  return { result, plan, written, after: checkPack(written, { today: TODAY }) };
}

const spans = (initiatives: readonly Initiative[]) => new Map(initiatives.map((initiative) => [initiative.id, initiative.span]));

describe('levelling (property)', function () {
  this.timeout(60_000);
  it('leaves no weekly overload, quarter over capacity or schedule conflict, and places everything', () => {
    fc.assert(
      fc.property(genPack, (pack) => {
        const { plan, after } = level(packText(pack));
        const left = after.diagnostics.filter((d) => d.code === 'RP503' || d.code === 'RP501' || d.code === 'RP401');
        assert.deepEqual(left.map((d) => d.message), []);
        assert.deepEqual(plan.unplaced, []);
        for (const peak of plan.peaks) assert.ok(peak.after <= 1 + 1e-9, `${peak.name} peaks at ${peak.after}`);
      }),
      { numRuns: 300 },
    );
  });

  it('moves nothing earlier, keeps every length, and never moves done, in-progress or fixed work', () => {
    fc.assert(
      fc.property(genPack, (pack) => {
        const { result, after } = level(packText(pack));
        const before = spans(result.model.initiatives);
        for (const [id, span] of spans(after.model.initiatives)) {
          const was = before.get(id)!;
          const item = pack.items.find((each) => each.id === id)!;
          assert.ok(span!.first >= was!.first, `${id} moved earlier`);
          assert.equal(span!.last - span!.first, was!.last - was!.first, `${id} changed length`);
          if (!movable(item)) assert.deepEqual(span, was, `${id} (${item.kind}) moved`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('places tier 1 as if no lower tier were in the pack', () => {
    fc.assert(
      fc.property(genPack, (pack) => {
        const tierOne = (item: GenItem) => item.tier === 1 && movable(item);
        const whole = spans(level(packText(pack)).after.model.initiatives);
        const alone = spans(level(packText(pack, (item) => tierOne(item) || !movable(item))).after.model.initiatives);
        for (const item of pack.items.filter(tierOne)) assert.deepEqual<WeekSpan | undefined>(whole.get(item.id), alone.get(item.id), item.id);
      }),
      { numRuns: 300 },
    );
  });
});
