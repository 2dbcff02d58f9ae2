import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { IgnoredPaths } from '../../server/src/files/ignoredPaths';

/** `.gitignore` files exercising the syntax gitignore(5) describes. */
const GITIGNORES: Record<string, string> = {
  '.gitignore': [
    '# a comment, then a blank line',
    '',
    '*.log.roadmap.yaml',
    'build/',
    '/top-only.roadmap.yaml',
    'docs/**/generated',
    '**/corpus',
    'vendor/*',
    '!vendor/own',
    '[abc]?.roadmap.yaml',
    '\\#hash.roadmap.yaml',
    'escaped\\ ',
    'trailing.roadmap.yaml   ',
    'deep/**/leaf.roadmap.yaml',
    'all-inside/**',
    'ignored-folder/',
    '!ignored-folder/rescued.roadmap.yaml',
    'plain-name',
  ].join('\n'),
  'sub/.gitignore': '*.roadmap.yaml\n!keep.roadmap.yaml\n/anchored-here.md\n',
  'sub/inner/.gitignore': '!again.roadmap.yaml\n',
};

const FILES = [
  'kept.roadmap.yaml',
  'x.log.roadmap.yaml',
  'nested/x.log.roadmap.yaml',
  'build/a.roadmap.yaml',
  'nested/build/a.roadmap.yaml',
  'build.roadmap.yaml',
  'top-only.roadmap.yaml',
  'nested/top-only.roadmap.yaml',
  'docs/generated/a.md',
  'docs/x/y/generated/a.md',
  'other/docs/generated/a.md',
  'corpus/a.roadmap.yaml',
  'tests/data/corpus/a.roadmap.yaml',
  'vendor/lib/a.roadmap.yaml',
  'vendor/own/a.roadmap.yaml',
  'a1.roadmap.yaml',
  'd1.roadmap.yaml',
  'ab.roadmap.yaml',
  '#hash.roadmap.yaml',
  'escaped /a.md',
  'escaped/a.md',
  'trailing.roadmap.yaml',
  'deep/leaf.roadmap.yaml',
  'deep/x/y/leaf.roadmap.yaml',
  'all-inside/a.roadmap.yaml',
  'all-inside/x/b.md',
  'ignored-folder/rescued.roadmap.yaml',
  'plain-name/a.roadmap.yaml',
  'x/plain-name',
  'sub/a.roadmap.yaml',
  'sub/keep.roadmap.yaml',
  'sub/anchored-here.md',
  'sub/deeper/anchored-here.md',
  'sub/inner/again.roadmap.yaml',
  'sub/inner/other.roadmap.yaml',
];

describe('.gitignore: the scan ignores what git ignores', () => {
  let root: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'rp-gitignore-'));
    execFileSync('git', ['init', '-q', root]);
    for (const [name, text] of Object.entries({ ...GITIGNORES, ...Object.fromEntries(FILES.map((file) => [file, ''])) })) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), text);
    }
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('gives git check-ignore’s verdict on every file', () => {
    const byGit = gitIgnored(root, FILES);
    const ignored = new IgnoredPaths();
    const ours = FILES.filter((file) => ignored.ignoresFile(root, join(root, file)));
    assert.deepEqual(ours, byGit);
    // The table is not trivial: git ignores some of the files and keeps others.
    assert.ok(byGit.length > 10 && byGit.length < FILES.length - 5, `git ignores ${byGit.length} of ${FILES.length}`);
  });

  it('reads the .gitignore files of the repository above a workspace folder that is a subfolder', () => {
    const ignored = new IgnoredPaths();
    const workspace = join(root, 'tests');
    assert.equal(ignored.ignoresFile(workspace, join(workspace, 'data/corpus/a.roadmap.yaml')), true);
    assert.equal(ignored.ignoresFile(join(root, 'nested'), join(root, 'nested/build/a.roadmap.yaml')), true);
    assert.equal(ignored.ignoresFile(join(root, 'nested'), join(root, 'nested/kept.roadmap.yaml')), false);
  });
});

/** The files git ignores, in the order given. */
function gitIgnored(root: string, files: readonly string[]): string[] {
  let output: string;
  try {
    output = execFileSync('git', ['-C', root, 'check-ignore', '--stdin'], { input: files.join('\n'), encoding: 'utf8' });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? ''; // exit 1: none ignored
  }
  const ignored = new Set(output.split('\n').filter(Boolean));
  return files.filter((file) => ignored.has(file));
}
