import { strict as assert } from 'node:assert';
import { changeBetween as textChange, movedFinding, movedSpan } from '../../server/src/pack/text/textChange';

describe('textChange: where an old offset stands after an edit', () => {
  it('finds the one stretch that differs, also for several edits and for no edit', () => {
    assert.deepEqual(textChange('abcdef', 'abXdef'), { start: 2, oldEnd: 3, newEnd: 3 });
    assert.deepEqual(textChange('abcdef', 'aXcdeYf'), { start: 1, oldEnd: 5, newEnd: 6 });
    assert.deepEqual(textChange('abc', 'abc'), { start: 3, oldEnd: 3, newEnd: 3 });
    const long = 'x'.repeat(10_000);
    assert.deepEqual(textChange(long + 'a' + long, long + 'bb' + long), { start: 10_000, oldEnd: 10_001, newEnd: 10_002 });
  });

  it('keeps spans before the change, shifts those after it, and gives up on one that touches it', () => {
    const change = textChange('one two three', 'one TWO! three');
    assert.deepEqual(movedSpan({ start: 0, end: 3 }, change), { start: 0, end: 3 });
    assert.deepEqual(movedSpan({ start: 8, end: 13 }, change), { start: 9, end: 14 });
    assert.equal(movedSpan({ start: 4, end: 7 }, change), undefined);
    // Bordering counts as touched: text typed against a value may have become part of it.
    const typed = textChange('ab cd', 'abx cd');
    assert.equal(movedSpan({ start: 0, end: 2 }, typed), undefined);
    assert.equal(movedSpan({ start: 2, end: 2 }, typed), undefined);
  });

  it('moves a finding only when its span, related places and fix edits all survive', () => {
    const change = textChange('aaaa bbbb cccc', 'aaaa BBBBB cccc');
    const finding = { code: 'RP401' as const, message: 'm', span: { start: 10, end: 14 }, related: [{ message: 'r', span: { start: 0, end: 4 } }], fixes: [{ title: 'f', edits: [{ span: { start: 10, end: 14 }, newText: 'z' }] }] };
    assert.deepEqual(movedFinding(finding, change), { ...finding, span: { start: 11, end: 15 }, fixes: [{ title: 'f', edits: [{ span: { start: 11, end: 15 }, newText: 'z' }] }] });
    assert.equal(movedFinding({ ...finding, related: [{ message: 'r', span: { start: 5, end: 9 } }] }, change), undefined);
    assert.equal(movedFinding({ ...finding, fixes: [{ title: 'f', edits: [{ span: { start: 6, end: 6 }, newText: 'z' }] }] }, change), undefined);
  });
});
