import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACK_FILE } from '../../server/src/lsp/fileKinds';
import { ScanScope } from '../../server/src/lsp/findFiles';

describe('ScanScope: the files the server checks unopened', () => {
  let root: string;
  const uri = (name: string) => pathToFileURL(join(root, name)).toString();

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'rp-scope-'));
    execFileSync('git', ['init', '-q', root]);
    const files: Record<string, string> = {
      '.gitignore': 'build/\n',
      'test/corpora/big/a.roadmap.yaml': 'x'.repeat(5000),
      'test/corpora/small.roadmap.yaml': 'x',
      'teams/b.roadmap.yaml': 'x'.repeat(300),
      'teams/a.roadmap.yaml': 'x'.repeat(200),
      'plan.roadmap.yaml': 'x'.repeat(100),
      'build/gen.roadmap.yaml': 'x',
      'excluded/e.roadmap.yaml': 'x',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), text);
    }
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  const scope = () => new ScanScope([{ uri: pathToFileURL(root).toString(), exclude: ['excluded'] }]);

  it('finds the shallowest first and, at one depth, the smallest: a budget leaves out deep corpora, not a team’s packs', () => {
    assert.deepEqual(scope().find(PACK_FILE, 10_000), ['plan.roadmap.yaml', 'teams/a.roadmap.yaml', 'teams/b.roadmap.yaml', 'test/corpora/small.roadmap.yaml', 'test/corpora/big/a.roadmap.yaml'].map(uri));
  });

  it('stops at the file limit with the deepest left out', () => {
    assert.deepEqual(scope().find(PACK_FILE, 10_000, 3), ['plan.roadmap.yaml', 'teams/a.roadmap.yaml', 'teams/b.roadmap.yaml'].map(uri));
  });

  it('includes a file created later only where the scan would have found it', () => {
    const included = ['plan.roadmap.yaml', 'teams/new.roadmap.yaml', 'docs/brief.md'];
    const left = ['build/new.roadmap.yaml', 'excluded/new.roadmap.yaml', 'node_modules/p/new.roadmap.yaml', '.cache/new.roadmap.yaml', '../outside.roadmap.yaml'];
    for (const name of included) assert.equal(scope().includes(uri(name)), true, name);
    for (const name of left) assert.equal(scope().includes(uri(name)), false, name);
    assert.equal(scope().includes('untitled:Untitled-1'), false);
  });
});
