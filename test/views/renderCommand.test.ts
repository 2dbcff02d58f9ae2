import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { runRender } from '../../server/src/cli/renderCommand';
import { checkPack } from '../../server/src/pack';
import { renderView } from '../../server/src/pack/views';
import { repoPath } from '../helpers/repoRoot';
import { SEED } from './packs';
import { TEST_TODAY } from '../helpers/today';

function render(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    today: TEST_TODAY,
    readFile: (path: string) => readFileSync(repoPath(path), 'utf8'),
    stdout: (text: string) => void out.push(text),
    stderr: (text: string) => void err.push(text),
  };
  const status = runRender(args, io);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

describe('cli: roadmap-pack render', () => {
  const seed = checkPack(readFileSync(repoPath(SEED), 'utf8'));

  it('prints the view as Mermaid source', () => {
    const { status, stdout, stderr } = render([SEED, '--view', 'gates']);
    assert.equal(status, 0);
    assert.equal(stdout, renderView(seed, 'gates').text);
    assert.equal(stderr, '');
  });

  it('passes the gantt options through', () => {
    const { status, stdout } = render([SEED, '--view=gantt', '--group-by', 'theme', '--today', '2026-08-05']);
    assert.equal(status, 0);
    assert.equal(stdout, renderView(seed, 'gantt', { groupBy: 'theme', today: 20670 }).text);
    assert.ok(stdout.includes('Today :vert, v1, 2026-08-05, 0d'));
    assert.ok(render([SEED, '--view', 'gantt', '--no-today']).stdout.includes('todayMarker off'));
  });

  it('prints one Mermaid document for capacity: every team summed, or the one --team names', () => {
    const all = render([SEED, '--view', 'capacity']).stdout;
    assert.equal(all.match(/^xychart-beta$/gm)!.length, 1);
    assert.match(all, /title "All 3 teams: /);
    const infra = render([SEED, '--view', 'capacity', '--team', 'infra']).stdout;
    assert.equal(infra.match(/^xychart-beta$/gm)!.length, 1);
    assert.match(infra, /title "Infra Squad: peak 98% of capacity in 2026-Q4, 192% in week 2026-Q4-W4"/);
  });

  it('wraps each diagram in a mermaid fence with --markdown', () => {
    const { status, stdout } = render([SEED, '--view', 'capacity', '--markdown']);
    assert.equal(status, 0);
    assert.equal(stdout.match(/^```mermaid$/gm)!.length, 3);
    assert.equal(stdout.match(/^```$/gm)!.length, 3);
    const one = render([SEED, '--view', 'capacity', '--team', 'infra', '--weekly', '--markdown']).stdout;
    assert.ok(one.startsWith('```mermaid\n---\n') && one.endsWith('```\n'));
  });

  it('prints warnings on stderr and still exits 0', () => {
    const { status, stderr } = render([SEED, '--view', 'board']);
    assert.equal(status, 0);
    assert.match(stderr, /^roadmap-pack render: warning: Derived from today \(2026-Q4\): done, started/);
  });

  it('exits 2 on bad usage, with one line on stderr', () => {
    const cases: [string[], RegExp][] = [
      [[SEED], /missing --view/],
      [['--view', 'gantt'], /missing the pack/],
      [[SEED, SEED, '--view', 'gantt'], /one pack at a time/],
      [[SEED, '--view', 'pie'], /unknown view 'pie'/],
      [[SEED, '--view', 'gantt', '--group-by', 'colour'], /unknown --group-by 'colour'/],
      [[SEED, '--view', 'gantt', '--today', '2026-02-30'], /--today expects a date/],
      [[SEED, '--view', 'deps', '--group-by', 'theme'], /--group-by applies to the gantt view only/],
      [[SEED, '--view', 'gantt', '--weekly'], /--weekly applies to the capacity view only/],
      [[SEED, '--view', 'gantt', '--aggregate-above', 'many'], /--aggregate-above expects a whole number/],
      [[SEED, '--view', 'gantt', '--colour'], /unknown option '--colour'/],
    ];
    for (const [args, message] of cases) {
      const { status, stdout, stderr } = render(args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /^roadmap-pack render: .*; see roadmap-pack render --help\n$/);
    }
  });

  it('exits 1 when the pack cannot be read', () => {
    const { status, stderr } = render(['no/such.roadmap.yaml', '--view', 'gantt']);
    assert.equal(status, 1);
    assert.equal(stderr, 'roadmap-pack render: no/such.roadmap.yaml: cannot read: no such file\n');
  });

  it('shows help', () => {
    const { status, stdout } = render(['--help']);
    assert.equal(status, 0);
    assert.match(stdout, /^Usage: roadmap-pack render <pack> --view gantt\|gates\|deps\|capacity\|board/);
  });
});
