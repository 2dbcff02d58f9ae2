/**
 * Capacity draws a chart per team, and Mermaid takes 25–30 ms a chart
 * whatever its size: ten teams cost 300 ms before anything showed (the
 * render bench). So the charts of the first screen are drawn first (what
 * `rendered` reports), the others stand as placeholders of a chart's size,
 * so the zoom and the scroll bar are right at once, and are drawn after it,
 * one a task: the pane answers meanwhile, and a reader who scrolls finds
 * them drawn. A newer update or view stops the drawing (`isCurrent`).
 */
import { drawDiagram, type Look } from './render';

export const PENDING_CLASS = 'rp-pending';

/** How many of `count` charts the first screen of a pane `paneHeight` px tall shows (each chart about `chartHeight` px). */
export function firstScreen(count: number, paneHeight: number, chartHeight: number): number {
  return Math.min(count, Math.max(1, Math.ceil(paneHeight / chartHeight)));
}

/** Placeholders for `count` charts, each the size of the first drawn one. */
export function placeholders(drawn: readonly HTMLElement[], count: number): HTMLElement[] {
  const svg = drawn[0]?.querySelector('svg');
  return Array.from({ length: count }, () => {
    const placeholder = document.createElement('div');
    placeholder.className = `rp-diagram ${PENDING_CLASS}`;
    if (svg) {
      placeholder.style.width = `${svg.width.baseVal.value}px`;
      placeholder.style.height = `${svg.height.baseVal.value}px`;
    }
    return placeholder;
  });
}

/**
 * Draws the charts of `texts` that `canvas` still has placeholders for (the
 * last ones), each into its placeholder; `drawn` is told of each chart
 * placed. Called again after an interruption, it goes on where it stopped.
 */
export async function drawLater(texts: readonly string[], look: Look, canvas: HTMLElement, isCurrent: () => boolean, drawn: (diagram: HTMLElement) => void): Promise<void> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!isCurrent()) return;
    const pending = canvas.querySelectorAll(`.${PENDING_CLASS}`);
    if (pending.length === 0) return;
    const placeholder = pending[0];
    const index = texts.length - pending.length;
    try {
      const diagram = await drawDiagram(texts[index], look, index);
      if (!isCurrent()) return;
      placeholder.replaceWith(diagram);
      drawn(diagram);
    } catch (error) {
      if (!isCurrent()) return;
      placeholder.classList.remove(PENDING_CLASS);
      placeholder.textContent = `This chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}
