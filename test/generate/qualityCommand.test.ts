import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { QUALITY_HELP, runQuality } from '../../server/src/cli/qualityCommand';
import { qualityGate, qualityGateMarkdown } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';
import { SEED, section, seed } from './packs';
import { TEST_TODAY } from '../helpers/today';

function quality(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    today: TEST_TODAY,
    readFile: (path: string) => files[path] ?? readFileSync(repoPath(path), 'utf8'),
    stdout: (text: string) => void out.push(text),
    stderr: (text: string) => void err.push(text),
  };
  const status = runQuality(args, io);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

describe('cli: roadmap-pack quality', () => {
  it('prints the quality gate of the seed pack as Markdown, with the six-row table', () => {
    const { status, stdout, stderr } = quality([SEED]);
    assert.equal(status, 0);
    assert.equal(stderr, '');
    const result = seed();
    assert.equal(stdout, qualityGateMarkdown(qualityGate(result), result.model.title));
    const table = section(stdout, '## Rubric score');
    assert.equal(table[0], '| Dimension | Score | Rationale |');
    assert.deepEqual(table.slice(2).map((row) => row.split(' | ').slice(0, 2).join(' | ')), [
      '| Diagnosis quality | 4',
      '| Guiding policy coherence | 5',
      '| Actionability of coherent actions | 5',
      '| Alignment and stakeholder usefulness | 4',
      '| Feasibility and trade-offs | 4',
      '| Measurability and risk management | 4',
    ]);
  });

  it('prints JSON with --format json', () => {
    const { status, stdout } = quality([SEED, '--format', 'json']);
    assert.equal(status, 0);
    const json = JSON.parse(stdout);
    assert.equal(json.title, 'Platform Engineering -- Reliability & Scale');
    assert.equal(json.verdict, 'Ship');
    assert.deepEqual(json.dimensions.map((d: { score: number }) => d.score), [4, 5, 5, 4, 4, 4]);
  });

  it('exits 0 whatever the verdict, and warns when the pack has errors', () => {
    const { status, stdout, stderr } = quality(['bare.yaml'], { 'bare.yaml': 'pack: 1\ntitle: Bare\nhorizon: 2026-Q3\ninitiatives:\n  - { id: a, title: A, owner: nobody }\n' });
    assert.equal(status, 0);
    assert.match(stdout, /\*\*Verdict:\*\* Revise\. The pack has 1 error: fix it first\. Below 4: /);
    assert.equal(stderr, 'roadmap-pack quality: warning: bare.yaml has 1 error (see roadmap-pack check); the scores cover what could be read\n');
  });

  it('exits 1 when the pack cannot be read and 2 on bad usage', () => {
    const missing = quality(['no/such.roadmap.yaml']);
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, 'roadmap-pack quality: no/such.roadmap.yaml: cannot read: no such file\n');
    for (const [args, message] of [
      [[], 'missing the pack to score'],
      [['a', 'b'], 'one pack at a time (got 2 paths)'],
      [[SEED, '--format', 'html'], "unknown --format 'html': use markdown or json"],
    ] as const) {
      const result = quality([...args]);
      assert.equal(result.status, 2);
      assert.equal(result.stderr, `roadmap-pack quality: ${message}; see roadmap-pack quality --help\n`);
    }
    const unknown = quality([SEED, '--nope']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^roadmap-pack quality: unknown option '--nope'/);
  });

  it('prints its help', () => {
    assert.deepEqual(quality(['--help']), { status: 0, stdout: QUALITY_HELP, stderr: '' });
  });
});
