import type { EdgeEnds } from './cycles';
import { sameEnds } from './edgeDiff';

/**
 * How many edges name each id, for the document's checks: kept from one
 * check to the next and corrected by the edges the edit replaced, instead of
 * counted again over every edge.
 */
export class EdgeTargetCounts {
  private groups: readonly (readonly EdgeEnds[])[] = [];
  private readonly counts = new Map<string, number>();

  /** The counts for the edges of these groups (each entity's edges, see cycleInputs); read them before the next update. */
  update(groups: readonly (readonly EdgeEnds[])[]): ReadonlyMap<string, number> {
    const { head, tail } = sameEnds(this.groups, groups);
    for (let i = head; i < this.groups.length - tail; i++) for (const edge of this.groups[i]) this.add(edge.to, -1);
    for (let i = head; i < groups.length - tail; i++) for (const edge of groups[i]) this.add(edge.to, 1);
    this.groups = groups;
    return this.counts;
  }

  private add(id: string, by: number): void {
    const count = (this.counts.get(id) ?? 0) + by;
    if (count === 0) this.counts.delete(id);
    else this.counts.set(id, count);
  }
}
