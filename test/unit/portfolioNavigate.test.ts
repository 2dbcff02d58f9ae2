import { strict as assert } from 'node:assert';
import { checkPortfolios, packAt, portfolioOccurrences, portfolioSymbolAt, portfolioSource, qualifiedCandidates, type PortfolioPacks, type SourceFile } from '../../server/src/pack';

const PORTFOLIO = `pack: 1
title: Portfolio
horizon: 2026-Q3..2026-Q4
includes: { a: a.roadmap.yaml, b: b.roadmap.yaml }
teams: [ { id: infra, name: Infra, engineers: 2 } ]
gates: [ { id: go, title: Go, at: 2026-Q4-W1, decision: Ship?, depends_on: [a:x] } ]
`;
const A = `pack: 1
title: A
horizon: 2026-Q3..2026-Q4
initiatives:
  - { id: x, title: X work, owner: infra, when: 2026-Q3-W1..W4, effort: 2 }
  - { id: x2, title: X2, owner: infra, when: 2026-Q3-W5..W8, effort: 2, depends_on: [x, "a:x"] }
`;
const B = `pack: 1
title: B
horizon: 2026-Q3..2026-Q4
initiatives:
  - { id: y, title: Y, owner: infra, when: 2026-Q4-W1..W4, effort: 2, depends_on: ["a:x"] }
`;

/** The example's three files checked as the CLI and the server check them. */
function portfolio(): PortfolioPacks {
  const files: SourceFile[] = [
    { path: '/p/portfolio.roadmap.yaml', uri: 'file:///p/portfolio.roadmap.yaml', text: PORTFOLIO },
    { path: '/p/a.roadmap.yaml', uri: 'file:///p/a.roadmap.yaml', text: A },
    { path: '/p/b.roadmap.yaml', uri: 'file:///p/b.roadmap.yaml', text: B },
  ];
  const read = (path: string) => files.find((file) => file.path === path);
  return checkPortfolios([portfolioSource(files[0], read)], { options: () => ({}) })[0].packs;
}

/** Each occurrence's file, role and text with a character either side of its span. */
function covered(occurrences: ReturnType<typeof portfolioOccurrences>): string[] {
  return occurrences.map(({ pack, role, span }) => `${pack.name || 'portfolio'} ${role} ${pack.result.parsed.text.slice(span.start - 1, span.end + 1)}`);
}

describe('navigation across a portfolio (core)', () => {
  it('resolves a quoted qualified id to the member’s entity, its span the id past the colon', () => {
    const packs = portfolio();
    const b = packAt(packs, '/p/b.roadmap.yaml')!;
    const symbol = portfolioSymbolAt(packs, b, B.indexOf('"a:x"') + 3)!;
    assert.equal(symbol.pack.name, 'a');
    assert.equal(symbol.entity.title, 'X work');
    assert.equal(B.slice(symbol.span.start, symbol.span.end), 'x');
  });

  it('finds the definition, the plain and the qualified references in every file, the portfolio’s included, each span the id alone', () => {
    const packs = portfolio();
    const a = packAt(packs, '/p/a.roadmap.yaml')!;
    const symbol = portfolioSymbolAt(packs, a, A.indexOf('id: x,') + 4)!;
    assert.deepEqual(covered(portfolioOccurrences(packs, symbol)).sort(), [
      'a definition  x,',
      'a reference :x"',
      'a reference [x,',
      'b reference :x"',
      'portfolio reference :x]',
    ]);
  });

  it('keeps the portfolio’s own ids to its file, and offers a member the others’ ids, not its own', () => {
    const packs = portfolio();
    const own = portfolioSymbolAt(packs, packs.portfolio, PORTFOLIO.indexOf('id: go') + 4)!;
    assert.deepEqual(portfolioOccurrences(packs, own).map((occurrence) => occurrence.pack.name), ['']);
    const offered = qualifiedCandidates(packs, packAt(packs, '/p/b.roadmap.yaml')!, new Set(['initiative']));
    assert.deepEqual(offered.map((candidate) => candidate.id), ['a:x', 'a:x2']);
  });

  it('names nothing for a qualified id no member defines', () => {
    const packs = portfolio();
    const text = B.replace('"a:x"', '"a:nope"');
    const broken = checkPortfolios([portfolioSource({ path: '/p/portfolio.roadmap.yaml', uri: 'p', text: PORTFOLIO }, (path) => ({ path, uri: path, text: path.endsWith('b.roadmap.yaml') ? text : A }))], { options: () => ({}) })[0].packs;
    assert.equal(portfolioSymbolAt(broken, packAt(broken, '/p/b.roadmap.yaml')!, text.indexOf('a:nope') + 3), undefined);
    assert.ok(packs.member('b'));
  });
});
