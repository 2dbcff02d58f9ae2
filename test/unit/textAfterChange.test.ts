import { strict as assert } from 'node:assert';
import { CheckCache, LineIndex, checkPack } from '../../server/src/pack';
import { splitAfterChange } from '../../server/src/pack/parse/splitAfterChange';
import { splitTopLevel } from '../../server/src/pack/parse/splitTopLevel';
import { directiveSites } from '../../server/src/pack/suppress/suppressions';
import { utf8LengthAfter } from '../../server/src/pack/text/format';
import { changeBetween } from '../../server/src/pack/text/textChange';

const PACK = [
  '# A pack',
  'pack: 1',
  'title: Caf\u00e9 \u{1F680}',
  'teams:',
  '  - { id: infra, name: Infra, engineers: 4 }',
  'initiatives:',
  '  - id: a',
  '    title: First',
  '    owner: infra',
  '    when: 2026-Q1',
  '    effort: 2',
  '  - id: b',
  '    title: Second',
  '    owner: infra',
  '    when: 2026-Q2',
  '    effort: 3',
  '    depends_on: [a, ghost]',
  'risks: []',
  '',
].join('\n');

/** The text with `find` (its first occurrence) replaced. */
function replaced(text: string, find: string, by: string): string {
  const at = text.indexOf(find);
  assert.notEqual(at, -1, `no ${JSON.stringify(find)} in the pack`);
  return text.slice(0, at) + by + text.slice(at + find.length);
}

/** Checks `before` then `after` with one cache, and `after` cold: the two must agree, to the line index. */
function assertSameAsCold(before: string, after: string): void {
  const options = { limits: { maxFileSize: 200, maxDepth: 64, maxAliasNodes: 100_000 } };
  for (const limits of [undefined, options]) {
    const cache = new CheckCache();
    checkPack(before, limits, cache);
    const warm = checkPack(after, limits, cache);
    const cold = checkPack(after, limits);
    assert.deepEqual(warm.diagnostics, cold.diagnostics);
    assert.deepEqual(warm.parsed.entries, cold.parsed.entries);
    assert.deepEqual(starts(warm.lines), starts(cold.lines));
  }
}

function starts(lines: LineIndex): number[] {
  return Array.from({ length: lines.lineCount }, (_, line) => lines.lineStart(line));
}

/** Whether the split of `after` was derived from that of `before` (rather than found by a whole scan). */
function derivesSplit(before: string, after: string): boolean {
  const derived = splitAfterChange(splitTopLevel(before)!, after, changeBetween(before, after));
  if (derived) assert.deepEqual(derived, splitTopLevel(after));
  return derived !== undefined;
}

const CASES: { name: string; after: (text: string) => string; derived: boolean }[] = [
  { name: 'a character typed inside an item', after: (text) => replaced(text, 'Second', 'Seconds'), derived: true },
  { name: 'a character typed on the line before an item (the item moves)', after: (text) => replaced(text, 'effort: 2', 'effort: 22'), derived: true },
  { name: 'a new item typed between two', after: (text) => replaced(text, '  - id: b', '  - id: mid\n    title: Mid\n  - id: b'), derived: true },
  { name: 'the boundary between two items removed (two become one)', after: (text) => replaced(text, '    effort: 2\n  - id: b\n', '    effort: 2\n'), derived: true },
  { name: 'an edit at the very start (the prelude)', after: (text) => 'x' + text, derived: false },
  { name: 'an edit at the very end', after: (text) => text + 'owners: []\n', derived: false },
  { name: 'content appended at the end of the last entry', after: (text) => replaced(text, 'risks: []\n', 'risks:\n  - id: r1\n'), derived: false },
  { name: 'a new top-level key typed inside an item', after: (text) => replaced(text, '    owner: infra\n    when: 2026-Q2', '    owner: infra\nnotes: x\n    when: 2026-Q2'), derived: false },
  { name: 'a top-level key removed', after: (text) => replaced(text, 'risks: []\n', ''), derived: false },
  { name: 'a key line edited', after: (text) => replaced(text, 'initiatives:', 'initiative:'), derived: false },
  { name: 'the first item of a list edited (it decides the list shape)', after: (text) => replaced(text, '  - id: a', '  - id: aa'), derived: false },
  { name: 'an anchor and an alias typed', after: (text) => replaced(replaced(text, 'title: First', 'title: &t First'), 'title: Second', 'title: *t'), derived: false },
  { name: 'a suppression comment added inside an item', after: (text) => replaced(text, '    depends_on', '    # roadmap-disable-next-line RP202\n    depends_on'), derived: true },
  { name: 'non-ASCII typed, a surrogate pair split', after: (text) => replaced(text, '\u{1F680}', '\ud83d'), derived: false },
  { name: 'non-ASCII typed inside an item', after: (text) => replaced(text, 'Second', 'S\u00e9cond \u4e2d\u{1F600}'), derived: true },
];

describe('text passes derived from the previous check', () => {
  for (const ending of ['\n', '\r\n', '\r']) {
    const text = PACK.replace(/\n/g, ending);
    for (const { name, after, derived } of CASES) {
      it(`${name}, ${JSON.stringify(ending)} line ends: equal to a cold check${derived && ending !== '\r' ? ', split derived' : ''}`, () => {
        const edited = after(text.replace(/\r\n?/g, '\n')).replace(/\n/g, ending);
        assertSameAsCold(text, edited);
        // Lone CRs do not end lines for the split's scan: the pack is one line, never split.
        if (ending !== '\r') assert.equal(derivesSplit(text, edited), derived);
      });
    }
  }

  it('a suppression comment removed stops suppressing, as in a cold check', () => {
    const suppressed = replaced(PACK, '    depends_on', '    # roadmap-disable-next-line RP202\n    depends_on');
    const cache = new CheckCache();
    const codes = (text: string) => checkPack(text, {}, cache).diagnostics.map((diagnostic) => diagnostic.code);
    assert.ok(codes(PACK).includes('RP202'));
    assert.ok(!codes(suppressed).includes('RP202'));
    assert.ok(codes(replaced(suppressed, '# roadmap-disable-next-line RP202', '# no directive here')).includes('RP202'));
  });

  it('sites, sizes and line starts shift past an edit and keep before it', () => {
    const before = 'a roadmap-x\r\nb\n\u00e9 roadmap-y';
    const after = 'a roadmap-x\r\nbbb\n\u00e9 roadmap-y';
    const change = changeBetween(before, after);
    assert.deepEqual(change, { start: 14, oldEnd: 14, newEnd: 16 });
    assert.deepEqual(directiveSites(after, directiveSites(before), change).offsets, [2, 19]);
    assert.equal(utf8LengthAfter(Buffer.byteLength(before), before, after, change), Buffer.byteLength(after));
    assert.deepEqual(starts(LineIndex.afterChange(new LineIndex(before), after, change)), [0, 13, 17]);
  });
});
