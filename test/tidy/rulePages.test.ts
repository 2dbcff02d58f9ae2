/**
 * The rule pages as the editor uses them: shipped in the .vsix (the code
 * links and the hover open them offline, in the Markdown preview), and
 * written so the hover can quote them (a first paragraph under "What it
 * finds", a fenced example first under "Bad"; see server/src/pack/describe/rulePage.ts).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { RULES, digestRulePage } from '../../server/src/pack';
import { readRulePages } from '../../server/src/lsp/platform/nodePlatform';
import { repoPath, repoRoot } from '../helpers/repoRoot';

/** What `vsce package` would put in the .vsix, as vsce itself lists it (.vscodeignore applied). */
function shippedFiles(): Set<string> {
  const vsce = repoPath('node_modules', '@vscode', 'vsce', 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: repoRoot(), encoding: 'utf8', timeout: 60_000, env: { ...process.env, VSCE_TELEMETRY: 'off' } });
  assert.equal(result.status, 0, `vsce ls failed: ${result.stderr}`);
  return new Set(result.stdout.split('\n').map((line) => line.trim()).filter(Boolean));
}

function relativeLinks(page: string): string[] {
  return [...page.matchAll(/\]\(([^)#\s]+\.md)(#[^)]*)?\)/g)].map((match) => match[1]).filter((target) => !/^[a-z]+:/i.test(target));
}

describe('rule pages in the editor (docs/rules)', function () {
  this.timeout(60_000);
  let shipped: Set<string>;
  before(() => {
    shipped = shippedFiles();
  });

  it('ships every rule page in the .vsix, and every page a rule page links to', () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      const page = `docs/rules/${rule.code}.md`;
      if (!shipped.has(page)) missing.push(page);
      for (const link of relativeLinks(readFileSync(repoPath(page), 'utf8'))) {
        const target = normalize(join(dirname(page), link)).replace(/\\/g, '/');
        if (!shipped.has(target)) missing.push(`${target} (linked from ${page})`);
      }
    }
    assert.deepEqual([...new Set(missing)], [], 'the .vsix leaves these out (.vscodeignore)');
  });

  for (const rule of RULES) {
    it(`${rule.code}: opens with a summary paragraph and a ${rule.code.startsWith('RP7') ? 'brief' : 'pack'} example for the hover`, () => {
      const digest = digestRulePage(readFileSync(repoPath('docs', 'rules', `${rule.code}.md`), 'utf8'));
      assert.ok(digest, `${rule.code}.md needs a paragraph first under "## What it finds" and a fenced block first under "## Bad"`);
      assert.equal(digest.example.language, rule.code.startsWith('RP7') ? 'markdown' : 'yaml', `${rule.code}.md: the first block under "## Bad" is the example the hover shows`);
      assert.ok(digest.example.lines.length > 0, `${rule.code}.md: the example is empty`);
    });
  }

  it('the server reads a page for every rule from the folder it ships in', () => {
    const pages = readRulePages(repoPath('docs', 'rules'));
    assert.deepEqual([...pages.keys()].sort(), RULES.map((rule) => rule.code).sort());
  });
});
