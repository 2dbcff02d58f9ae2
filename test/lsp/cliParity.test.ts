import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { repoPath } from '../helpers/repoRoot';
import { runCli } from '../helpers/runCli';
import { LspClient } from './lspClient';

/** One diagnostic as both hosts can state it: 0-based range, as LSP has it. */
interface Seen {
  code: string;
  severity: string;
  message: string;
  range: string;
  related: string[];
}

interface CliFile {
  path: string;
  diagnostics: { code: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; related: { message: string; line: number; column: number; uri?: string }[] }[];
}

const SEVERITIES = ['', 'error', 'warning', 'information', 'hint'];
const at = (line: number, character: number) => `${line}:${character}`;

function fromCli(file: CliFile, uri: string): Seen[] {
  return file.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    range: `${at(d.line - 1, d.column - 1)}-${at(d.endLine - 1, d.endColumn - 1)}`,
    related: d.related.map((info) => `${info.uri ?? uri}@${at(info.line - 1, info.column - 1)} ${info.message}`),
  }));
}

function fromServer(diagnostics: Diagnostic[]): Seen[] {
  return diagnostics.map((d) => ({
    code: String(d.code),
    severity: SEVERITIES[d.severity!],
    message: d.message,
    range: `${at(d.range.start.line, d.range.start.character)}-${at(d.range.end.line, d.range.end.character)}`,
    related: (d.relatedInformation ?? []).map((info) => `${info.location.uri}@${at(info.location.range.start.line, info.location.range.start.character)} ${info.message}`),
  }));
}

/**
 * `roadmap-pack check` and the language server must say the same about every
 * file: the worked example, the brief fixtures (every RP70x, a brief in a
 * briefs/ folder without front matter, ```roadmap blocks), a pack with a
 * cycle and a plain Markdown file with a roadmap block outside briefs/.
 */
describe('the CLI and the language server agree on every file of a folder', function () {
  this.timeout(60000);
  let folder: string;
  let client: LspClient;
  let files: CliFile[];

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-parity-'));
    cpSync(repoPath('examples'), join(folder, 'examples'), { recursive: true });
    cpSync(repoPath('test', 'fixtures', 'briefs'), join(folder, 'fixtures', 'briefs'), { recursive: true });
    cpSync(repoPath('test', 'fixtures', 'cli'), join(folder, 'fixtures', 'cli'), { recursive: true });
    cpSync(repoPath('test', 'fixtures', 'briefs', 'roadmap-blocks.md'), join(folder, 'notes', 'roadmap-blocks.md'));
    writeFileSync(join(folder, 'notes', 'plain.md'), '# Not a brief\n\nNo front matter, no roadmap block.\n');
    const result = runCli(['check', '--format', 'json'], folder);
    const report = JSON.parse(result.stdout) as { packs: CliFile[]; briefs: CliFile[] };
    files = [...report.packs, ...report.briefs];
    client = new LspClient();
    await client.initialize(folder);
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('checks the packs, the briefs and the Markdown with roadmap blocks, and nothing else', () => {
    const paths = files.map((file) => file.path);
    assert.ok(paths.includes('examples/platform-reliability/briefs/tracing.md'));
    assert.ok(paths.includes('fixtures/briefs/RP706-metric-mismatch.md'));
    assert.ok(paths.includes('notes/roadmap-blocks.md'));
    assert.ok(!paths.includes('notes/plain.md') && !paths.includes('examples/README.md'));
    assert.ok(files.filter((file) => file.path.endsWith('.md')).length >= 15, paths.join('\n'));
  });

  it('gives each file exactly the diagnostics the server publishes: code, severity, range, message, related', async () => {
    const uriOf = (path: string) => pathToFileURL(join(folder, path)).toString();
    for (const file of files) await client.diagnostics(uriOf(file.path));
    // Briefs are re-published once their pack is checked: let the server settle, then read the latest.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    let compared = 0;
    for (const file of files) {
      const published = await client.diagnostics(uriOf(file.path));
      assert.deepEqual(fromCli(file, uriOf(file.path)), fromServer(published.diagnostics), file.path);
      compared += published.diagnostics.length;
    }
    assert.ok(compared > 100, `only ${compared} diagnostics compared`);
  });
});
