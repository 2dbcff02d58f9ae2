import type { Edge } from '../model/types';
import { sameEnds } from './edgeDiff';

/**
 * How many edges name each id, for the document's checks: kept from one
 * check to the next and corrected by the edges the edit replaced, instead of
 * counted again over every edge.
 */
export class EdgeTargetCounts {
  private edges: readonly Edge[] = [];
  private readonly counts = new Map<string, number>();

  /** The counts for these edges (read them before the next update). */
  update(edges: readonly Edge[]): ReadonlyMap<string, number> {
    const { head, tail } = sameEnds(this.edges, edges);
    for (let i = head; i < this.edges.length - tail; i++) this.add(this.edges[i].to, -1);
    for (let i = head; i < edges.length - tail; i++) this.add(edges[i].to, 1);
    this.edges = edges;
    return this.counts;
  }

  private add(id: string, by: number): void {
    const count = (this.counts.get(id) ?? 0) + by;
    if (count === 0) this.counts.delete(id);
    else this.counts.set(id, count);
  }
}
