/**
 * A typed depends_on entry (`{ id: a, type: start-to-start }`, or `- id: a` with
 * `type:` below) names its id as a plain entry does: completion of an id,
 * plain or typed, leaves out every id the list already names, however
 * written and wherever in the list, and the initiative's own id.
 */
import { strict as assert } from 'node:assert';
import { checkPack, completionsAt } from '../../server/src/pack';

const HEAD = ['pack: 1', 'title: T', 'horizon: 2026-Q3', 'initiatives:', '  - id: a', '    title: A', '  - id: b', '    title: B', '  - id: c', '    title: C', '  - id: x', '    title: X'];

/** The labels offered at `|` in a pack whose last initiative, x, ends with `lines`. */
function offeredAt(...lines: string[]): string[] {
  const marked = [...HEAD, ...lines, '    status: planned', ''].join('\n');
  const offset = marked.indexOf('|');
  const text = marked.replace('|', '');
  return completionsAt(checkPack(text).model, text, offset, 0).candidates.map((candidate) => candidate.label).sort();
}

describe('completion of ids beside typed depends_on entries', () => {
  it('flow list: a typed entry before the cursor is left out like a plain one', () => {
    assert.deepEqual(offeredAt('    depends_on: [{ id: a, type: start-to-start }, |]'), ['b', 'c']);
  });

  it('flow list: the id of a typed entry leaves out the plain and typed ids listed, before and after it, and x itself', () => {
    assert.deepEqual(offeredAt('    depends_on: [a, { id: |, type: start-to-start }, { id: c }]'), ['b']);
  });

  it('flow list: ids after the cursor are left out too', () => {
    assert.deepEqual(offeredAt('    depends_on: [|, { id: a, lag: 1w }, b]'), ['c']);
  });

  it('block list: `- id: |` leaves out a plain item and a typed mapping item with its type below', () => {
    assert.deepEqual(offeredAt('    depends_on:', '      - a', '      - id: b', '        type: start-to-start', '      - id: |'), ['c']);
  });

  it('block list: `- { id: | }` leaves out flow-mapping items above and below', () => {
    assert.deepEqual(offeredAt('    depends_on:', '      - { id: a, type: finish-to-finish }', '      - { id: | }', '      - { id: c, lag: 2w } # later'), ['b']);
  });

  it('block list: an `id:` under `- type: …` is completed like the others', () => {
    assert.deepEqual(offeredAt('    depends_on:', '      - b', '      - type: start-to-start', '        id: |'), ['a', 'c']);
  });

  it('block list: a plain `- |` leaves out the typed items', () => {
    assert.deepEqual(offeredAt('    depends_on:', '      - |', '      - id: a', '        lag: 1w', '      - { id: b }'), ['c']);
  });

  it("a milestone's after list reads its typed entries the same way", () => {
    assert.deepEqual(offeredAt('    milestones:', '      - when: 2026-Q3-W2..W4', '        name: M', '        after: [{ id: a, type: start-to-start }, |]'), ['b', 'c']);
  });
});
