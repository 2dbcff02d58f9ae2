/**
 * What a check derives from the previous text and the edit (the split, the
 * line index, the UTF-8 size, the suppression comment sites) must be what a
 * fresh scan of the new text finds. Texts are pack-shaped lines in LF, CRLF
 * and lone-CR endings, with non-ASCII text, anchors and suppression comments;
 * edits replace any stretch with fragments that make and break structure.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CheckCache, LineIndex, checkPack } from '../../server/src/pack';
import { splitAfterChange } from '../../server/src/pack/parse/splitAfterChange';
import { splitTopLevel } from '../../server/src/pack/parse/splitTopLevel';
import { directiveSites } from '../../server/src/pack/suppress/suppressions';
import { utf8Length, utf8LengthAfter } from '../../server/src/pack/text/format';
import { changeBetween } from '../../server/src/pack/text/textChange';

const LINES = [
  'pack: 1',
  'title: Caf\u00e9 \u{1F680} plan',
  'initiatives:',
  'teams:',
  'risks: []',
  '  - id: a',
  '  - { id: b, title: B }',
  '    title: \u4e2d\u6587',
  '    depends_on: [a]',
  '    # roadmap-disable-next-line RP202',
  '# roadmap-disable RP601',
  '# roadmap-enable',
  '',
  '  ',
  '# a comment',
  '    - nested',
];
const ENDINGS = ['\n', '\r\n', '\r'];
const FRAGMENTS = ['', 'x', '\n', '\r\n', '\r', '  - id: new\n', '  - ', 'key: v\n', 'notes:', '\nextra: 1', '---\n', '&a ', '*a', '# roadmap-disable-next-line', 'roadmap-', '\u00e9', '\u{1F600}', '\ud83d', '  ', '- '];

/** A list entry: its key line, then items of a few lines each, as most of a pack is. */
const listEntry = fc
  .tuple(fc.constantFrom('initiatives:', 'teams:', 'gates:'), fc.array(fc.array(fc.constantFrom(...LINES.filter((line) => line.startsWith('    '))), { maxLength: 2 }), { minLength: 1, maxLength: 6 }))
  .map(([key, items]) => [key, ...items.flatMap((lines, i) => [`  - id: i${i}`, ...lines])]);
const line = fc.constantFrom(...LINES).map((text) => [text]);

const packText = fc
  .array(fc.tuple(fc.oneof(listEntry, line), fc.constantFrom(...ENDINGS)), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([lines, ending]) => lines.map((text) => text + ending).join('')).join(''))
  .map((text) => (/^(pack|title|initiatives|teams|gates|risks):/.test(text) ? text : `pack: 1\n${text}`));

const editOf = (text: string) =>
  fc.record({
    at: fc.nat({ max: text.length }),
    remove: fc.nat({ max: 12 }),
    insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 3 }).map((parts) => parts.join(''))),
  });

/** A text and a sequence of edits applied to it in turn, each version paired with the one before. */
const editedTexts = packText.chain((text) => fc.array(editOf(text), { minLength: 1, maxLength: 6 }).map((edits) => versions(text, edits)));

function versions(text: string, edits: { at: number; remove: number; insert: string }[]): string[] {
  const all = [text];
  for (const edit of edits) {
    const current = all[all.length - 1];
    const at = Math.min(edit.at, current.length);
    all.push(current.slice(0, at) + edit.insert + current.slice(at + edit.remove));
  }
  return all;
}

function eachEdit(check: (previous: string, text: string) => void, runs = 400): void {
  fc.assert(
    fc.property(editedTexts, (texts) => {
      for (let i = 1; i < texts.length; i++) check(texts[i - 1], texts[i]);
    }),
    { numRuns: runs },
  );
}

function lineStarts(lines: LineIndex): number[] {
  return Array.from({ length: lines.lineCount }, (_, line) => lines.lineStart(line));
}

describe('property: what a check derives from the previous text equals a fresh scan', function () {
  this.timeout(120_000);

  it('the line index after an edit has the line starts of one built from scratch (LF, CRLF, lone CR)', () => {
    eachEdit((previous, text) => {
      const derived = LineIndex.afterChange(new LineIndex(previous), text, changeBetween(previous, text));
      assert.deepEqual(lineStarts(derived), lineStarts(new LineIndex(text)), JSON.stringify({ previous, text }));
    });
  });

  it('the UTF-8 size after an edit is the size Node encodes (surrogate pairs split and joined by the edit)', () => {
    eachEdit((previous, text) => {
      assert.equal(utf8LengthAfter(utf8Length(previous), previous, text, changeBetween(previous, text)), Buffer.byteLength(text, 'utf8'), JSON.stringify({ previous, text }));
    });
  });

  it('the suppression comment sites after an edit are those a search of the whole text finds', () => {
    eachEdit((previous, text) => {
      assert.deepEqual(directiveSites(text, directiveSites(previous), changeBetween(previous, text)), directiveSites(text), JSON.stringify({ previous, text }));
    });
  });

  it('the split after an edit is the split of the whole text, or undefined (then the whole text is split)', () => {
    let derived = 0;
    eachEdit((previous, text) => {
      const split = splitTopLevel(previous);
      const after = split && splitAfterChange(split, text, changeBetween(previous, text));
      if (!after) return;
      derived++;
      assert.deepEqual(after, splitTopLevel(text), JSON.stringify({ previous, text }));
    }, 1000);
    // The test is only worth something if most edits take the derived path.
    assert.ok(derived > 500, `only ${derived} edits were split incrementally`);
  });

  it('a check with the document\'s cache equals a cold one, sizes counted and suppressions read', () => {
    const options = { limits: { maxFileSize: 400, maxDepth: 64, maxAliasNodes: 100_000 } };
    fc.assert(
      fc.property(editedTexts, (texts) => {
        const cache = new CheckCache();
        for (const text of texts) {
          const { parsed, diagnostics, lines } = checkPack(text, options, cache);
          const fresh = checkPack(text, options);
          assert.deepEqual({ value: parsed.value, entries: parsed.entries, diagnostics, lines: lineStarts(lines) }, { value: fresh.parsed.value, entries: fresh.parsed.entries, diagnostics: fresh.diagnostics, lines: lineStarts(fresh.lines) });
        }
      }),
      { numRuns: 200 },
    );
  });
});
