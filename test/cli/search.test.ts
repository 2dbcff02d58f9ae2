import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { smallPack } from '../helpers/packs';
import { runCli, tempFolder } from '../helpers/runCli';

interface JsonReport {
  packs: { path: string }[];
}

function checkedPaths(args: string[], cwd: string): string[] {
  const result = runCli([...args, '--format', 'json'], cwd);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  return (JSON.parse(result.stdout) as JsonReport).packs.map((pack) => pack.path);
}

describe('roadmap-pack check: finding packs', () => {
  let folder: string;
  before(() => {
    folder = tempFolder({
      'top.roadmap.yaml': smallPack('Top'),
      'teams/a/deep/nested.roadmap.yml': smallPack('Nested'),
      'teams/b/plan.roadmap.yaml': smallPack('Team B'),
      'teams/b/notes.yaml': smallPack('Not a pack by name'),
      'node_modules/some-package/skipped.roadmap.yaml': smallPack('In node_modules'),
      '.hidden/skipped.roadmap.yaml': smallPack('In a dot-folder'),
      'dist/skipped.roadmap.yaml': smallPack('In dist'),
      'out/skipped.roadmap.yaml': smallPack('In out'),
      'docs/readme.md': '# No packs here\n',
      '.gitignore': 'generated/\n*.draft.roadmap.yaml\n',
      'generated/output.roadmap.yaml': smallPack('Generated'),
      'teams/b/idea.draft.roadmap.yaml': smallPack('A draft'),
      'bower_components/lib/skipped.roadmap.yaml': smallPack('In bower_components'),
    });
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('searches folders recursively and skips dependency and build folders, dot-folders and what .gitignore ignores, as the editor does', () => {
    assert.deepEqual(checkedPaths(['check', '.'], folder), ['teams/a/deep/nested.roadmap.yml', 'teams/b/plan.roadmap.yaml', 'top.roadmap.yaml']);
  });

  it('searches an ignored folder that is named, whole', () => {
    assert.deepEqual(checkedPaths(['check', 'generated'], folder), ['generated/output.roadmap.yaml']);
  });

  it('searches the current folder when given no paths', () => {
    assert.deepEqual(checkedPaths(['check'], folder), ['teams/a/deep/nested.roadmap.yml', 'teams/b/plan.roadmap.yaml', 'top.roadmap.yaml']);
  });

  it('checks a skipped file when it is named, and each file once', () => {
    assert.deepEqual(checkedPaths(['check', 'node_modules/some-package/skipped.roadmap.yaml', 'teams/b/notes.yaml', 'teams', 'teams/b/plan.roadmap.yaml'], folder), [
      'node_modules/some-package/skipped.roadmap.yaml',
      'teams/b/notes.yaml',
      'teams/a/deep/nested.roadmap.yml',
      'teams/b/plan.roadmap.yaml',
    ]);
  });

  it('says so on stderr, and exits 0, when a folder holds no packs', () => {
    const result = runCli(['check', 'docs'], folder);
    assert.equal(result.status, 0);
    assert.equal(result.stderr, 'roadmap-pack: no packs (*.roadmap.yaml, *.roadmap.yml) or briefs found\n');
    assert.equal(result.stdout, '0 packs checked: 0 errors, 0 warnings, 0 information, 0 hints\n');
  });
});
