/**
 * The compact locations (parse/nodeLoc.ts) against yaml's own node ranges:
 * walking a parsed Document and the NodeLoc tree side by side, every value,
 * key and child must stand where yaml says it does. The examples and the
 * mutated packs of the property tests supply the shapes; a few texts below add
 * what packs rarely hold (empty items, nested flow, aliases, duplicate keys).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Document, Node, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { DEFAULT_PARSE_LIMITS } from '../../server/src/pack/parse/parsePack';
import { NodeLoc, propEntries } from '../../server/src/pack/parse/nodeLoc';
import { toPlain } from '../../server/src/pack/parse/toPlain';
import { applyCase, caseArbitrary, loadExamples } from '../property/mutations';

const SHAPES = [
  'a:\n  - \n  - [x, [y, {z: 1}]]\n  -\n    b: \nc: {d: [1, 2], e: }\n',
  'base: &b {x: 1, y: [2]}\nuse: *b\nlist: [*b, *b]\n',
  'k: 1\nk: 2\nm: {p: 1, q: 2, p: 3}\n',
  '- - - deep\n    - er\n  - {}\n- []\n',
  '"quoted key": \'v\'\n? complex\n: value\nnull: ~\n',
];

/** Where yaml puts a node, or undefined for a missing one. */
function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}

/** Asserts that `loc` describes `node` (and its children) exactly; `at` names the path for the message. */
function assertSame(node: unknown, loc: NodeLoc, at: string): void {
  const range = rangeOf(node);
  if (range) assert.deepEqual([loc.start, loc.end], range, `value span at ${at}`);
  if (isSeq(node)) {
    const items = loc.items ?? assert.fail(`no items at ${at}`);
    assert.equal(items.length, node.items.length, `item count at ${at}`);
    node.items.forEach((item, index) => {
      assert.equal(items[index].keyStart, undefined, `an item has no key, at ${at}[${index}]`);
      assert.deepEqual([loc.item(index)?.start, loc.item(index)?.end], [items[index].start, items[index].end], `item() and items agree at ${at}[${index}]`);
      if (item === null) assert.deepEqual([items[index].start, items[index].end], [range![0], range![0]], `an empty item sits at the sequence start, at ${at}[${index}]`);
      else assertSame(item, items[index], `${at}[${index}]`);
    });
    return;
  }
  assert.equal(loc.items, undefined, `only a sequence has items, at ${at}`);
  if (!isMap(node)) {
    assert.deepEqual(propEntries(loc), [], `only a mapping has keys, at ${at}`);
    return;
  }
  const entries = propEntries(loc);
  const seen = new Set<string>();
  let index = 0;
  for (const pair of node.items) {
    // A scalar key reads as its value ('' for null); a collection key's text is toPlain's own flow form.
    const text = pair.key === null || isScalar(pair.key) ? String((pair.key as { value?: unknown } | null)?.value ?? '') : entries[index]?.[0];
    if (seen.has(text)) continue; // a repeated key: the first one counts
    seen.add(text);
    const [key, child] = entries[index++] ?? assert.fail(`${at} lacks the key ${text}`);
    assert.equal(key, text, `key ${index - 1} of ${at}`);
    assert.deepEqual([child.keyStart, child.keyEnd], rangeOf(pair.key) ?? [child.keyStart, child.keyEnd], `key span of ${at}.${key}`);
    assert.equal(loc.prop(key)?.start, child.start, `prop() finds ${at}.${key}`);
    if (pair.value === null) assert.deepEqual([child.start, child.end], [child.keyEnd, child.keyEnd], `a missing value sits after its key, at ${at}.${key}`);
    else if (isAlias(pair.value)) assert.deepEqual([child.items, propEntries(child)], [undefined, []], `an alias is a leaf at ${at}.${key}`);
    else assertSame(pair.value, child, `${at}.${key}`);
  }
  assert.equal(entries.length, index, `no extra keys at ${at}`);
}

function check(text: string): void {
  const doc: Document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const plain = toPlain(doc, doc.contents, DEFAULT_PARSE_LIMITS);
  if (doc.contents === null) return assert.equal(plain.loc, undefined);
  assertSame(doc.contents, plain.loc ?? assert.fail('no location for the root'), '$');
}

describe('parse: compact locations', () => {
  for (const shape of SHAPES) it(`match yaml's ranges for ${JSON.stringify(shape.slice(0, 40))}`, () => check(shape));

  for (const example of loadExamples()) it(`match yaml's ranges for ${example.name}`, () => check(example.text));

  it("match yaml's ranges for mutated examples", () => {
    const examples = loadExamples();
    fc.assert(fc.property(caseArbitrary(examples), (testCase) => check(applyCase(examples, testCase))), { numRuns: 200 });
  });

  it('answer a path that goes nowhere with undefined, not a wrong node', () => {
    const doc = parseDocument('a: [1, 2]\n');
    const root = toPlain(doc, doc.contents, DEFAULT_PARSE_LIMITS).loc!;
    const list = root.prop('a')!;
    assert.equal(list.item(2), undefined);
    assert.equal(list.item(-1), undefined);
    assert.equal(list.item(0.5), undefined);
    assert.equal(root.item(0), undefined);
    assert.equal(list.prop('0'), undefined);
  });
});
