/**
 * RP301's quick fix removes the dependency it sits on (navigate/listEdits.ts
 * removeListItem): the item goes, and nothing else. Comments on the item's
 * line and on the list's key stay, the only item of a block list leaves
 * `key: []`, and flow lists wrapped over lines (with comments) stay valid.
 * Each case pins the whole text after the fix and checks it again.
 */
import { strict as assert } from 'node:assert';
import { applyTextEdit, checkPack } from '../../server/src/pack';
import { commentStart } from '../../server/src/pack/navigate/lineComments';

const HEAD = 'pack: 1\ntitle: T\nhorizon: 2026-Q3\ninitiatives:\n  - id: b\n    title: B\n    depends_on: [a]\n  - id: a\n    title: A\n';

/** Applies the RP301 fix reported on a → b, and requires the cycle gone and the YAML still valid. */
function removeAOnB(text: string): string {
  const diagnostic = checkPack(text).diagnostics.find((d) => d.code === 'RP301' && d.message.startsWith('a depends on b'));
  assert.ok(diagnostic, 'no RP301 on a → b');
  const [edit] = diagnostic.fixes[0].edits;
  const after = applyTextEdit(text, edit);
  const codes = checkPack(after).diagnostics.map((d) => d.code);
  assert.ok(!codes.includes('RP301') && !codes.includes('RP001') && !codes.includes('RP003'), `still ${codes.join(', ')} after the fix:\n${after}`);
  return after;
}

describe('RP301 quick fix: remove one dependency of the cycle', () => {
  it('keeps the trailing comment of the block item it removes', () => {
    const text = `${HEAD}    depends_on:\n      - c\n      - b  # waits for the B rollout\n  - { id: c, title: C }\n`;
    assert.equal(removeAOnB(text), `${HEAD}    depends_on:\n      - c\n      # waits for the B rollout\n  - { id: c, title: C }\n`);
  });

  it('leaves `key: []` with its comment when the only block item goes', () => {
    const text = `${HEAD}    depends_on:  # agreed with B's team\n      - b  # for now\n`;
    assert.equal(removeAOnB(text), `${HEAD}    depends_on: []  # agreed with B's team\n      # for now\n`);
  });

  it('keeps the comments of a mapping item, in CRLF', () => {
    const text = `${HEAD}    depends_on:\n      - id: b  # the API\n        type: start-to-start\n      - id: c\n  - { id: c, title: C }\n`.replace(/\n/g, '\r\n');
    assert.equal(removeAOnB(text), `${HEAD}    depends_on:\n      # the API\n      - id: c\n  - { id: c, title: C }\n`.replace(/\n/g, '\r\n'));
  });

  it('removes the first item of a wrapped flow list with a comment after its comma', () => {
    const text = `${HEAD}    depends_on: [b,  # the API\n                 c]\n  - { id: c, title: C }\n`;
    assert.equal(removeAOnB(text), `${HEAD}    depends_on: [  # the API\n                 c]\n  - { id: c, title: C }\n`);
  });

  it('removes the last item of a wrapped flow list, on a line of its own, keeping the bracket', () => {
    const text = `${HEAD}    depends_on: [c,  # the queue\n      b]\n  - { id: c, title: C }\n`;
    assert.equal(removeAOnB(text), `${HEAD}    depends_on: [c,  # the queue\n      ]\n  - { id: c, title: C }\n`);
  });

  it('removes a middle item of a wrapped flow list', () => {
    const text = `${HEAD}    depends_on: [c,\n      b,\n      d]\n  - { id: c, title: C }\n  - { id: d, title: D }\n`;
    assert.equal(removeAOnB(text), `${HEAD}    depends_on: [c,\n      d]\n  - { id: c, title: C }\n  - { id: d, title: D }\n`);
  });

  it('empties a one-item flow list', () => {
    const text = `${HEAD}    depends_on: [b]  # for now\n`;
    assert.equal(removeAOnB(text), `${HEAD}    depends_on: []  # for now\n`);
  });
});

describe('commentStart: where the comment a removed line keeps begins', () => {
  it('finds a `#` after a blank, outside quotes', () => {
    assert.equal(commentStart('      - b  # why'), 11);
    assert.equal(commentStart('# alone'), 0);
    assert.equal(commentStart("      - it's # plain, with an apostrophe"), 13);
  });

  it('does not take a `#` inside quotes, or one glued to a word, for a comment', () => {
    assert.equal(commentStart("      - 'c # d'"), -1);
    assert.equal(commentStart('      - "c \\" # d"'), -1);
    assert.equal(commentStart("      - 'it''s # d'"), -1);
    assert.equal(commentStart('      - a#b'), -1);
  });
});
