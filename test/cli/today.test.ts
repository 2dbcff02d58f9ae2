/**
 * RP404 and the Today line need a date, and the CLI gives the local one by
 * default (`--today` overrides): in-process with a fixed `io.today`, so the
 * tests do not depend on the real date, and once through the bundled CLI with
 * a plan that ended in 2020, which is out of date on any real date since.
 */
import { strict as assert } from 'node:assert';
import { run } from '../../server/src/cli/run';
import { repoRoot } from '../helpers/repoRoot';
import { runCli, tempFolder } from '../helpers/runCli';
import { TEST_TODAY } from '../helpers/today';
import { SEED } from '../views/packs';

const FIXTURE = 'test/fixtures/rules/RP404-out-of-date.roadmap.yaml';

function cli(args: string[], today: string): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = run(args, { cwd: repoRoot(), env: {}, today, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { status, stdout, stderr };
}

const rp404 = (stdout: string) => stdout.split('\n').filter((line) => / warning RP404 /.test(line)).length;

describe('cli: today', () => {
  it('check: RP404 as of the local date when --today is not given, and --today overrides it', () => {
    assert.equal(rp404(cli(['check', FIXTURE], TEST_TODAY).stdout), 3);
    assert.equal(rp404(cli(['check', FIXTURE], '2026-08-03').stdout), 0);
    assert.equal(rp404(cli(['check', FIXTURE, '--today', TEST_TODAY], '2026-08-03').stdout), 3);
    assert.equal(rp404(cli(['check', FIXTURE, '--today', '2026-08-03'], TEST_TODAY).stdout), 0);
  });

  it('render: the gantt’s Today line and a quarterly board are as of the local date unless --today says otherwise', () => {
    const gantt = cli(['render', SEED, '--view', 'gantt'], '2026-08-05');
    assert.equal(gantt.status, 0, gantt.stderr);
    assert.ok(gantt.stdout.includes('Today :vert, v1, 2026-08-05, 0d'), gantt.stdout);
    assert.ok(cli(['render', SEED, '--view', 'gantt', '--today', '2026-09-02'], '2026-08-05').stdout.includes('Today :vert, v1, 2026-09-02, 0d'));
    assert.ok(!cli(['render', SEED, '--view', 'gantt', '--no-today'], '2026-08-05').stdout.includes('Today :vert'));
    const board = cli(['render', SEED, '--view', 'board'], TEST_TODAY);
    assert.match(board.stderr, /Derived from today \(2026-Q4\)/);
    assert.doesNotMatch(board.stderr, /none was given/);
  });

  it('render: a plan that ended before the local date says so, on any view', () => {
    const gates = cli(['render', 'examples/backend-2025.roadmap.yaml', '--view', 'gates'], TEST_TODAY);
    assert.match(gates.stderr, /This plan ended on 2025-Q4-W13, before today \(2026-Q4-W9\)/);
    assert.doesNotMatch(cli(['render', 'examples/backend-2025.roadmap.yaml', '--view', 'gates', '--today', '2025-06-02'], TEST_TODAY).stderr, /This plan ended/);
  });

  it('quality: takes --today as check does, and refuses a date that is not one', () => {
    assert.equal(cli(['quality', FIXTURE, '--today', TEST_TODAY], TEST_TODAY).status, 0);
    const bad = cli(['quality', FIXTURE, '--today', '2026-02-30'], TEST_TODAY);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--today expects a date written YYYY-MM-DD/);
  });

  it('the bundled CLI defaults to the real date: a plan that ended in 2020 is out of date', function () {
    this.timeout(20_000);
    const folder = tempFolder({ 'old.roadmap.yaml': 'pack: 1\ntitle: Old\nhorizon: 2020-Q1\ninitiatives:\n  - { id: long-gone, title: Long gone, status: planned, when: 2020-Q1 }\n' });
    const result = runCli(['check', 'old.roadmap.yaml'], folder, { today: 'real' });
    assert.equal(rp404(result.stdout), 1, result.stdout);
    assert.equal(rp404(runCli(['check', 'old.roadmap.yaml', '--today', '2020-02-03'], folder).stdout), 0);
  });

  it('--help says --today defaults to the local date', () => {
    assert.match(cli(['--help'], TEST_TODAY).stdout, /--today YYYY-MM-DD[^\n]*\n[^\n]*default: today's local date/);
    assert.match(cli(['render', '--help'], TEST_TODAY).stdout, /--today YYYY-MM-DD +the day the views are drawn as of \(default: today's\n +local date\)/);
    assert.match(cli(['quality', '--help'], TEST_TODAY).stdout, /default: today's local date/);
  });
});
