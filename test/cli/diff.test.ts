import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanDiff } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';
import { runCli, tempFolder } from '../helpers/runCli';
import { WORKED, replaceOnce, workedChange, workedText } from '../diff/edits';

/** git in the folder, as a user would run it; commits need a name and an email there. */
function git(folder: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A repository whose one commit holds the worked example (pack and briefs) at its place in the repository. */
function repositoryWithWorkedExample(): string {
  const briefs = ['tracing', 'slo-framework', 'deploy-safety', 'db-scaling-1', 'autoscaling'];
  const files: Record<string, string> = { [WORKED]: workedText() };
  for (const brief of briefs) files[`examples/platform-reliability/briefs/${brief}.md`] = readFileSync(repoPath('examples/platform-reliability/briefs', `${brief}.md`), 'utf8');
  const folder = tempFolder(files);
  git(folder, 'init', '-q');
  git(folder, 'config', 'user.email', 'test@example.com');
  git(folder, 'config', 'user.name', 'Test');
  git(folder, 'add', '.');
  git(folder, 'commit', '-q', '-m', 'base');
  return folder;
}

function json(stdout: string): PlanDiff {
  return JSON.parse(stdout) as PlanDiff;
}

describe('roadmap-pack diff', function () {
  // Each test runs git and the bundled CLI several times, on a machine that may be busy.
  this.timeout(60_000);
  let folder: string;
  beforeEach(() => {
    folder = repositoryWithWorkedExample();
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('--base HEAD: the slip and the effort change, in every format, exit 0', () => {
    writeFileSync(join(folder, WORKED), workedChange());
    const text = runCli(['diff', '--base', 'HEAD'], folder);
    assert.equal(text.status, 0, text.stderr);
    assert.equal(text.lines[0], "1 initiative slips, 1 effort changes, Infra Squad's 2026-Q4 rises 98% → 111%, 1 new error, 2 new warnings, 1 resolved");
    assert.ok(text.lines.includes('  initiative redis-cluster (Caching tier hardening (Redis Cluster)): slips 2 weeks'), text.stdout);
    assert.ok(text.lines.includes('  initiative soc2-remediation (SOC 2 controls remediation): effort 4–6 → 8–10'), text.stdout);
    const report = json(runCli(['diff', '--base', 'HEAD', '--format', 'json'], folder).stdout);
    assert.deepEqual(report.packs.map((pack) => [pack.path, pack.change]), [[WORKED, 'changed']]);
    assert.deepEqual(report.packs[0].initiatives.map((i) => [i.id, i.startWeeks ?? null, i.endWeeks ?? null, i.effort?.after ?? null]), [['redis-cluster', 2, 2, null], ['soc2-remediation', null, null, '8–10']]);
    const markdown = runCli(['diff', '--base', 'HEAD', '--format', 'markdown'], folder);
    assert.match(markdown.stdout, /^## Roadmap changes since HEAD\n/);
    assert.match(markdown.stdout, /```mermaid\ngantt\n/);
  });

  it('--fail-on new-errors: exit 1 when the change brings an error, 0 when it brings none', () => {
    writeFileSync(join(folder, WORKED), workedChange());
    assert.equal(runCli(['diff', '--base', 'HEAD', '--fail-on', 'new-errors'], folder).status, 1);
    // The slip alone adds warnings only.
    writeFileSync(join(folder, WORKED), replaceOnce(workedText(), 'when: 2026-Q4-W3..W8\n    effort: 6-8', 'when: 2026-Q4-W5..W10\n    effort: 6-8'));
    const result = runCli(['diff', '--base', 'HEAD', '--fail-on', 'new-errors'], folder);
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.lines[0], /1 initiative slips/);
  });

  it('--today: both sides are checked as of that date, so a pull-in that leaves running work behind its end is a new RP404', () => {
    writeFileSync(join(folder, WORKED), replaceOnce(workedText(), 'status: in-progress\n    when: 2026-Q4-W4..W10', 'status: in-progress\n    when: 2026-Q4-W4..W8'));
    const added = (today: string) => json(runCli(['diff', '--base', 'HEAD', '--format', 'json', '--today', today], folder).stdout).packs[0].findings.added.map((finding) => finding.code);
    assert.ok(added('2026-12-02').includes('RP404'), 'autoscaling now ends 2026-11-29, before the 2nd');
    assert.ok(!added('2026-11-20').includes('RP404'), 'as of the 20th it still runs');
    assert.equal(runCli(['diff', '--base', 'HEAD', '--today', '2026-13-01'], folder).status, 2);
  });

  it('nothing changed, or only comments and order: no change to the plan', () => {
    assert.equal(runCli(['diff', '--base', 'HEAD'], folder).stdout, 'No change to the plan\n');
    writeFileSync(join(folder, WORKED), `# A comment added on top\n${workedText()}`);
    const result = runCli(['diff', '--base', 'HEAD', '--format', 'json'], folder);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(json(result.stdout).packs, []);
  });

  it('a pack added since REF and one deleted are reported as such', () => {
    mkdirSync(join(folder, 'plans'));
    writeFileSync(join(folder, 'plans/old.roadmap.yaml'), replaceOnce(workedText(), 'title: Platform Engineering -- Reliability & Scale', 'title: Old plan'));
    git(folder, 'add', '.');
    git(folder, 'commit', '-q', '-m', 'old plan');
    unlinkSync(join(folder, 'plans/old.roadmap.yaml'));
    writeFileSync(join(folder, 'plans/new.roadmap.yaml'), replaceOnce(workedText(), 'title: Platform Engineering -- Reliability & Scale', 'title: New plan'));
    const result = runCli(['diff', '--base', 'HEAD', '--format', 'json'], folder);
    assert.equal(result.status, 0, result.stderr);
    const packs = json(result.stdout).packs;
    assert.deepEqual(packs.map((pack) => [pack.path, pack.change]), [['plans/new.roadmap.yaml', 'added'], ['plans/old.roadmap.yaml', 'removed']]);
    assert.ok(packs[0].initiatives.every((i) => i.change === 'added') && packs[0].initiatives.length > 5);
    assert.ok(packs[1].initiatives.every((i) => i.change === 'removed'));
    const text = runCli(['diff', '--base', 'HEAD'], folder);
    assert.match(text.lines[0], /^plans\/new\.roadmap\.yaml added, plans\/old\.roadmap\.yaml removed/);
    // Named on the command line, a deleted pack is a removed pack, not a missing file.
    const named = runCli(['diff', '--base', 'HEAD', '--format', 'json', 'plans/old.roadmap.yaml'], folder);
    assert.equal(named.status, 0, named.stderr);
    assert.deepEqual(json(named.stdout).packs.map((pack) => pack.change), ['removed']);
  });

  it('paths limit the comparison, from a subfolder too', () => {
    writeFileSync(join(folder, WORKED), workedChange());
    mkdirSync(join(folder, 'other'));
    writeFileSync(join(folder, 'other/x.roadmap.yaml'), workedText());
    assert.deepEqual(json(runCli(['diff', '--base', 'HEAD', '--format', 'json', 'other'], folder).stdout).packs.map((pack) => pack.path), ['other/x.roadmap.yaml']);
    const fromBelow = runCli(['diff', '--base', 'HEAD', '--format', 'json'], join(folder, 'examples'));
    assert.deepEqual(json(fromBelow.stdout).packs.map((pack) => pack.path), ['platform-reliability/platform-reliability.roadmap.yaml']);
  });

  it("a brief's sections added and removed", () => {
    const brief = join(folder, 'examples/platform-reliability/briefs/tracing.md');
    const text = readFileSync(brief, 'utf8');
    const heading = /^## Risks.*$/m.exec(text)![0];
    writeFileSync(brief, text.replace(heading, '## Rollout plan'));
    const result = runCli(['diff', '--base', 'HEAD', '--format', 'json'], folder);
    const [pack] = json(result.stdout).packs;
    assert.deepEqual(pack.briefs, [{ path: 'examples/platform-reliability/briefs/tracing.md', change: 'changed', sectionsAdded: ['Rollout plan'], sectionsRemoved: [heading.slice(3)] }]);
  });

  it('a bad revision, and a folder outside git, are usage errors in one line, not a stack', () => {
    for (const [cwd, ref, message] of [
      [folder, 'no-such-branch', "roadmap-pack diff: unknown git revision 'no-such-branch'; see roadmap-pack diff --help\n"],
      [folder, 'HEAD~5', "roadmap-pack diff: unknown git revision 'HEAD~5'; see roadmap-pack diff --help\n"],
      [folder, '--exec=x', "roadmap-pack diff: --base expects a git revision (got '--exec=x'); see roadmap-pack diff --help\n"],
    ]) {
      const result = runCli(['diff', `--base=${ref}`], cwd);
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr, message);
    }
    const outside = tempFolder({ 'a.roadmap.yaml': workedText() });
    try {
      const result = runCli(['diff', '--base', 'HEAD'], outside);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /^roadmap-pack diff: not inside a git repository .*; see roadmap-pack diff --help\n$/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('OLD NEW: two files, no git needed; usage errors for one path or a bad format', () => {
    writeFileSync(join(folder, 'new.roadmap.yaml'), workedChange());
    const result = runCli(['diff', WORKED, 'new.roadmap.yaml', '--format', 'json'], folder);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(json(result.stdout).packs[0].initiatives.map((i) => i.id), ['redis-cluster', 'soc2-remediation']);
    assert.equal(runCli(['diff', WORKED], folder).status, 2);
    assert.match(runCli(['diff', WORKED, WORKED, '--format', 'sarif'], folder).stderr, /unknown format 'sarif': use one of text, markdown, json/);
    assert.match(runCli(['diff', WORKED, WORKED, '--fail-on', 'warnings'], folder).stderr, /unknown --fail-on 'warnings': use new-errors/);
  });
});
