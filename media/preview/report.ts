/**
 * The renderer inlined in `roadmap-pack report --format html`: each
 * <pre class="rp-diagram"> holds a view's Mermaid text, escaped; it is read
 * as textContent (never as HTML) and replaced by the SVG the preview's
 * drawing code makes (render.ts: securityLevel strict, the light theme, a
 * gantt's labels laid out). A diagram that fails says so in words.
 */
import { drawDiagrams } from './render';
import type { ViewName } from '../../protocol/views';

/** The page's width for diagrams: about an A4/Letter page at 96 dpi less margins, so print needs little scaling. */
const WIDTH = 1000;

async function drawAll(): Promise<void> {
  for (const source of Array.from(document.querySelectorAll<HTMLElement>('pre.rp-diagram'))) {
    const view = (source.dataset.view ?? 'deps') as ViewName;
    const outcome = await drawDiagrams([source.textContent ?? ''], { theme: 'light', width: WIDTH, view }, () => true);
    if (outcome.kind === 'drawn') source.replaceWith(...outcome.diagrams);
    else source.replaceWith(failure(outcome.kind === 'failed' ? outcome.message : 'stale'));
  }
  document.body.dataset.rendered = 'true';
}

function failure(message: string): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'rp-error';
  paragraph.textContent = `This diagram could not be drawn: ${message}`;
  return paragraph;
}

void drawAll();
