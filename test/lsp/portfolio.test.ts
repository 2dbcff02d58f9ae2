import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from './lspClient';

const codes = (params: PublishDiagnosticsParams) => params.diagnostics.map((d) => String(d.code));

/**
 * The language server keeps the example portfolio (examples/portfolio):
 * members checked in its context, the shared team's load reported on the
 * portfolio, and an edit in a member re-checking and publishing the files it
 * affects, open or not.
 */
describe('a portfolio in the language server', function () {
  this.timeout(60000);
  let folder: string;
  let client: LspClient;
  const uri = (relative: string) => pathToFileURL(join(folder, relative)).toString();

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-portfolio-'));
    cpSync(repoPath('examples', 'portfolio'), folder, { recursive: true });
    client = new LspClient();
    await client.initialize(folder);
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('publishes the shared overload on the portfolio, and the members checked in its context', async () => {
    const portfolio = await client.diagnostics(uri('portfolio.roadmap.yaml'), (p) => codes(p).includes('RP501'));
    const overload = portfolio.diagnostics.find((d) => d.code === 'RP501')!;
    const files = new Set((overload.relatedInformation ?? []).map((info) => info.location.uri));
    assert.deepEqual([...files].sort(), [uri('checkout/checkout.roadmap.yaml'), uri('platform/platform.roadmap.yaml')]);
    const checkout = await client.diagnostics(uri('checkout/checkout.roadmap.yaml'), (p) => !codes(p).includes('RP202'));
    assert.deepEqual(codes(checkout).filter((code) => code === 'RP202' || code === 'RP203'), []);
  });

  it('re-checks the portfolio when a member changes: moving the checkout work off Infra ends the overload', async () => {
    const file = uri('checkout/checkout.roadmap.yaml');
    const text = readFileSync(join(folder, 'checkout', 'checkout.roadmap.yaml'), 'utf8');
    await client.open(file, text);
    const moved = text.replace('owner: { checkout: 50%, infra: 50% }', 'owner: checkout').replace(/(id: card-vault[\s\S]*?)owner: infra/, '$1owner: checkout');
    assert.notEqual(moved, text);
    await client.change(file, 2, moved);
    const portfolio = await client.diagnostics(uri('portfolio.roadmap.yaml'), (p) => !codes(p).includes('RP501'));
    assert.ok(!codes(portfolio).includes('RP501'));
  });

  it('resolves qualified references in an open member against the other packs, with "did you mean"', async () => {
    const file = uri('checkout/checkout.roadmap.yaml');
    const text = readFileSync(join(folder, 'checkout', 'checkout.roadmap.yaml'), 'utf8').replace('depends_on: [platform:redis-cluster]', 'depends_on: [platform:redis-clustr]');
    await client.change(file, 3, text);
    const checkout = await client.diagnostics(file, (p) => codes(p).includes('RP202'));
    const unresolved = checkout.diagnostics.find((d) => d.code === 'RP202')!;
    assert.match(unresolved.message, /platform:redis-clustr.*Did you mean `platform:redis-cluster`\?/);
  });
});
