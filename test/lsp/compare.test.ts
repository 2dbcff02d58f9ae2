import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens } from 'vscode-languageserver-protocol';
import type { CompareResult, ViewsResult } from '../../protocol/requests';
import { checkPack, diffMarkdown, diffPacks } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';
import { runCli } from '../helpers/runCli';
import { LspClient } from './lspClient';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Roadmap Tests', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

const EXAMPLE = readFileSync(repoPath('examples', 'platform-reliability', 'platform-reliability.roadmap.yaml'), 'utf8');
/** The example with redis-cluster two weeks later, as a planner would commit it. */
const SLIPPED = EXAMPLE.replace('when: 2026-Q4-W3..W8', 'when: 2026-Q4-W5..W10');
const NAME = 'platform-reliability.roadmap.yaml';
/** The briefs are beside the pack in the test's folder, as in the example's. */
const OPTIONS = { fileExists: () => true };

/**
 * `roadmapPacks/compare` on real texts: the worked example against itself
 * with redis-cluster slipped. The report is the core's, the lenses and the
 * preview's Gantt follow the baseline until `roadmapPacks/clearComparison`.
 */
describe('lsp: comparing a pack with a revision', function () {
  this.timeout(60000);
  let folder: string;
  let client: LspClient;
  let uri: string;
  let version = 1;

  const compare = (baseText: string | null, ref = 'HEAD') => client.connection.sendRequest('roadmapPacks/compare', { uri, baseText, ref }) as Promise<CompareResult | null>;
  const clear = () => client.connection.sendRequest('roadmapPacks/clearComparison', { uri }) as Promise<boolean | null>;
  const lenses = () => client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }) as Promise<CodeLens[]>;
  const moveLenses = async () => (await lenses()).map((lens) => lens.command?.title ?? '').filter((title) => / since /.test(title));
  const gantt = async () => (await client.connection.sendRequest('roadmapPacks/views', { uri, views: ['gantt'] })) as ViewsResult;
  const edit = async (text: string) => {
    await client.change(uri, ++version, text);
    await client.diagnostics(uri, (published) => published.version === version);
  };

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-compare-'));
    // With its briefs, so that both sides are checked as the example is (a missing brief is an error).
    cpSync(repoPath('examples', 'platform-reliability'), folder, { recursive: true });
    const path = join(folder, NAME);
    // A real repository, so the CLI's `diff --base HEAD` reads the same baseline the editor sends.
    writeFileSync(path, EXAMPLE);
    git(folder, 'init', '-q');
    git(folder, 'add', '.');
    git(folder, 'commit', '-qm', 'The plan');
    writeFileSync(path, SLIPPED);
    uri = pathToFileURL(path).toString();
    client = new LspClient();
    await client.initialize(folder);
    await client.open(uri, SLIPPED);
    await client.diagnostics(uri);
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  afterEach(async () => {
    await clear();
    if (version > 1) await edit(SLIPPED);
  });

  it("answers the core's Markdown report of the change, which names the slip", async () => {
    const result = await compare(EXAMPLE);
    assert.ok(result);
    const [before, after] = [checkPack(EXAMPLE, OPTIONS), checkPack(SLIPPED, OPTIONS)];
    const checks = new Map([[NAME, { before, after }]]);
    const expected = diffMarkdown({ packs: [diffPacks(before, after, NAME)] }, { checks, title: 'Roadmap changes since HEAD' });
    assert.equal(result.markdown, expected);
    assert.match(result.markdown, /redis-cluster/);
  });

  it('answers what `roadmap-pack diff --base HEAD --format markdown` prints in the repository, byte for byte', async () => {
    const cli = runCli(['diff', '--base', 'HEAD', '--format', 'markdown', NAME], folder);
    assert.equal(cli.status, 0, cli.stderr);
    assert.equal((await compare(EXAMPLE))!.markdown, cli.stdout);
    const nested = (await client.connection.sendRequest('roadmapPacks/compare', { uri, baseText: EXAMPLE, ref: 'HEAD', path: `plans/${NAME}` })) as CompareResult;
    assert.match(nested.markdown, /^### plans\/platform-reliability\.roadmap\.yaml$/m, 'the path the client names heads the pack');
  });

  it('puts "slipped 2 w since HEAD" on the moved initiative only, follows an edit, and drops it when cleared', async () => {
    assert.deepEqual(await moveLenses(), [], 'no comparison yet');
    await compare(EXAMPLE);
    const moved = (await lenses()).filter((lens) => lens.command?.title.includes(' since '));
    assert.deepEqual(moved.map((lens) => lens.command!.title), ['slipped 2 w since HEAD']);
    assert.equal(moved[0].range.start.line, SLIPPED.slice(0, SLIPPED.indexOf('id: redis-cluster')).split('\n').length - 1, 'on the line of its id');
    assert.deepEqual(moved[0].command!.arguments, [uri, 'HEAD'], 'a click opens the report again');
    await edit(EXAMPLE.replace('when: 2026-Q4-W3..W8', 'when: 2026-Q4-W2..W7'));
    assert.deepEqual(await moveLenses(), ['pulled in 1 w since HEAD']);
    assert.equal(await clear(), true);
    assert.deepEqual(await moveLenses(), []);
    assert.equal(await clear(), false, 'nothing left to clear');
  });

  it('names the revision in the views while compared, and not after', async () => {
    assert.equal((await gantt()).comparedWith, undefined);
    await compare(EXAMPLE, 'main');
    assert.equal((await gantt()).comparedWith, 'main');
    await clear();
    assert.equal((await gantt()).comparedWith, undefined);
  });

  it('reports every initiative as added when the revision has no such file, with no move lens', async () => {
    const result = await compare(null, 'v1.0');
    assert.ok(result);
    const after = checkPack(SLIPPED, OPTIONS);
    const expected = diffMarkdown({ packs: [diffPacks(undefined, after, NAME)] }, { checks: new Map([[NAME, { after }]]), title: 'Roadmap changes since v1.0' });
    assert.equal(result.markdown, expected);
    assert.deepEqual(await moveLenses(), []);
  });

  it('answers null for a pack it does not know, and InvalidParams without a ref', async () => {
    assert.equal(await client.connection.sendRequest('roadmapPacks/compare', { uri: pathToFileURL(join(folder, 'none.roadmap.yaml')).toString(), baseText: EXAMPLE, ref: 'HEAD' }), null);
    await assert.rejects(client.connection.sendRequest('roadmapPacks/compare', { uri, baseText: EXAMPLE }), /Invalid params for roadmapPacks\/compare: ref/);
    await assert.rejects(client.connection.sendRequest('roadmapPacks/compare', { uri, baseText: 3, ref: 'HEAD' }), /baseText/);
  });

  it('compares a broken old text without failing: its errors are the resolved side', async () => {
    const result = await compare('pack: 1\ntitle: [unclosed\n');
    assert.ok(result);
    assert.ok(result.markdown.length > 0);
    assert.equal(client.alive, true);
  });
});
