import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPack, formatWeek } from '../../server/src/pack';
import { repoRoot } from '../helpers/repoRoot';
import { runCli } from '../helpers/runCli';

const WORKED = 'examples/platform-reliability/platform-reliability.roadmap.yaml';
const WEEK = /^\d{4}-Q[1-4]-W([1-9]|1[0-3])$/;

describe('roadmap-pack forecast', () => {
  it('prints the JSON of the format page for the worked example: every initiative not cut and every gate, weeks as labels', () => {
    const run = runCli(['forecast', WORKED, '--format', 'json', '--runs', '2000']);
    assert.equal(run.status, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(json), ['runs', 'seed', 'items', 'insideHorizon']);
    assert.deepEqual([json.runs, json.seed], [2000, 1]);
    const model = checkPack(readFileSync(join(repoRoot(), WORKED), 'utf8')).model;
    const expected = [...model.initiatives.filter((i) => i.span && i.status !== 'cut').map((i) => [i.id, 'initiative', formatWeek(i.span!.last)]), ...model.gates.map((g) => [g.id, 'gate', formatWeek(g.at!)])];
    assert.deepEqual(json.items.map((item: { id: string; kind: string; planned: string }) => [item.id, item.kind, item.planned]), expected);
    for (const item of json.items) {
      assert.deepEqual(Object.keys(item), ['id', 'kind', 'planned', 'p50', 'p80', 'p95', 'onTime']);
      for (const week of [item.p50, item.p80, item.p95]) assert.match(week, WEEK);
      assert.ok(item.p50 <= item.p80 && item.p80 <= item.p95, item.id);
      assert.ok(item.onTime >= 0 && item.onTime <= 1, item.id);
    }
    assert.ok(json.insideHorizon > 0 && json.insideHorizon < 1, 'the worked example has uncertain efforts near the horizon');
  });

  it('prints the same forecast for the same seed, and a table with the horizon chance as text', () => {
    const [a, b] = [runCli(['forecast', WORKED, '--seed', '7', '--runs', '1000']), runCli(['forecast', WORKED, '--seed', '7', '--runs', '1000'])];
    assert.equal(a.status, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    assert.match(a.lines[1], /^id +planned +P50 +P80 +P95 +on time$/);
    assert.match(a.stdout, /^gate-load-test \(gate\) +2026-Q4-W10 /m);
    assert.match(a.lines.at(-1)!, /^Everything ends inside the horizon in \d+% of runs\.$/);
  });

  for (const [args, reason] of [
    [['--runs', '0'], /--runs expects a whole number from 1/],
    [['--runs', '1.5'], /--runs expects a whole number/],
    [['--seed=-1'], /--seed expects a whole number from 0/],
    [['--format', 'csv'], /unknown --format 'csv'/],
    [['--today', 'soon'], /--today expects a date/],
  ] as const) {
    it(`is a usage error for ${args.join(' ')}`, () => {
      const run = runCli(['forecast', WORKED, ...args]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, reason);
      assert.match(run.stderr, /see roadmap-pack forecast --help/);
    });
  }
});
