/**
 * The fast piece parser must be unobservable: for every piece it takes, its
 * value and every location slot equal what yaml + toPlain give, and yaml
 * reports nothing on that piece. Inputs: every pack in the repository, the
 * bench generators, and random subset YAML with random damage.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { GENERATORS } from '../../bench/generators';
import { fastParsePiece } from '../../server/src/pack/parse/fastPiece';
import { NodeLoc } from '../../server/src/pack/parse/nodeLoc';
import { DEFAULT_PARSE_LIMITS, parsePack, parsePieceWithYaml } from '../../server/src/pack/parse/parsePack';
import { repoRoot } from '../helpers/repoRoot';

/** Every slot of every node, so that two trees compare whole. */
function locRows(loc: NodeLoc | undefined): unknown[][] {
  if (!loc) return [];
  const tree = loc.tree;
  const rows: unknown[][] = [];
  for (let node = 0; node < tree.size; node++) {
    const kind = tree.kind(node);
    rows.push([node, kind, tree.start(node), tree.end(node), tree.keyStart(node), tree.keyEnd(node), tree.childCount(node), kind === 0 ? -1 : tree.child(node, 0), tree.key(node)]);
  }
  return rows;
}

/** Whether the fast path took the piece; fails when it took it and differs from yaml. */
function agrees(source: string): boolean {
  const fast = fastParsePiece(source, DEFAULT_PARSE_LIMITS.maxDepth);
  if (!fast) return false;
  const reference = parsePieceWithYaml(source, DEFAULT_PARSE_LIMITS);
  const shown = JSON.stringify(source.length > 400 ? `${source.slice(0, 400)}…` : source);
  assert.deepEqual(reference.findings, [], `the fast path took a piece yaml reports on: ${shown}`);
  assert.ok(isDeepStrictEqual(fast.value, reference.value), `values differ for ${shown}:\nfast ${JSON.stringify(fast.value)}\nyaml ${JSON.stringify(reference.value)}`);
  const [mine, yamls] = [locRows(fast.loc), locRows(reference.loc)];
  const differing = yamls.findIndex((row, node) => !isDeepStrictEqual(row, mine[node]));
  assert.ok(differing === -1 && mine.length === yamls.length, `locations differ at node ${differing} for ${shown}:\nfast ${JSON.stringify(mine[differing])}\nyaml ${JSON.stringify(yamls[differing])}`);
  return true;
}

/** How many of a text's pieces (as parsePack cuts them) the fast path took, all checked. */
function takenPieces(text: string): { taken: number; total: number } {
  const pieces = parsePack(text).pieces;
  return { taken: pieces.filter((piece) => agrees(piece.source)).length, total: pieces.length };
}

function repositoryPacks(): { name: string; text: string }[] {
  const root = repoRoot();
  const found: { name: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.roadmap.yaml')) found.push({ name: path, text: readFileSync(join(root, path), 'utf8') });
    }
  };
  for (const dir of ['examples', 'test', 'docs']) walk(dir);
  return found;
}

