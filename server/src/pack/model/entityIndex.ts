import type { Entity } from './types';

/** Past this many replaced entities the overlay is folded into a new map. */
const MOST_REPLACED = 1024;

/**
 * Each id's first initiative, gate, risk or register dependency, and the
 * entities whose id an earlier one already has. Carried from one check of a
 * document to the next: when an edit replaced a few entities and changed no
 * id, the new index is the old map plus a small overlay of the replacements,
 * instead of every entity indexed again. The map under the overlay is never
 * changed, so an older model's index answers as it always did.
 */
export class EntityIndex implements ReadonlyMap<string, Entity> {
  private constructor(
    private readonly base: ReadonlyMap<string, Entity>,
    private readonly replaced: ReadonlyMap<string, Entity>,
    readonly repeated: readonly Entity[],
  ) {}

  static of(lists: readonly (readonly Entity[])[]): EntityIndex {
    const base = new Map<string, Entity>();
    const repeated: Entity[] = [];
    for (const list of lists) {
      for (const entity of list) {
        if (!entity.id) continue;
        if (base.has(entity.id)) repeated.push(entity);
        else base.set(entity.id, entity);
      }
    }
    return new EntityIndex(base, new Map(), repeated);
  }

  /**
   * The index after each `[old, now]` pair's old entity was replaced by the
   * new one, at the same place and with the same id; undefined when a pair
   * changes an id (the caller indexes again).
   */
  patched(replacements: readonly (readonly [Entity, Entity])[]): EntityIndex | undefined {
    if (replacements.some(([old, now]) => old.id !== now.id)) return undefined;
    if (replacements.length === 0) return this;
    const replaced = new Map(this.replaced);
    let repeated = this.repeated;
    for (const [old, now] of replacements) {
      if (!now.id) continue;
      if (this.get(now.id) === old) replaced.set(now.id, now);
      else repeated = repeated.map((entity) => (entity === old ? now : entity));
    }
    return replaced.size > MOST_REPLACED ? new EntityIndex(new Map(this.entries()), new Map(), repeated) : new EntityIndex(this.base, replaced, repeated);
  }

  get size(): number {
    return this.base.size;
  }

  get(id: string): Entity | undefined {
    return this.replaced.get(id) ?? this.base.get(id);
  }

  has(id: string): boolean {
    return this.base.has(id);
  }

  keys(): MapIterator<string> {
    return this.base.keys();
  }

  *values(): MapIterator<Entity> {
    for (const [id, entity] of this.base) yield this.replaced.get(id) ?? entity;
  }

  *entries(): MapIterator<[string, Entity]> {
    for (const [id, entity] of this.base) yield [id, this.replaced.get(id) ?? entity];
  }

  [Symbol.iterator](): MapIterator<[string, Entity]> {
    return this.entries();
  }

  forEach(callback: (entity: Entity, id: string, map: ReadonlyMap<string, Entity>) => void): void {
    for (const [id, entity] of this.entries()) callback(entity, id, this);
  }
}
