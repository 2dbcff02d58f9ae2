/**
 * A pack that leaves its portfolio (the portfolio no longer includes it, or
 * is deleted) is checked alone again: it held the portfolio's check, in
 * which its qualified references were the portfolio's to resolve, and kept
 * showing none of the errors it has alone.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import type { ChecklistResult } from '../../protocol/requests';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from './lspClient';

const CHECKOUT = 'checkout/checkout.roadmap.yaml';
const PORTFOLIO = 'portfolio.roadmap.yaml';
const errors = (published: PublishDiagnosticsParams) => published.diagnostics.filter((d) => d.severity === 1);

describe('language server: a pack that leaves its portfolio', function () {
  this.timeout(30000);
  let client: LspClient;
  let folder: string;
  const uri = (name: string) => pathToFileURL(join(folder, name)).toString();
  const text = (name: string) => readFileSync(join(folder, name), 'utf8');

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-portfolio-leave-'));
    cpSync(repoPath('examples', 'portfolio'), folder, { recursive: true });
    client = new LspClient();
    await client.initialize(folder, { debounce: 0 });
    await client.open(uri(CHECKOUT), text(CHECKOUT));
    await client.open(uri(PORTFOLIO), text(PORTFOLIO));
    await client.diagnostics(uri(PORTFOLIO), (p) => p.diagnostics.some((d) => d.code === 'RP501'));
    // Once the scan has read the platform pack too, checkout has no error in its portfolio.
    await client.diagnostics(uri(CHECKOUT), (p) => errors(p).length === 0);
  });

  afterEach(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gets its errors alone back when the portfolio stops including it', async () => {
    client.forget(uri(CHECKOUT));
    await client.change(uri(PORTFOLIO), 2, text(PORTFOLIO).replace(/^includes: .*$/m, 'includes: { platform: platform/platform.roadmap.yaml }'));
    const alone = await client.diagnostics(uri(CHECKOUT), (p) => errors(p).length > 0, 5000);
    assert.ok(errors(alone).some((d) => d.code === 'RP202' && /platform:/.test(d.message)), alone.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
    const checklist = (await client.connection.sendRequest('roadmapPacks/checklist', { uri: uri(CHECKOUT) })) as ChecklistResult;
    assert.equal(checklist.checks.errors, errors(alone).length);
    assert.notEqual(checklist.peak?.team, 'Infra Squad', 'no peak of a portfolio it is not in');
  });

  it('gets its errors alone back when the open portfolio is deleted and closed', async () => {
    rmSync(join(folder, PORTFOLIO));
    client.forget(uri(CHECKOUT));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(PORTFOLIO), type: 3 }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(PORTFOLIO) } });
    const alone = await client.diagnostics(uri(CHECKOUT), (p) => errors(p).length > 0, 5000);
    assert.ok(errors(alone).some((d) => d.code === 'RP202'));
  });
});