describe('the fast piece parser', () => {
  it('equals yaml on every piece of every pack in the repository, and takes most of the examples', () => {
    const packs = repositoryPacks();
    assert.ok(packs.length > 40, `found only ${packs.length} packs`);
    let examples = { taken: 0, total: 0 };
    for (const pack of packs) {
      const counts = takenPieces(pack.text);
      if (pack.name.startsWith('examples')) examples = { taken: examples.taken + counts.taken, total: examples.total + counts.total };
    }
    assert.ok(examples.taken >= 0.95 * examples.total, `the fast path took ${examples.taken} of ${examples.total} example pieces`);
  });

  for (const generator of GENERATORS) {
    it(`equals yaml on the ${generator.name} generator's pieces, and takes all of them`, () => {
      const counts = takenPieces(generator.generate(300, 7));
      assert.equal(counts.taken, counts.total);
    });
  }

  it('resolves scalars by the core schema, keys as toPlain names them', () => {
    const source = 'a: ~\nb: True\nc: 0o17\nd: -12\ne: 0x1F\nf: -.INF\ng: .NaN\nh: 1e3\ni: 2.50\nj: 2026-Q3\n1.0: x\nnull: y\n"q": \'it\'\'s\'\n';
    assert.ok(agrees(source));
    assert.deepEqual(fastParsePiece(source, 64)?.value, { a: null, b: true, c: 15, d: -12, e: 31, f: -Infinity, g: NaN, h: 1000, i: 2.5, j: '2026-Q3', '1': 'x', '': 'y', q: "it's" });
  });

  it('places comments and empty values where yaml does', () => {
    const sources = [
      'k:\n  - a\n  -\n  - b\n',
      'initiatives:\n  # a comment before the items\n',
      '- id: x\n  milestones:\n    - { when: 2026-Q1, name: M }\n      # deeper: the value keeps it\n    # at the sequence: the sequence keeps it\n  # at the map: the map keeps it\n\n',
      '  - id: y\n    when: 2026-Q1  # trailing\n\n# column 0: the document keeps it\n',
      'a:\n- x\n- y\nb: { p: [1, 2], q: "s" }\n',
      '- { id: f, after: [a,\n    # between entries\n\n    b] }\n',
    ];
    for (const source of sources) assert.ok(agrees(source), `the fast path bailed on ${JSON.stringify(source)}`);
  });

  it('leaves what is outside its subset to yaml', () => {
    const outside = ['a: |\n  x\n', 'a: &x 1\n', 'a: !t 1\n', 'a: "\\n"\n', 'a: b\n  c\n', 'a: 1\na: 2\n', '? a\n: b\n', 'a:\tb\n', 'a: 1\r\n', '---\na: 1\n', 'a: [x,]\n', 'a: b: c\n', '- - x\n'];
    for (const source of outside) assert.equal(fastParsePiece(source, 64), undefined, JSON.stringify(source));
  });

  it('leaves block nesting past the depth limit to yaml, without overflowing its stack', () => {
    const deep = Array.from({ length: 3_000 }, (_, level) => `${' '.repeat(level)}k:`).join('\n');
    assert.equal(fastParsePiece(deep, 64), undefined);
  });

  it('either bails or equals yaml on damaged subset YAML, and takes most of it undamaged', () => {
    let [runs, takenWhole] = [0, 0];
    fc.assert(
      fc.property(subsetYaml(), fc.array(damage(), { maxLength: 4 }), (text, edits) => {
        runs++;
        if (agrees(text)) takenWhole++;
        const damaged = edits.reduce(applyDamage, text);
        agrees(damaged);
        for (const piece of parsePack(damaged).pieces) agrees(piece.source);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
    assert.ok(takenWhole >= 0.5 * runs, `the fast path took ${takenWhole} of ${runs} undamaged texts`);
  });
});

const SCALARS = ['x', 'two words', 'Q3', '2026-Q1-W3..W9', '12', '-3', '-x', '0x1A', '0o7', '1.5', '1e3', '.inf', '.NaN', 'null', '~', 'true', 'False', '""', "'it''s'", '"a: b"', '50%', '$1M', 'C#', 'a#b', '<15m'];

/** Between flow entries: on one line, or across lines with a comment or a blank line between. */
const FLOW_SEPARATORS = fc.constantFrom(', ', ', ', ',', ',\n      ', ',\n      # c\n      ', ',\n\n    ');

/** One-line scalars and flow collections of them, nested a little. */
function inline(depth: number): fc.Arbitrary<string> {
  const scalar = fc.constantFrom(...SCALARS);
  if (depth === 0) return scalar;
  const inner = inline(depth - 1);
  const key = fc.constantFrom('id', 'name', 'when', '"q k"', "'s'", '1', 'null');
  const entries = <T>(items: fc.Arbitrary<T[]>, show: (item: T) => string) => fc.tuple(items, FLOW_SEPARATORS).map(([list, separator]) => list.map(show).join(separator));
  return fc.oneof(
    { weight: 3, arbitrary: scalar },
    { weight: 1, arbitrary: entries(fc.array(inner, { maxLength: 3 }), (item) => item).map((text) => `[${text}]`) },
    { weight: 1, arbitrary: entries(fc.uniqueArray(fc.tuple(key, inner), { maxLength: 3, selector: ([k]) => k }), ([k, v]) => `${k}: ${v}`).map((text) => `{ ${text} }`) },
  );
}

const COMMENTS = fc.constantFrom('', '', '', '  # note', ' #c');
const KEYS = fc.constantFrom('id', 'title', 'owner', 'when', 'depends_on', 'x y', "'k'", '"d"', '-k');

type Value = { head: string; lines: string[] };

/** What follows `key:` or `-`: a scalar or flow collection on the line, nothing, or a block below. */
function value(indent: number, depth: number): fc.Arbitrary<Value> {
  const onLine = fc.tuple(inline(2), COMMENTS).map(([v, c]) => ({ head: ` ${v}${c}`, lines: [] as string[] }));
  if (depth === 0) return onLine;
  return fc.oneof(
    { weight: 4, arbitrary: onLine },
    { weight: 1, arbitrary: fc.constantFrom({ head: '', lines: [] as string[] }, { head: '  # empty', lines: [] as string[] }) },
    { weight: 2, arbitrary: block(indent + 2, depth - 1).map((lines) => ({ head: '', lines })) },
  );
}

function gaps(): fc.Arbitrary<string[]> {
  return fc.array(fc.oneof(fc.constant(''), fc.nat(8).map((n) => `${' '.repeat(n)}# gap`)), { maxLength: 2 });
}

function mapping(indent: number, depth: number): fc.Arbitrary<string[]> {
  const pad = ' '.repeat(indent);
  // A sequence may also sit at its key's own indent.
  const sameIndentSeq = depth === 0 ? fc.constant(undefined) : fc.option(sequence(indent, depth - 1), { freq: 4 });
  return fc
    .uniqueArray(fc.tuple(KEYS, value(indent, depth), sameIndentSeq, gaps()), { minLength: 1, maxLength: 4, selector: ([k]) => k })
    .map((pairs) => pairs.flatMap(([k, v, seq, g]) => (seq && v.head === '' && v.lines.length === 0 ? [`${pad}${k}:`, ...seq, ...g] : [`${pad}${k}:${v.head}`, ...v.lines, ...g])));
}

function sequence(indent: number, depth: number): fc.Arbitrary<string[]> {
  const pad = ' '.repeat(indent);
  // `- key: value` opens a mapping indented to its first key.
  const compact = depth === 0 ? value(indent, 0).map((v) => [`${pad}-${v.head}`]) : mapping(indent + 2, depth - 1).map((lines) => [`${pad}- ${lines[0].slice(indent + 2)}`, ...lines.slice(1)]);
  const item = fc.oneof(value(indent, depth).map((v) => [`${pad}-${v.head}`, ...v.lines]), compact);
  return fc.array(fc.tuple(item, gaps()), { minLength: 1, maxLength: 3 }).map((items) => items.flatMap(([lines, g]) => [...lines, ...g]));
}

/** Block mappings and sequences at some indent, with comments and blank lines among them. */
function block(indent: number, depth: number): fc.Arbitrary<string[]> {
  return fc.oneof(mapping(indent, depth), sequence(indent, depth));
}

function subsetYaml(): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(0, 0, 2), fc.boolean()).chain(([indent, items]) => (items ? sequence(indent, 2) : mapping(0, 2))).map((lines) => `${lines.join('\n')}\n`);
}

type Damage = { at: number; remove: number; insert: string };

function damage(): fc.Arbitrary<Damage> {
  const inserted = fc.constantFrom('', ' ', '  ', ':', ': ', '#', ' #', '[', ']', '{', '}', ',', '"', "'", '- ', '\n', '\n  ', 'x', '\\', '&a ', '*a', '|', '\t');
  return fc.record({ at: fc.nat(), remove: fc.nat(3), insert: inserted });
}

function applyDamage(text: string, edit: Damage): string {
  const at = text.length === 0 ? 0 : edit.at % text.length;
  return text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
}
