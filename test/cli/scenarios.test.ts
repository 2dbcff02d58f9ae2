import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkPack, checkScenario, forecastPack, forecastText, formatWeek } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';
import { runCli } from '../helpers/runCli';
import { TEST_TODAY } from '../helpers/today';

const RELIABILITY = 'examples/platform-reliability/platform-reliability.roadmap.yaml';

/** The cells of a text table row, split at runs of two spaces or more. */
function row(lines: string[], label: string): string[] {
  const line = lines.find((candidate) => candidate.startsWith(label));
  assert.ok(line, `no row ${label} in\n${lines.join('\n')}`);
  return line.slice(label.length).trim().split(/ {2,}/);
}

describe('roadmap-pack scenarios', () => {
  const baseline = () => checkPack(readFileSync(repoPath(RELIABILITY), 'utf8'), { today: TEST_TODAY });

  it('prints the baseline and each scenario of the worked example side by side', () => {
    const result = runCli(['scenarios', RELIABILITY]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(row(result.lines, ' '), ['baseline', 'hires-late', 'cut-cost', 'audit-reopens']);
    const { diagnostics, model } = baseline();
    const counts = (list: typeof diagnostics) => [list.filter((d) => d.severity === 'error').length, list.filter((d) => d.severity === 'warning').length].map(String);
    const plans = [diagnostics, ...model.scenarios.map((scenario) => checkScenario(model, scenario.id, { today: TEST_TODAY })!.diagnostics)];
    assert.deepEqual(row(result.lines, 'errors'), plans.map((list) => counts(list)[0]));
    assert.deepEqual(row(result.lines, 'warnings'), plans.map((list) => counts(list)[1]));
    // The seed's 98% quarter and 192% week (RP502, RP503); hires from 2026-Q4-W7 relieve the quarter, not the peak week before them.
    const [quarter, week] = [row(result.lines, 'Infra Squad: peak quarter'), row(result.lines, 'Infra Squad: peak week')];
    assert.equal(quarter[0], '2026-Q4 98%');
    assert.ok(parseInt(quarter[1].split(' ')[1]) < 98, quarter[1]);
    assert.equal(week[0], '2026-Q4-W4 192%');
    assert.equal(week[1], week[0]);
    assert.match(result.stdout, /cut-cost: Cut cost optimisation/);
  });

  it("gives each gate's P80 as roadmap-pack forecast does, under each scenario", () => {
    const result = runCli(['scenarios', RELIABILITY]);
    const { model } = baseline();
    const p80 = (forModel: typeof model, id: string) => formatWeek(forecastPack(forModel).items.find((item) => item.id === id)!.p80);
    const reopened = checkScenario(model, 'audit-reopens', { today: TEST_TODAY })!.model;
    const soc2 = row(result.lines, 'gate-soc2-readiness: P80');
    assert.deepEqual([soc2[0], soc2[3]], [p80(model, 'gate-soc2-readiness'), p80(reopened, 'gate-soc2-readiness')]);
    assert.notEqual(soc2[3], soc2[0], 'remediation reopened late moves the readiness gate');
    const forecast = runCli(['forecast', RELIABILITY, '--scenario', 'audit-reopens']);
    assert.equal(forecast.status, 0, forecast.stderr);
    assert.equal(forecast.stdout, forecastText(forecastPack(reopened), reopened.title));
  });

  it('writes JSON and Markdown', () => {
    const json = JSON.parse(runCli(['scenarios', RELIABILITY, '--format', 'json']).stdout);
    assert.deepEqual(json.plans.map((plan: { scenario?: string }) => plan.scenario ?? 'baseline'), ['baseline', 'hires-late', 'cut-cost', 'audit-reopens']);
    assert.equal(json.plans[0].teams[0].week.week, '2026-Q4-W4');
    const markdown = runCli(['scenarios', RELIABILITY, '--format', 'markdown']).stdout;
    assert.match(markdown, /^\| {2}\| baseline \| hires-late \| cut-cost \| audit-reopens \|$/m);
  });

  it('answers bad usage with exit 2', () => {
    const result = runCli(['scenarios', RELIABILITY, '--format', 'csv']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown --format 'csv'/);
  });
});

describe('roadmap-pack check --scenario', () => {
  it('reports what the core reports under the scenario, at the same places', () => {
    const result = runCli(['check', RELIABILITY, '--scenario', 'cut-cost', '--format', 'json']);
    assert.equal(result.status, 1, 'cut-cost keeps half the time for BAU: Infra is over capacity');
    const reported = JSON.parse(result.stdout).packs[0].diagnostics.map((d: { code: string; line: number; column: number }) => `${d.code}@${d.line}:${d.column}`);
    const { model } = checkPack(readFileSync(repoPath(RELIABILITY), 'utf8'), { today: TEST_TODAY });
    const expected = checkScenario(model, 'cut-cost', { today: TEST_TODAY })!.diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`);
    assert.deepEqual(reported, expected);
    assert.ok(reported.includes('RP501@102:11'));
  });

  it('is a usage error naming the pack’s scenarios when it has no such one', () => {
    const result = runCli(['check', RELIABILITY, '--scenario', 'hires-early']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /has no scenario 'hires-early' \(its scenarios are 'hires-late', 'cut-cost', 'audit-reopens'\)/);
  });

  it('is a usage error for forecast too', () => {
    const result = runCli(['forecast', RELIABILITY, '--scenario', 'hires-early']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^roadmap-pack forecast: .* has no scenario 'hires-early' \(its scenarios are 'hires-late', 'cut-cost', 'audit-reopens'\); see roadmap-pack forecast --help$/m);
  });
});
