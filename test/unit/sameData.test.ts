import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { sameData } from '../../server/src/pack/cache/sameData';

/** sameData decides whether an analysis is reused: it must say equal exactly when the data are. */
describe('sameData', () => {
  it('agrees with a deep structural comparison on any plain data', () => {
    const plain = fc.jsonValue();
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        let deepEqual = true;
        try {
          assert.deepStrictEqual(a, b);
        } catch {
          deepEqual = false;
        }
        assert.equal(sameData(a, b), deepEqual);
        assert.equal(sameData(a, structuredClone(a)), true);
      }),
      { numRuns: 500 },
    );
  });

  it('tells apart what a shallow look would not', () => {
    assert.equal(sameData({ a: 1 }, { a: 1, b: undefined }), false);
    assert.equal(sameData({ a: 1, b: undefined }, { a: 1, c: undefined }), false);
    assert.equal(sameData([1, [2, 3]], [1, [2, 4]]), false);
    assert.equal(sameData([1], { 0: 1 }), false);
    assert.equal(sameData(Number.NaN, Number.NaN), true);
    assert.equal(sameData(-Infinity, -Infinity), true);
    assert.equal(sameData(null, {}), false);
  });
});
