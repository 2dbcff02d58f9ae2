import { sameData } from '../cache/sameData';
import type { Initiative, PackModel } from '../model/types';
import type { LoadPart } from './loads';

/** One initiative's load on one team, by team position. */
export interface OwnedPart {
  team: number;
  part: LoadPart;
}

/**
 * What reading any initiative's load parts depends on besides the initiative
 * and its position: the estimate, and the teams' ids and names in order
 * (which owner names resolve to which team position).
 */
export interface WorkPlace {
  estimate: PackModel['capacity']['estimate'];
  teams: string;
}

/** Reads one initiative's parts from exactly what the reuse compares. */
export type ReadParts = (initiative: Initiative, index: number, place: WorkPlace) => readonly OwnedPart[];

interface Read {
  place: WorkPlace;
  initiatives: readonly Initiative[];
  owned: (readonly OwnedPart[])[];
  /** The parts on each team position, in initiative order. */
  byTeam: (readonly LoadPart[])[];
}

/**
 * The load parts on each team, kept from the last check. An initiative's parts
 * are read again only when another object stands at its position (the model
 * cache keeps an unchanged item's) or the place changed; a team that none of
 * the changed initiatives loads, before or after, keeps its very list, so
 * comparing its inputs is a pointer test and a keystroke costs one pointer
 * test per initiative.
 */
export class LoadPartsReuse {
  private last: Read | undefined;

  byTeam(initiatives: readonly Initiative[], place: WorkPlace, teamCount: number, read: ReadParts): (readonly LoadPart[])[] {
    const last = this.last;
    const reusable = last && last.initiatives.length === initiatives.length && last.byTeam.length === teamCount && sameData(last.place, place);
    this.last = reusable ? updated(last, initiatives, read) : fresh(initiatives, place, teamCount, read);
    return this.last.byTeam;
  }
}

function fresh(initiatives: readonly Initiative[], place: WorkPlace, teamCount: number, read: ReadParts): Read {
  const owned = initiatives.map((initiative, index) => read(initiative, index, place));
  const byTeam: LoadPart[][] = Array.from({ length: teamCount }, () => []);
  for (const parts of owned) for (const { team, part } of parts) byTeam[team].push(part);
  return { place, initiatives, owned, byTeam };
}

function updated(last: Read, initiatives: readonly Initiative[], read: ReadParts): Read {
  const changed = new Set<number>();
  for (let index = 0; index < initiatives.length; index++) if (initiatives[index] !== last.initiatives[index]) changed.add(index);
  if (changed.size === 0) return { ...last, initiatives };
  const owned = last.owned.slice();
  const dirty = new Set<number>();
  // The changed initiatives' new parts per team, in position order.
  const added = new Map<number, LoadPart[]>();
  for (const index of changed) {
    for (const { team } of owned[index]) dirty.add(team);
    owned[index] = read(initiatives[index], index, last.place);
    for (const { team, part } of owned[index]) {
      dirty.add(team);
      const list = added.get(team);
      if (list) list.push(part);
      else added.set(team, [part]);
    }
  }
  const byTeam = last.byTeam.map((parts, team) => (dirty.has(team) ? spliced(parts, added.get(team) ?? [], changed) : parts));
  return { place: last.place, initiatives, owned, byTeam };
}

/**
 * The team's parts with those of the changed initiatives replaced by the new
 * ones, still in initiative order: one merge, linear in the team's parts.
 */
function spliced(parts: readonly LoadPart[], added: readonly LoadPart[], changed: ReadonlySet<number>): LoadPart[] {
  const result: LoadPart[] = [];
  let next = 0;
  for (const part of parts) {
    if (changed.has(part.initiative)) continue;
    while (next < added.length && added[next].initiative < part.initiative) result.push(added[next++]);
    result.push(part);
  }
  while (next < added.length) result.push(added[next++]);
  return result;
}
