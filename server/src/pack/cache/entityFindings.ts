import type { Finding } from '../diagnostic';
import { TextChange, movedThrough, unchanged } from '../text/textChange';

/**
 * What one entity's per-entity checks found, and what they read to find it
 * (a key per fact, e.g. `id:queue-throttle`, `teams`), in the offsets of the
 * text of the check that last confirmed them.
 */
export interface EntityResult {
  findings: Finding[];
  reads: readonly string[];
}

/**
 * The findings of the rules' per-entity parts for one document, with an
 * index from each fact read to the entities that read it. A check tells it
 * which facts changed and which entities are new; it answers which entities
 * must be checked again, and everything else keeps its findings, moved
 * through the edit.
 */
export class EntityFindings<Entity extends object> {
  private readonly results = new Map<Entity, EntityResult>();
  private readonly readers = new Map<string, Set<Entity>>();

  get size(): number {
    return this.results.size;
  }

  has(entity: Entity): boolean {
    return this.results.has(entity);
  }

  set(entity: Entity, result: EntityResult): void {
    this.delete(entity);
    this.results.set(entity, result);
    for (const fact of result.reads) {
      let readers = this.readers.get(fact);
      if (!readers) this.readers.set(fact, (readers = new Set()));
      readers.add(entity);
    }
  }

  delete(entity: Entity): void {
    const known = this.results.get(entity);
    if (!known) return;
    this.results.delete(entity);
    for (const fact of known.reads) {
      const readers = this.readers.get(fact);
      readers?.delete(entity);
      if (readers?.size === 0) this.readers.delete(fact);
    }
  }

  /** The entities that read any of the facts. */
  readersOf(facts: Iterable<string>, into: Set<Entity>): void {
    for (const fact of facts) for (const entity of this.readers.get(fact) ?? []) into.add(entity);
  }

  /**
   * Moves every finding through the edit; returns the entities with a finding
   * the edit touched (they must be checked again).
   */
  move(change: TextChange): Entity[] {
    const touched: Entity[] = [];
    if (unchanged(change)) return touched;
    for (const [entity, result] of this.results) {
      if (result.findings.length === 0) continue;
      const moved = movedThrough(result.findings, change);
      if (moved) result.findings = moved;
      else touched.push(entity);
    }
    return touched;
  }

  /** Every finding, in no particular order (diagnostics are sorted by position later). */
  all(): Finding[] {
    const findings: Finding[] = [];
    for (const result of this.results.values()) for (const finding of result.findings) findings.push(finding);
    return findings;
  }
}
