/**
 * The dependency graph's compact copy (media/preview/compact.ts): the
 * example's detailed graph, whose text would be under 9 px at fit to width
 * in a 500 px pane, is drawn by group there, with a one-line note whose
 * button draws the detailed graph (and back); in a 900 px pane the detailed
 * graph is drawn, with no note. Copy Mermaid and Export SVG take what is
 * shown; a click on a group drills down to it. Skipped only when Chromium
 * is absent.
 */
import { strict as assert } from 'node:assert';
import { GROUP_PREFIX } from '../../protocol/views';
import { PreviewPage, useChromium } from './harness';
import { Update, readPack, updateFor } from './updates';

const RELIABILITY = 'examples/platform-reliability/platform-reliability.roadmap.yaml';

function depsOf(update: Update) {
  const deps = update.views.find((drawn) => drawn.view === 'deps')!;
  assert.ok(deps.compact, 'the detailed graph carries its compact copy');
  return { deps, compact: deps.compact };
}

/** The text of the drawn graph (its node and edge labels). */
async function nodeTexts(preview: PreviewPage): Promise<string> {
  return preview.svgText();
}

async function copied(preview: PreviewPage): Promise<string> {
  await preview.clearPosted();
  await preview.page.click('#rp-copy');
  const [message] = await preview.posted();
  assert.ok(message?.type === 'copySource', JSON.stringify(message));
  return message.text;
}

async function exported(preview: PreviewPage): Promise<string> {
  await preview.clearPosted();
  await preview.page.click('#rp-export');
  const [message] = await preview.posted();
  assert.ok(message?.type === 'exportSvg', JSON.stringify(message));
  return message.svg;
}

describe('dependency graph: compact copy in a narrow pane', function () {
  this.timeout(60_000);
  const chromium = useChromium('the compact dependency graph tests');
  const update = updateFor(readPack(RELIABILITY), { uri: `file:///${RELIABILITY}` });
  const { deps, compact } = depsOf(update);

  /** A light-theme preview of the given width, showing the example's dependency view, for one describe block. */
  function paneDrawingDeps(width: number): { preview: PreviewPage } {
    const pane = {} as { preview: PreviewPage };
    before(async () => {
      pane.preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width, height: 800 });
      assert.equal((await pane.preview.draw([{ type: 'select', view: 'deps' }, update], 'deps')).type, 'rendered');
    });
    after(async () => pane.preview?.close());
    return pane;
  }

  describe('500 px pane', () => {
    const pane = paneDrawingDeps(500);
    let preview: PreviewPage;
    beforeEach(() => (preview = pane.preview));

    it('draws the graph by group, with a note and a button to the detailed graph', async () => {
      assert.match(await nodeTexts(preview), /2026-Q3/);
      assert.doesNotMatch(await nodeTexts(preview), /Distributed tracing/);
      assert.equal(await preview.visible('#rp-compact'), true);
      assert.match(await preview.text('#rp-compact'), /too small to read/);
      assert.equal(await preview.text('#rp-compact-toggle'), 'Show the detailed graph');
    });

    it('copies and exports what is shown: the compact graph', async () => {
      assert.equal(await copied(preview), compact.text);
      const svg = await exported(preview);
      assert.ok(svg.includes('Decision gates') && !svg.includes('Distributed tracing'));
    });

    it('drills down from a group with a reveal of that group', async () => {
      await preview.clearPosted();
      await preview.page.click('#rp-canvas g.node:has-text("2026-Q3")');
      assert.deepEqual(await preview.posted(), [{ type: 'reveal', id: `${GROUP_PREFIX}2026-Q3`, view: 'deps' }]);
    });

    it('draws the detailed graph on the button, and copies it then', async () => {
      await preview.clearPosted();
      await preview.page.click('#rp-compact-toggle');
      await preview.waitFor((message) => message.type === 'rendered' && message.view === 'deps');
      assert.match(await nodeTexts(preview), /Distributed tracing/);
      assert.equal(await preview.text('#rp-compact-toggle'), 'Show by group');
      assert.equal(await copied(preview), deps.text);
    });
  });

  describe('900 px pane', () => {
    const pane = paneDrawingDeps(900);
    let preview: PreviewPage;
    beforeEach(() => (preview = pane.preview));

    it('draws the detailed graph, readable there, with no note', async () => {
      assert.match(await nodeTexts(preview), /Distributed tracing/);
      assert.equal(await preview.visible('#rp-compact'), false);
      assert.equal(await copied(preview), deps.text);
    });
  });
});
