import { MERMAID_DEFAULT_MAX_TEXT_SIZE, type RenderedView } from '../views';
import type { ReportBlock } from './types';

/**
 * A view's diagrams as report blocks, each under Mermaid's default
 * maxTextSize (GitHub renders a fence with the defaults). A diagram over it
 * is replaced by the view's grouped drawing when it has one that fits (the
 * dependency graph's `compact`), else by the view drawn aggregated (`grouped`:
 * the gantt's bar per group, the graph by group), else by a sentence saying it
 * was left out, so no fence shows Mermaid's "Maximum text size" placeholder.
 */
export function diagramBlocks(view: string, rendered: RenderedView, grouped: () => RenderedView, limit = MERMAID_DEFAULT_MAX_TEXT_SIZE): ReportBlock[] {
  let aggregated: RenderedView | undefined;
  return rendered.diagrams.map((text, index): ReportBlock => {
    if (text.length <= limit) return { kind: 'diagram', view, text };
    const compact = rendered.compact?.diagrams.find((other) => other.length <= limit);
    if (compact !== undefined) return { kind: 'diagram', view, text: compact };
    aggregated ??= grouped();
    const other = aggregated.diagrams[index] ?? aggregated.diagrams[0];
    if (other !== undefined && other.length <= limit) return { kind: 'diagram', view, text: other };
    return { kind: 'paragraph', text: `This ${view} diagram is ${text.length.toLocaleString('en')} characters, above Mermaid's ${limit.toLocaleString('en')}: it is left out; roadmap-pack render draws it whole.` };
  });
}
