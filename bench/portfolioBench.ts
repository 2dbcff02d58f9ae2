/**
 * Portfolio bench: a portfolio of 50 packs × 200 initiatives
 * (bench/generateWorkedShape.ts), each member's `infra` team removed so that
 * its Infra work loads the portfolio's shared team, and its first initiative
 * waits for the first of the member before it (`depends_on: [m3:db-scaling-0]`). Measures parsing the 51
 * files alone, the whole portfolio check (checkPortfolios, cold), and one
 * member's edit checked again with the caches a host keeps (the language
 * server's Portfolios): the issue's targets are the cold check within 2× the
 * parse and the edit under 100 ms. Medians of RUNS after a warm-up.
 *
 * `npm run bench` calls `portfolioBench()`; `node out/bench/portfolioBench.js` runs it alone.
 */
import { performance } from 'node:perf_hooks';
import { parse as yamlParse } from 'yaml';
import { CheckCache, MemberResults, checkPortfolios, parsePack, type PortfolioSource, type SourceFile } from '../server/src/pack';
import { generateWorkedShape } from './generateWorkedShape';
import { formatNumber, markdownTable, median } from './table';

const MEMBERS = 50;
const SIZE = 200;
const RUNS = 5;

export function portfolio(): PortfolioSource {
  const members = new Map<string, SourceFile>();
  const names: string[] = [];
  for (let index = 0; index < MEMBERS; index++) {
    const path = `/bench/m${index}/plan.roadmap.yaml`;
    // Infra becomes the portfolio's: drop the member's own definition of it.
    const own = generateWorkedShape(SIZE, index + 1).replace(/^ {2}- id: infra\n(?: {4}.*\n)+/m, '');
    // Each member's first initiative waits for the first of the one before: the graph runs across packs.
    const text = index === 0 ? own : waitFor(own, `m${index - 1}:${firstInitiative(members.get(`/bench/m${index - 1}/plan.roadmap.yaml`)!.text)}`);
    members.set(path, { path, uri: `file://${path}`, text });
    names.push(`m${index}: m${index}/plan.roadmap.yaml`);
  }
  const text = ['pack: 1', 'title: Bench portfolio', 'horizon: 2026-Q1..2027-Q4', `includes: { ${names.join(', ')} }`, 'teams:', '  - { id: infra, name: Infra Squad, engineers: 400 }', 'capacity: { bau: 20% }', ''].join('\n');
  return { portfolio: { path: '/bench/portfolio.roadmap.yaml', uri: 'file:///bench/portfolio.roadmap.yaml', text }, members };
}

function firstInitiative(text: string): string {
  return /^ {2}- id: (\S+)/m.exec(text.slice(text.indexOf('initiatives:')))![1];
}

/** The text with its first initiative (which waits for nothing) waiting for `reference`. */
function waitFor(text: string, reference: string): string {
  const first = text.indexOf('\n  - id: ', text.indexOf('initiatives:'));
  const lineEnd = text.indexOf('\n', first + 1);
  return `${text.slice(0, lineEnd)}\n    depends_on: [${reference}]${text.slice(lineEnd)}`;
}

function timed(run: () => void): number {
  const times: number[] = [];
  run(); // warm-up: the first run compiles the code
  for (let index = 0; index < RUNS; index++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** The same portfolio with one member's effort changed, as a keystroke would. */
function edited(source: PortfolioSource, round: number): PortfolioSource {
  const [path, member] = [...source.members][MEMBERS >> 1];
  const text = member!.text.replace(/effort: (\d+)/, (_, n: string) => `effort: ${Number(n) + 1 + (round % 2)}`);
  return { ...source, members: new Map([...source.members, [path, { ...member!, text }]]) };
}

export function portfolioBench(): string {
  const source = portfolio();
  const files = [source.portfolio, ...[...source.members.values()].filter((file): file is SourceFile => file !== undefined)];
  // Two readings of "parsing its files": the core's own parser, and the yaml library's (../shared/measured.md).
  const parse = timed(() => files.forEach((file) => parsePack(file.text)));
  const yaml = timed(() => files.forEach((file) => yamlParse(file.text)));
  const cold = timed(() => checkPortfolios([source], { options: () => ({}) }));
  const caches = new Map<string, CheckCache>();
  const host = { options: () => ({}), memo: new MemberResults(), cache: (path: string) => caches.get(path) ?? caches.set(path, new CheckCache()).get(path)! };
  checkPortfolios([source], host);
  let round = 0;
  const edit = timed(() => checkPortfolios([edited(source, round++)], host));
  const count = `${MEMBERS} packs × ${SIZE} initiatives`;
  return markdownTable(
    ['figure', 'ours', 'target', 'met?'],
    [
      [`parse of the ${files.length} files (${count}), the core's parsePack`, `${formatNumber(parse)} ms`, '', ''],
      [`parse of the same files with yaml.parse`, `${formatNumber(yaml)} ms`, '', ''],
      [`portfolio check, cold (${count})`, `${formatNumber(cold)} ms`, `< ${formatNumber(2 * parse)} ms (2× parsePack)`, cold < 2 * parse ? '✓' : '✗'],
      [`portfolio check, cold, against yaml.parse`, `${formatNumber(cold)} ms`, `< ${formatNumber(2 * yaml)} ms (2× yaml.parse)`, cold < 2 * yaml ? '✓' : '✗'],
      [`one member's edit, checked again with the host's caches`, `${formatNumber(edit)} ms`, '< 100 ms', edit < 100 ? '✓' : '✗'],
    ],
  );
}

if (require.main === module) console.log(portfolioBench());
