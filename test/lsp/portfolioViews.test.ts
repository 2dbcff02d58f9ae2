import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LocateResult, ViewsResult } from '../../protocol/requests';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from './lspClient';

const PORTFOLIO = 'portfolio.roadmap.yaml';
const PLATFORM = 'platform/platform.roadmap.yaml';
const CHECKOUT = 'checkout/checkout.roadmap.yaml';

/**
 * The preview's requests on the example portfolio (examples/portfolio),
 * through the server: the views of a portfolio are drawn across its packs
 * from its last check, and a click on a member's entity (a qualified id)
 * goes to the member's file.
 */
describe('a portfolio’s views in the language server', function () {
  this.timeout(60000);
  let folder: string;
  let client: LspClient;
  const uri = (relative: string) => pathToFileURL(join(folder, relative)).toString();
  const views = (relative: string, names: string[]) => client.connection.sendRequest<ViewsResult>('roadmapPacks/views', { uri: uri(relative), views: names });
  const locate = (relative: string, id: string) => client.connection.sendRequest<LocateResult | null>('roadmapPacks/locate', { uri: uri(relative), id });

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-portfolio-views-'));
    cpSync(repoPath('examples', 'portfolio'), folder, { recursive: true });
    client = new LspClient();
    await client.initialize(folder);
    await client.open(uri(PORTFOLIO), readFileSync(join(folder, PORTFOLIO), 'utf8'));
    await client.diagnostics(uri(PORTFOLIO), (p) => p.diagnostics.some((d) => d.code === 'RP501'));
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('draws the portfolio’s views across its packs, and says which member to open for the others', async () => {
    const drawn = await views(PORTFOLIO, ['gantt', 'capacity', 'deps', 'gates']);
    const [gantt, capacity, deps, gates] = drawn.views;
    assert.match(gantt.text, /section Platform Engineering -- Reliability & Scale\n[^]*section Checkout -- Payments & Conversion\n/);
    assert.equal(capacity.diagrams.length, 1);
    assert.match(capacity.diagrams[0], /title "Infra Squad: peak 109% of capacity in 2026-Q3/);
    assert.match(capacity.diagrams[0], /bar "checkout" \[34, 30.7\]\n {4}bar "platform" \[22, 30.7\]/);
    assert.ok(deps.compact, 'the compact copy of the arrows between packs');
    assert.ok(Object.values(deps.sourceMap).includes('checkout:checkout-cache'));
    assert.deepEqual([gates.diagrams, gates.warnings], [[], ['Open a member pack to see its gates.']]);
    assert.deepEqual(drawn.portfolio, { files: 3 });
    assert.equal(drawn.errors, 1, 'the portfolio’s RP501; the members have none');
    for (const view of drawn.views) assert.ok(!view.warnings.some((warning) => /^The (pack|portfolio) has/.test(warning)), 'the banner says it');
  });

  it('draws a member’s own views, not the portfolio’s', async () => {
    const drawn = await views(CHECKOUT, ['gantt', 'gates']);
    assert.equal(drawn.portfolio, undefined);
    assert.doesNotMatch(drawn.views[0].text, /section Platform Engineering/);
    assert.ok(!drawn.views[1].warnings.includes('Open a member pack to see its gates.'));
  });

  it('locates a qualified id in the member’s file, and the portfolio’s own ids in its own', async () => {
    const found = await locate(PORTFOLIO, 'platform:redis-cluster');
    assert.ok(found);
    assert.equal(found.uri, uri(PLATFORM));
    assert.match(readFileSync(join(folder, PLATFORM), 'utf8').split('\n')[found.range.start.line], /^\s*- id: redis-cluster\s*$/);
    assert.equal((await locate(PORTFOLIO, 'checkout:checkout-cache'))?.uri, uri(CHECKOUT));
    assert.equal(await locate(PORTFOLIO, 'platform:no-such-id'), null);
    assert.equal(await locate(PORTFOLIO, 'nowhere:redis-cluster'), null);
  });

  it('locates every click target of the portfolio’s views', async () => {
    const drawn = await views(PORTFOLIO, ['gantt', 'deps']);
    const targets = new Set(drawn.views.flatMap((view) => Object.values(view.sourceMap)));
    for (const target of targets) assert.ok(await locate(PORTFOLIO, target), target);
  });
});
