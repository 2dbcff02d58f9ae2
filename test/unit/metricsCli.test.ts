import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../server/src/cli/run';
import { renderView } from '../../server/src/pack/views';
import { repoRoot } from '../helpers/repoRoot';
import { SEED, load } from '../views/packs';
import { TEST_TODAY } from '../helpers/today';

/** The CLI in this process, as a user runs it from the repository root. */
function cli(args: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = run(args, { cwd: repoRoot(), env: {}, today: TEST_TODAY, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { status, stdout, stderr };
}

describe('cli: roadmap-pack render --view metrics', () => {
  it('prints the dashboard as a Markdown table', () => {
    const { status, stdout, stderr } = cli(['render', SEED, '--view', 'metrics']);
    assert.equal(status, 0);
    assert.equal(stderr, '');
    assert.equal(stdout, renderView(load(SEED), 'metrics').text);
    const lines = stdout.split('\n');
    assert.equal(lines[0], '# Metrics: Platform Engineering -- Reliability & Scale');
    assert.ok(lines.includes('| Metric | Baseline | 2026-Q3 | 2026-Q4 | Target | Moved by |'), stdout);
    assert.ok(lines.includes('| Availability (30-day rolling) | 99.5% | 99.8% | 99.95% |  | _no initiative names it_ |'), stdout);
    assert.ok(lines.includes('| Deploy-triggered incidents/month | 2.5 | \\<=1 | 0 |  | Deployment safety (canary + auto-rollback) |'), stdout);
    assert.ok(lines.includes('| Tracing coverage (% of requests) | 0% |  |  | \\>80% (by 2026-Q3-W12) |  |'), stdout);
  });

  it('prints the same with --markdown (a table has no diagram to fence)', () => {
    assert.equal(cli(['render', SEED, '--view', 'metrics', '--markdown']).stdout, cli(['render', SEED, '--view', 'metrics']).stdout);
  });

  it('rejects the other views’ options, and says what the view prints in --help', () => {
    const teamFlag = cli(['render', SEED, '--view', 'metrics', '--team', 'infra']);
    assert.equal(teamFlag.status, 2);
    assert.match(teamFlag.stderr, /--team applies to the capacity view only/);
    const help = cli(['render', '--help']).stdout;
    assert.match(help, /--view gantt\|gates\|deps\|capacity\|board\|metrics/);
    assert.match(help, /metrics {4}strategy metrics dashboard, as Markdown \(not Mermaid\)/);
    assert.match(cli(['--help']).stdout, /render <pack> --view gantt\|gates\|deps\|capacity\|board\|metrics/);
  });

  it('warns on stderr, and still prints the summary, for a pack without metrics', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rp-metrics-'));
    try {
      const file = join(folder, 'bare.roadmap.yaml');
      writeFileSync(file, 'pack: 1\ntitle: Bare\nhorizon: 2026-Q3\ninitiatives:\n  - { id: a, title: Alpha }\n');
      const { status, stdout, stderr } = cli(['render', file, '--view', 'metrics', '--today', '2026-08-03']);
      assert.equal(status, 0);
      assert.equal(stdout, '# Metrics: Bare\n\n0 metrics · 1 initiative without a metric\n\nInitiatives without a metric: Alpha (`a`).\n');
      assert.equal(stderr, 'roadmap-pack render: warning: The pack has no metrics: add `metrics:` to the pack or to its initiatives.\n');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
