import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPack, parseIsoDate, reportDocument } from '../../server/src/pack';
import { repoRoot } from '../helpers/repoRoot';
import { runCli } from '../helpers/runCli';
import { TEST_TODAY } from '../helpers/today';

const EXAMPLE = 'examples/platform-reliability/platform-reliability.roadmap.yaml';
const RENDERER = join(repoRoot(), 'dist', 'report.js');

function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'report-'));
}

describe('roadmap-pack report', function () {
  this.timeout(30_000);

  it('--format markdown prints the core\'s report on stdout, byte for byte', () => {
    const result = runCli(['report', EXAMPLE, '--format', 'markdown']);
    assert.equal(result.status, 0, result.stderr);
    const expected = reportDocument(checkPack(readFileSync(join(repoRoot(), EXAMPLE), 'utf8'), { today: TEST_TODAY }), 'markdown', { today: parseIsoDate(TEST_TODAY) });
    assert.equal(result.stdout, expected);
    assert.match(result.stdout, /^# Platform Engineering -- Reliability & Scale\n/);
  });

  it('-o FILE.md writes Markdown, -o FILE.html self-contained HTML with the renderer inlined', () => {
    const folder = tempFolder();
    const markdown = runCli(['report', EXAMPLE, '-o', join(folder, 'report.md')]);
    assert.equal(markdown.status, 0, markdown.stderr);
    assert.equal(markdown.stdout, '');
    assert.match(readFileSync(join(folder, 'report.md'), 'utf8'), /^```mermaid$/m);
    const html = runCli(['report', EXAMPLE, '--output', join(folder, 'report.html')]);
    assert.equal(html.status, 0, html.stderr);
    const page = readFileSync(join(folder, 'report.html'), 'utf8');
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(page, /content="default-src &#39;none&#39;; script-src &#39;nonce-([A-Za-z0-9+/=]+)&#39;/);
    const nonce = /nonce-([A-Za-z0-9+/=]+)/.exec(page)![1];
    assert.ok(page.includes(`<script nonce="${nonce}">`), 'the script carries the CSP\'s nonce');
    assert.ok(page.length > readFileSync(RENDERER, 'utf8').length, 'Mermaid is inlined');
    assert.equal(runCli(['report', EXAMPLE, '-o', join(folder, 'again.html')]).status, 0);
    assert.notEqual(/nonce-([A-Za-z0-9+/=]+)/.exec(readFileSync(join(folder, 'again.html'), 'utf8'))![1], nonce, 'a fresh nonce per report');
  });

  it('an installed CLI finds the renderer beside itself (dist/cli.js and dist/report.js copied elsewhere)', () => {
    const folder = tempFolder();
    copyFileSync(join(repoRoot(), 'dist', 'cli.js'), join(folder, 'cli.js'));
    copyFileSync(RENDERER, join(folder, 'report.js'));
    const result = spawnSync(process.execPath, [join(folder, 'cli.js'), 'report', join(repoRoot(), EXAMPLE), '--today', TEST_TODAY, '-o', join(folder, 'report.html')], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.ok(readFileSync(join(folder, 'report.html'), 'utf8').includes(readFileSync(RENDERER, 'utf8').slice(0, 2_000)), 'the renderer inlined');
    const alone = tempFolder();
    copyFileSync(join(repoRoot(), 'dist', 'cli.js'), join(alone, 'cli.js'));
    const missing = spawnSync(process.execPath, [join(alone, 'cli.js'), 'report', join(repoRoot(), EXAMPLE)], { encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /the HTML renderer \(dist\/report\.js\) is missing/);
  });

  it('says what is wrong: exit 2 for bad usage, 1 for a pack that cannot be read', () => {
    const format = runCli(['report', EXAMPLE, '--format', 'pdf']);
    assert.equal(format.status, 2);
    assert.match(format.stderr, /unknown --format 'pdf': use html or markdown/);
    assert.equal(runCli(['report']).status, 2);
    const missing = runCli(['report', 'no-such.roadmap.yaml']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^roadmap-pack report: no-such\.roadmap\.yaml: /);
  });
});
