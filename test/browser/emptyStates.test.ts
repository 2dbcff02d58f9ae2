/**
 * Empty states in every theme: the board's `nothing here yet` card (and its
 * `and N more` card) has the fill of the theme's cards (none: the pane shows
 * through), so a dark pane shows no white card, and its text reads at 4.5:1
 * on what is behind it. Measured in the rendered page with computed colours.
 * Skipped only when Chromium is absent.
 */
import { strict as assert } from 'node:assert';
import { PreviewPage, THEMES, useChromium } from './harness';
import { contrast, luminance, rgb } from './contrast';
import { readPack, updateFor } from './updates';

const INVENTORY = 'examples/platform-inventory.roadmap.yaml';

interface CardColours {
  text: string;
  fill: string;
  /** Fill of a card of an initiative, the theme's own card. */
  plainFill: string;
  page: string;
}

describe('empty states in every theme', function () {
  this.timeout(120_000);
  const chromium = useChromium('the empty-state tests');

  for (const theme of THEMES) {
    it(`${theme}: the board's "nothing here yet" card is themed and readable`, async () => {
      const preview = await PreviewPage.open(chromium.browser, chromium.harness, theme, { width: 900, height: 800 });
      try {
        // One initiative planned, so that the board has a plain card to compare with: the example's are all in progress.
        const update = updateFor(readPack(INVENTORY).replace('status: in-progress', 'status: planned'), { uri: `file:///${INVENTORY}` });
        const result = await preview.draw([{ type: 'select', view: 'board' }, { ...update, version: 2 }], 'board');
        assert.equal(result.type, 'rendered');
        const cards = await preview.value<CardColours[]>(`(() => {
          // What is painted behind a card: its own background, else the first opaque one above it.
          const fillOf = (el) => { for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (!/^rgba\\(.*, 0\\)$|transparent/.test(c)) return c; } return getComputedStyle(document.body).backgroundColor; };
          const plain = document.querySelector('#rp-canvas .rp-board-card.rp-card-planned');
          return [...document.querySelectorAll('#rp-canvas .rp-board-empty')].map((card) => ({
            text: getComputedStyle(card).color,
            fill: fillOf(card),
            plainFill: plain ? fillOf(plain) : '',
            page: getComputedStyle(document.body).backgroundColor,
          }));
        })()`);
        assert.ok(cards.length > 0, 'the inventory board has an empty column');
        for (const card of cards) {
          assert.equal(card.fill, card.plainFill, 'an empty card has the fill of the theme’s cards');
          const ratio = contrast(rgb(card.text), rgb(card.fill));
          assert.ok(ratio >= 4.5, `its text ${card.text} on ${card.fill} reads at ${ratio.toFixed(2)}:1`);
          if (theme !== 'vscode-light') assert.ok(luminance(rgb(card.fill)) < 0.2, `no light card (${card.fill}) in a dark pane (${card.page})`);
        }
      } finally {
        await preview.close();
      }
    });
  }
});
