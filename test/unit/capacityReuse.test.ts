import { strict as assert } from 'node:assert';
import { CheckCache, PackResult, checkPack } from '../../server/src/pack';

/**
 * Three teams; `a`..`e` load them in turn (c is split between ops and data),
 * so an edit of one initiative's effort, span or owner touches known teams.
 * Data's Q4 hire counts only with `ifHired`.
 */
const PACK = [
  'pack: 1',
  'title: Three teams',
  'horizon: 2026-Q3..2026-Q4',
  'format: quarterly',
  'teams:',
  '  - { id: infra, name: Infra Squad, engineers: 2 }',
  '  - { id: ops, name: Ops Squad, engineers: 3 }',
  '  - { id: data, name: Data Squad, engineers: [ { from: 2026-Q3, count: 1 }, { from: 2026-Q4, count: 2, confirmed: false } ] }',
  'capacity: { bau: 20%, estimate: high }',
  'initiatives:',
  ...[
    ['a', 'infra', '2026-Q3-W1..W6', '12-14'],
    ['b', 'ops', '2026-Q3', '26-30'],
    ['c', '{ ops: 50%, data: 50% }', '2026-Q3-W4..W9', '8-10'],
    ['d', 'infra', '2026-Q3-W3..W8', '5-6'],
    ['e', 'data', '2026-Q4', '3-4'],
  ].flatMap(([id, owner, when, effort]) => [`  - id: ${id}`, `    title: Initiative ${id}`, `    owner: ${owner}`, `    when: ${when}`, `    effort: ${effort}`]),
  '',
].join('\n');

const TEAMS = ['infra', 'ops', 'data'];

/** Each team's weekly load array: the object the analysis reuses while the team's inputs are the same. */
function loadArrays(result: PackResult): Map<string, Float64Array | undefined> {
  return new Map(result.model.teams.map((team) => [team.id, result.analysis.loads.get(team)?.load]));
}

/** The team's load at a position, without the team object (each check has its own). */
function loadAt(result: PackResult, index: number) {
  const load = result.analysis.loads.get(result.model.teams[index]);
  return load && { ...load, team: undefined };
}

/** Replaces the one occurrence of `from` in the initiative `id`'s block (or anywhere, without an id). */
function edited(text: string, from: string, to: string, id?: string): string {
  const start = id === undefined ? 0 : text.indexOf(`  - id: ${id}\n`);
  const at = text.indexOf(from, start);
  assert.ok(at >= 0, `no ${from} after ${id}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The teams whose analysis an edit made anew, checked with the document's cache and compared with a cold check. */
function reanalysed(text: string, change: (text: string) => string, options: { ifHired?: boolean } = {}): string[] {
  const cache = new CheckCache();
  const before = loadArrays(checkPack(text, {}, cache));
  const next = change(text);
  const incremental = checkPack(next, options, cache);
  const fresh = checkPack(next, options);
  assert.deepEqual(incremental.diagnostics, fresh.diagnostics);
  fresh.model.teams.forEach((team, index) => assert.deepEqual(loadAt(incremental, index), loadAt(fresh, index), `${team.id}'s load`));
  const after = loadArrays(incremental);
  return TEAMS.filter((team) => after.get(team) !== before.get(team));
}

describe('capacity analysis reuse, team by team', () => {
  it('finds the capacity findings the edits below are meant to move', () => {
    const codes = new Set<string>(checkPack(PACK).diagnostics.map((diagnostic) => diagnostic.code));
    for (const code of ['RP501', 'RP503', 'RP504']) assert.ok(codes.has(code), `${code} in the test pack`);
  });

  it('analyses again only the team whose initiative changed effort or span', () => {
    assert.deepEqual(reanalysed(PACK, (text) => edited(text, 'effort: 5-6', 'effort: 5-7', 'd')), ['infra']);
    assert.deepEqual(reanalysed(PACK, (text) => edited(text, 'when: 2026-Q4', 'when: 2026-Q4-W2..W13', 'e')), ['data']);
  });

  it('analyses again every team a split initiative loads', () => {
    assert.deepEqual(reanalysed(PACK, (text) => edited(text, 'effort: 8-10', 'effort: 8-12', 'c')), ['ops', 'data']);
  });

  it('analyses again both the team an owner edit leaves and the team it joins', () => {
    assert.deepEqual(reanalysed(PACK, (text) => edited(text, 'owner: infra', 'owner: data', 'd')), ['infra', 'data']);
    assert.deepEqual(reanalysed(PACK, (text) => edited(text, 'owner: { ops: 50%, data: 50% }', 'owner: infra', 'c')), ['infra', 'ops', 'data']);
  });

  it('analyses again nothing for an edit capacity does not read', () => {
    assert.deepEqual(reanalysed(PACK, (text) => edited(text, 'title: Initiative b', 'title: Initiative b2')), []);
  });

  it('analyses again a team whose headcount changed, and every team when settings do', () => {
    assert.deepEqual(reanalysed(PACK, (text) => edited(text, 'engineers: 3', 'engineers: 4')), ['ops']);
    assert.deepEqual(reanalysed(PACK, (text) => edited(text, 'estimate: high', 'estimate: low')), TEAMS);
    assert.deepEqual(reanalysed(PACK, (text) => edited(text, 'horizon: 2026-Q3..2026-Q4', 'horizon: 2026-Q3..2027-Q1')), TEAMS);
    assert.deepEqual(reanalysed(PACK, (text) => text, { ifHired: true }), TEAMS);
  });

  it('keeps contributions in initiative order when several initiatives change at once', () => {
    // Two edits in one change, the first initiative's part moving to after the others of its new team.
    const change = (text: string) => edited(edited(text, 'owner: infra', 'owner: ops', 'a'), 'effort: 3-4', 'effort: 3-5', 'e');
    assert.deepEqual(reanalysed(PACK, change), ['infra', 'ops', 'data']);
    const cache = new CheckCache();
    checkPack(PACK, {}, cache);
    const result = checkPack(change(PACK), {}, cache);
    const ops = result.analysis.loads.get(result.model.teams[1])!;
    assert.deepEqual(
      ops.contributions.map((contribution) => result.analysis.initiativeOf(contribution).id),
      ['a', 'b', 'c'],
    );
  });
});
