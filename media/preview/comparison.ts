/**
 * The Gantt of a pack compared with a revision (the server's baseline gantt,
 * server/src/pack/views/baselineGantt.ts): the ghost tasks, where initiatives
 * and gates were, are drawn as outlines, and the bars that moved are edged in
 * the colour of their direction. Mermaid styles them by tags it has for other
 * meanings (done, crit, active); the ids the server lists say which is which,
 * and classes set here restyle them (preview.css) and name them in the legend.
 */
import type { GanttComparison } from '../../protocol/views';

/** The class each list's elements get: a bar's rect and, with `-text`, its label. */
export const COMPARISON_CLASSES = { ghosts: 'rp-ghost', slipped: 'rp-slipped', pulledIn: 'rp-pulled-in' } as const;

/** Checks the marks a message carries before they are trusted. */
export function isGanttComparison(value: unknown): value is GanttComparison {
  if (typeof value !== 'object' || value === null) return false;
  const marks = value as Partial<Record<string, unknown>>;
  const ids = (list: unknown) => Array.isArray(list) && list.every((id) => typeof id === 'string');
  return ids(marks.ghosts) && ids(marks.slipped) && ids(marks.pulledIn);
}

/** Classes on the marked tasks of the drawings (their ids are `<svg id>-<task id>`, the label's that and `-text`). */
export function markComparison(diagrams: readonly HTMLElement[], comparison: GanttComparison | undefined): void {
  if (!comparison) return;
  for (const svg of diagrams.flatMap((diagram) => [...diagram.querySelectorAll('svg')])) {
    for (const list of Object.keys(COMPARISON_CLASSES) as (keyof typeof COMPARISON_CLASSES)[]) {
      const name = COMPARISON_CLASSES[list];
      for (const id of comparison[list]) {
        svg.querySelector(`[id="${CSS.escape(`${svg.id}-${id}`)}"]`)?.classList.add(name);
        svg.querySelector(`[id="${CSS.escape(`${svg.id}-${id}-text`)}"]`)?.classList.add(`${name}-text`);
      }
    }
  }
}

/** Whether an element is one the comparison restyled (the legend then names it by that, not by its Mermaid tag). */
export function isComparisonMark(element: Element): boolean {
  return Object.values(COMPARISON_CLASSES).some((name) => element.classList.contains(name));
}
