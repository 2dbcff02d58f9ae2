/**
 * Gantt labels that fit nowhere whole (media/preview/ganttLayout.ts,
 * `placeShortened`; svgText.ts, `shortenText`), in a 500 px pane: a
 * 140-character title is shortened at a word boundary with "…", never
 * inside a word, its full text in a `<title>` child (shown on hover, read by
 * screen readers); one long word with no boundary is cut inside it; a short
 * title is left whole, with no `<title>`; every label stays inside the
 * drawing, which keeps the pane's width. Skipped only when Chromium is absent.
 */
import { strict as assert } from 'node:assert';
import { PreviewPage, useChromium } from './harness';
import { Update, mermaidId, updateFor } from './updates';

const LONG = 'Normalize acquired data from every source in one standardized format and provide stable interfaces for the services that read it downstream';
const WORD = 'Supercalifragilisticexpialidociousnessofthewholeingestionpipelinewithoutanyspacesatallinsideit';

const PACK = `pack: 1
title: Long labels
horizon: 2026-Q3..2026-Q4
format: quarterly
teams:
  - { id: core, name: Core, engineers: 5 }
initiatives:
  - { id: long, title: "${LONG}", owner: core, when: 2026-Q3-W3..W9, effort: 4 }
  - { id: word, title: "${WORD}", owner: core, when: 2026-Q3-W4..W10, effort: 4 }
  - { id: short, title: Short one, owner: core, when: 2026-Q4-W1..W4, effort: 2 }
`;

interface Label {
  /** The label as drawn: its text nodes, without its `<title>`. */
  shown: string;
  title: string | undefined;
  left: number;
  right: number;
}

interface Drawing {
  labels: Record<string, Label>;
  svgLeft: number;
  svgRight: number;
  svgWidth: number;
}

async function drawing(preview: PreviewPage, ids: Record<string, string>): Promise<Drawing> {
  return preview.value<Drawing>(`(() => {
    const svg = document.querySelector('#rp-canvas svg');
    const labels = {};
    for (const [name, id] of Object.entries(${JSON.stringify(ids)})) {
      const text = svg.querySelector('[id$="-' + id + '-text"]');
      const shown = [...text.childNodes].filter((node) => node.nodeName !== 'title').map((node) => node.textContent).join('').trim();
      const box = text.getBoundingClientRect();
      labels[name] = { shown, title: text.querySelector('title')?.textContent ?? undefined, left: box.left, right: box.right };
    }
    const box = svg.getBoundingClientRect();
    return { labels, svgLeft: box.left, svgRight: box.right, svgWidth: svg.viewBox.baseVal.width };
  })()`);
}

describe('gantt labels too long for the pane', function () {
  this.timeout(60_000);
  const chromium = useChromium('the gantt label tests');
  let preview: PreviewPage;
  let update: Update;
  let drawn: Drawing;

  before(async () => {
    preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width: 500, height: 700 });
    update = updateFor(PACK);
    const result = await preview.draw([{ type: 'select', view: 'gantt' }, update], 'gantt');
    assert.equal(result.type, 'rendered');
    drawn = await drawing(preview, { long: mermaidId(update, 'gantt', 'long'), word: mermaidId(update, 'gantt', 'word'), short: mermaidId(update, 'gantt', 'short') });
  });
  after(async () => preview?.close());

  it('shortens a 140-character title at a word boundary with "…"', () => {
    const { shown } = drawn.labels.long;
    assert.ok(shown.endsWith('…'), `"${shown}" ends with …`);
    const head = shown.slice(0, -1);
    assert.ok(head.length > 0 && head.length < LONG.length - 20, `"${shown}" is shortened`);
    assert.ok(LONG.startsWith(head), `"${head}" is how the title starts`);
    assert.match(LONG.slice(head.length), /^[\s,;:.]/, `"${head}" ends at a word boundary, not inside a word`);
  });

  it('keeps the full title in a <title> child', () => {
    assert.equal(drawn.labels.long.title, LONG);
    assert.equal(drawn.labels.word.title, WORD);
  });

  it('cuts inside a word only when the title is one word', () => {
    const { shown } = drawn.labels.word;
    assert.ok(shown.endsWith('…') && shown.length > 1 && WORD.startsWith(shown.slice(0, -1)), `"${shown}"`);
  });

  it('leaves a title that fits whole, without a <title>', () => {
    assert.equal(drawn.labels.short.shown, 'Short one');
    assert.equal(drawn.labels.short.title, undefined);
  });

  it('keeps every label inside a drawing no wider than the pane', () => {
    assert.ok(drawn.svgWidth <= 500, `drawing ${drawn.svgWidth} px`);
    for (const [name, label] of Object.entries(drawn.labels)) assert.ok(label.left >= drawn.svgLeft - 1 && label.right <= drawn.svgRight + 1, `${name}: ${label.left}..${label.right} inside ${drawn.svgLeft}..${drawn.svgRight}`);
  });
});
