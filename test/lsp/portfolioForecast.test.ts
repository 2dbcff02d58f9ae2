/**
 * A pack's forecast once a portfolio includes it: the pack then holds its
 * check in the portfolio's context, and its forecast must be of that check,
 * or the forecast's findings (RP405) drop out of what is published.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from './lspClient';

const LATE = readFileSync(repoPath('test', 'fixtures', 'rules', 'RP405-gate-forecast-late.roadmap.yaml'), 'utf8');
const PORTFOLIO = ['pack: 1', 'title: Portfolio of one', 'horizon: 2026-Q3..2026-Q4', 'includes: { late: late.roadmap.yaml }', ''].join('\n');
const hasRp405 = (published: PublishDiagnosticsParams) => published.diagnostics.some((d) => d.code === 'RP405');

describe('language server: the forecast of a pack a portfolio includes', function () {
  this.timeout(30000);
  let client: LspClient;
  let folder: string;
  const uri = (name: string) => pathToFileURL(join(folder, name)).toString();

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-portfolio-forecast-'));
    client = new LspClient();
    await client.initialize(folder, { debounce: 0, today: '2026-07-01' });
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps RP405 on the pack after a portfolio including it is opened', async () => {
    await client.open(uri('late.roadmap.yaml'), LATE);
    await client.diagnostics(uri('late.roadmap.yaml'), hasRp405);
    // From here on only what is published after the portfolio arrives counts.
    client.forget(uri('late.roadmap.yaml'));
    await client.open(uri('portfolio.roadmap.yaml'), PORTFOLIO);
    const published = await client.diagnostics(uri('late.roadmap.yaml'), hasRp405, 5000);
    assert.ok(hasRp405(published));
  });
});
