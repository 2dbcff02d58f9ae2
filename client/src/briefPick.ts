import type { InitiativeItem } from '../../protocol/requests';

/** A row of the New Initiative Brief picker; `id` is what it stands for (the label may carry an icon). */
export interface BriefPickItem {
  id: string;
  label: string;
  description: string;
  detail: string;
}

/** The brief file an initiative has or would get: its `brief:` link, else `briefs/<id>.md` (paths relative to the pack's folder). */
export function briefPathOf(initiative: InitiativeItem): string {
  return initiative.brief ?? `briefs/${initiative.id}.md`;
}

/**
 * The picker's rows, in the pack's order, those whose brief file exists marked
 * (choosing one opens it rather than writing a new one), and the row to start
 * on: the initiative whose item holds the cursor line, if any.
 */
export function briefPickItems(initiatives: readonly InitiativeItem[], existing: ReadonlySet<string>, cursorLine: number | undefined): { items: BriefPickItem[]; active: BriefPickItem | undefined } {
  const items = initiatives.map((initiative) => {
    const has = existing.has(briefPathOf(initiative));
    const owner = initiative.owner || 'no owner';
    return {
      id: initiative.id,
      label: has ? `$(file-text) ${initiative.id}` : initiative.id,
      description: initiative.title,
      detail: has ? `${owner} · has a brief: ${briefPathOf(initiative)} (opens it)` : `${owner}${initiative.brief ? ` · brief: ${initiative.brief} (not written yet)` : ''}`,
    };
  });
  return { items, active: items[underCursor(initiatives, cursorLine)] };
}

/** The item holding the line; the later one where two touch (an item's range may end where the next begins). */
function underCursor(initiatives: readonly InitiativeItem[], line: number | undefined): number {
  let found = -1;
  initiatives.forEach((initiative, index) => {
    const range = initiative.range;
    if (line !== undefined && range && range.start.line <= line && line <= range.end.line && (found < 0 || range.start.line >= initiatives[found].range!.start.line)) found = index;
  });
  return found;
}
