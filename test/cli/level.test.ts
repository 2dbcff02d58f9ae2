import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repoRoot';
import { runCli } from '../helpers/runCli';

const EXAMPLE = 'examples/platform-reliability/platform-reliability.roadmap.yaml';

/** The worked example as planned in the summer: nothing done or in progress yet, so its Q4 overload can move. */
function plannedExample(): string {
  return readFileSync(join(repoRoot(), EXAMPLE), 'utf8').replace(/status: (done|in-progress)$/gm, 'status: planned');
}

/** Every `when` value blanked: what must be left of a pack that only `when` values changed in. */
function withoutWhenValues(text: string): string {
  return text.replace(/when: ("[^"]*"|[^\s,}#]+)/g, 'when: _');
}

function tempPack(text: string): { folder: string; pack: string } {
  const folder = mkdtempSync(join(tmpdir(), 'level-'));
  writeFileSync(join(folder, 'plan.roadmap.yaml'), text);
  return { folder, pack: join(folder, 'plan.roadmap.yaml') };
}

describe('roadmap-pack level', function () {
  this.timeout(20_000);

  it('prints each move with its reason and every team peak before -> after', () => {
    const { pack } = tempPack(plannedExample());
    const result = runCli(['level', pack]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Levelling Platform Engineering -- Reliability & Scale: \d+ moves?\n/);
    assert.match(result.stdout, /\n {2}soc2-prework: 2026-Q3-W10\.\.W12 -> 2026-Q3-W12\.\.2026-Q4-W1 \(2 weeks later\): Infra Squad has no room for 0\.7 engineer-weeks a week in 2026-Q3-W10\.\.W12\n/);
    assert.match(result.stdout, /\nPeak weekly utilisation, before -> after:\n {2}Infra Squad: 192% -> \d+%\n {2}DevEx Squad: 81% -> 81%\n/);
  });

  it('leaves done and in-progress work where it is: the worked example as of December moves only what waits for it', () => {
    const result = runCli(['level', EXAMPLE, '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    const plan = JSON.parse(result.stdout) as { moves: { id: string; from: string; to: string; weeks: number }[] };
    assert.deepEqual(plan.moves.map((move) => [move.id, move.from, move.to, move.weeks]), [['load-test-3x', '2026-Q4-W10..W11', '2026-Q4-W11..W12', 1]]);
  });

  it('-o writes the pack with only the moved `when` values changed, every other byte (comments, quotes, flow maps) as it was', () => {
    const input = plannedExample();
    const { folder, pack } = tempPack(input);
    const out = join(folder, 'levelled.roadmap.yaml');
    const result = runCli(['level', pack, '-o', out, '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    const written = readFileSync(out, 'utf8');
    assert.notEqual(written, input);
    assert.equal(withoutWhenValues(written), withoutWhenValues(input));
    const moves = (JSON.parse(result.stdout) as { moves: { to: string }[] }).moves;
    for (const move of moves) assert.ok(written.includes(`when: ${move.to}`), move.to);
    // The levelled pack has no schedule conflict or overload left on the work that moved.
    const check = runCli(['check', out, '--format', 'json']);
    const messages = (JSON.parse(check.stdout) as { packs: { diagnostics: { code: string; message: string }[] }[] }).packs[0].diagnostics.filter((d) => d.code === 'RP401').map((d) => d.message);
    for (const id of ['soc2-prework', 'soc2-remediation']) assert.ok(!messages.some((message) => message.startsWith(`${id} `)), messages.join('\n'));
  });

  it('answers bad usage with exit 2 and one line, and an unreadable pack with exit 1', () => {
    const usage = runCli(['level']);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /^roadmap-pack level: missing the pack to level; see roadmap-pack level --help\n$/);
    assert.equal(runCli(['level', EXAMPLE, '--format', 'xml']).status, 2);
    const missing = runCli(['level', 'no/such.roadmap.yaml']);
    assert.equal(missing.status, 1);
    assert.match(runCli(['level', '--help']).stdout, /^Usage: roadmap-pack level <pack>/);
  });
});
