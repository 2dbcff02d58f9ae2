import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { smallPack } from '../helpers/packs';
import { runCli, tempFolder } from '../helpers/runCli';

const CYCLE_BLOCK = [
  '# Notes',
  '',
  '```roadmap',
  'pack: 1',
  'title: Cycle',
  'horizon: 2026-Q3..2026-Q4',
  'teams:',
  '  - { id: infra, name: Infra Squad, engineers: 4 }',
  'initiatives:',
  '  - { id: a, title: A, owner: infra, when: 2026-Q3-W1..W4, effort: 2, depends_on: [b] }',
  '  - { id: b, title: B, owner: infra, when: 2026-Q3-W5..W8, effort: 2, depends_on: [a] }',
  '```',
  '',
].join('\n');

/** A brief of the pack's `only` initiative with none of the eight sections. */
const BRIEF = '---\ninitiative: only\n---\n# The only initiative\n';

interface JsonFile {
  path: string;
  diagnostics: { code: string; line: number; column: number }[];
}
interface JsonReport {
  packs: JsonFile[];
  briefs: JsonFile[];
  summary: { packs: number; briefs: number; errors: number; warnings: number };
}

const codes = (file: JsonFile | undefined) => [...new Set(file?.diagnostics.map((d) => d.code))].sort();

describe('roadmap-pack check: Markdown briefs and ```roadmap blocks', () => {
  let folder: string;
  before(() => {
    folder = tempFolder({
      'plan.roadmap.yaml': smallPack('Plan'),
      'briefs/only.md': BRIEF,
      'notes/cycle.md': CYCLE_BLOCK,
      'notes/plain.md': '# Just notes\n\nNothing to check: `initiative:` only counts in front matter.\n',
      'deep/down/only.md': BRIEF,
      'deep/down/stray.md': '---\ninitiative: nowhere\n---\n',
    });
  });
  afterEach(() => rmSync(join(folder, 'roadmap-packs.json'), { force: true }));
  after(() => rmSync(folder, { recursive: true, force: true }));

  const json = (...args: string[]) => JSON.parse(runCli(['check', ...args, '--format', 'json'], folder).stdout) as JsonReport;

  it('checks briefs and files with roadmap blocks found in folders, and passes over other Markdown', () => {
    const report = json();
    assert.deepEqual(report.packs.map((file) => file.path), ['plan.roadmap.yaml']);
    assert.deepEqual(report.briefs.map((file) => file.path), ['briefs/only.md', 'deep/down/only.md', 'deep/down/stray.md', 'notes/cycle.md']);
    // RP404: as of TEST_TODAY (runCli's default), the block's 2026-Q3 work is past its end, as in a pack.
    assert.deepEqual(codes(report.briefs.find((file) => file.path === 'notes/cycle.md')), ['RP301', 'RP404', 'RP505', 'RP601', 'RP602', 'RP604', 'RP805']);
    assert.deepEqual(codes(report.briefs.find((file) => file.path === 'briefs/only.md')), ['RP703']);
    assert.equal(report.summary.packs, 1);
    assert.equal(report.summary.briefs, 4);
  });

  it('finds the owner pack above a brief even when only the brief is named', () => {
    const report = json('deep/down/only.md', 'deep/down/stray.md');
    assert.deepEqual(codes(report.briefs[0]), ['RP703'], 'owned by plan.roadmap.yaml two folders up');
    assert.deepEqual(codes(report.briefs[1]), ['RP702', 'RP703'], 'no pack defines `nowhere`');
    assert.deepEqual(report.packs, [], 'the owner pack is context, not a report');
  });

  it('checks a named .md file as Markdown, never as a pack, even one with nothing to check', () => {
    const report = json('notes/plain.md', 'notes/cycle.md');
    assert.deepEqual(report.packs, []);
    assert.deepEqual(report.briefs.map((file) => [file.path, file.diagnostics.length > 0]), [['notes/plain.md', false], ['notes/cycle.md', true]]);
    assert.ok(!report.briefs.some((file) => file.diagnostics.some((d) => d.code === 'RP001' || d.code === 'RP101')));
  });

  it('shows Markdown diagnostics in text and SARIF, and counts briefs in the summary', () => {
    const text = runCli(['check', 'notes'], folder);
    assert.equal(text.status, 1);
    assert.match(text.stdout, /^notes\/cycle\.md:10:84 error RP301 /m);
    assert.match(text.lines.at(-1)!, /^0 packs and 1 brief checked: 2 errors, /);
    const sarif = JSON.parse(runCli(['check', 'briefs', '--format', 'sarif'], folder).stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const results = sarif.runs[0].results;
    assert.ok(results.length > 0);
    assert.ok(results.every((result) => result.ruleId === 'RP703' && result.locations[0].physicalLocation.artifactLocation.uri === 'briefs/only.md'));
  });

  it('passes over what roadmap-packs.json ignores, so a folder with failing fixtures can check clean', () => {
    assert.equal(runCli(['check'], folder).status, 1);
    writeFileSync(join(folder, 'roadmap-packs.json'), JSON.stringify({ ignore: ['notes', 'deep/**/stray.md'] }));
    const result = runCli(['check'], folder);
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.lines.at(-1)!, /^1 pack and 2 briefs checked: 0 errors, /);
    assert.equal(runCli(['check', 'notes/cycle.md'], folder).status, 1, 'a file named on the command line is checked anyway');
    assert.match(runCli(['check', 'notes'], folder).stdout, /^notes\/cycle\.md:10:84 error RP301 /m, 'and so is an ignored folder named there');
    assert.doesNotMatch(runCli(['check', 'deep'], folder).stdout, /stray\.md/, 'inside a named folder, the globs still apply');
  });

  it('rejects an ignore that is not a list of globs', () => {
    writeFileSync(join(folder, 'roadmap-packs.json'), JSON.stringify({ ignore: 'notes' }));
    const result = runCli(['check'], folder);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /'ignore' in roadmap-packs\.json must be a list of globs/);
  });
});
