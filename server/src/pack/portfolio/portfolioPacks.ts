import type { Place } from '../capacity/describe';
import type { PackResult } from '../checkPack';
import type { Finding } from '../diagnostic';
import type { Entity, EntityKind } from '../model/types';
import type { Path } from '../parse/nodeLoc';
import { locate } from '../parse/parsePack';
import { qualify, splitQualified } from './qualified';

/** One pack of a portfolio as the checks across packs read it: its include name ('' for the portfolio itself) and its own check. */
export interface PortfolioPack {
  name: string;
  path: string;
  result: PackResult;
}

/** An entity named by a qualified id, with the pack that defines it. */
export interface QualifiedEntity {
  pack: PortfolioPack;
  entity: Entity;
}

/**
 * A finding on one file of the portfolio (by its path). Related places in
 * other files carry that file's path as `uri` until fileDiagnostics.ts names
 * them as the host does.
 */
export interface FileFinding {
  path: string;
  finding: Finding;
}

/**
 * The portfolio as the checks across packs read it: the members' models, as
 * their own checks built them (nothing is parsed again), and the qualified
 * ids they define.
 */
export class PortfolioPacks {
  private readonly byName: ReadonlyMap<string, PortfolioPack>;
  private readonly idsOf = new Map<string, string[]>();

  constructor(
    readonly portfolio: PortfolioPack,
    readonly members: readonly PortfolioPack[],
  ) {
    this.byName = new Map(members.map((member) => [member.name, member]));
  }

  /** The portfolio first, then its members in the order of `includes`. */
  get all(): PortfolioPack[] {
    return [this.portfolio, ...this.members];
  }

  member(name: string): PortfolioPack | undefined {
    return this.byName.get(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  /** The entity a qualified reference `name:id` names, if a member defines it. */
  entity(reference: string): QualifiedEntity | undefined {
    const qualified = splitQualified(reference);
    const pack = qualified && this.byName.get(qualified.name);
    const entity = pack?.result.model.byId.get(qualified!.id);
    return pack && entity ? { pack, entity } : undefined;
  }

  /** Every qualified id of a member's entities of these kinds, for "did you mean" (gathered once per member and kinds). */
  qualifiedIds(pack: PortfolioPack, kinds: ReadonlySet<EntityKind>): string[] {
    const key = `${pack.name}\u0000${[...kinds].join()}`;
    let ids = this.idsOf.get(key);
    if (!ids) this.idsOf.set(key, (ids = [...pack.result.model.byId.values()].filter((entity) => kinds.has(entity.kind)).map((entity) => qualify(pack.name, entity.id))));
    return ids;
  }

  /** How messages across packs name an id of `pack`: qualified, except the portfolio's own. */
  static shown(pack: PortfolioPack, id: string): string {
    return pack.name === '' ? id : qualify(pack.name, id);
  }

  /** A place in a pack's file, `uri` its path (fileDiagnostics.ts drops it where the finding stands in the same file). */
  static place(pack: PortfolioPack, path: Path, part?: 'key' | 'value'): Place {
    return { span: locate(pack.result.parsed, path, part), uri: pack.path };
  }
}
