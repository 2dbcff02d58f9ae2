import { Memo } from '../cache/memo';
import type { Finding } from '../diagnostic';
import type { Parsed } from '../time';
import type { Path } from '../parse/nodeLoc';
import type { EntityIndex } from './entityIndex';
import type { Edge, Entity } from './types';

/** Where a list item stands: what validating it reads besides the item (messages name "initiatives item 3"). */
export interface ItemPlace {
  list: string;
  index: number;
}

/**
 * What building a list item (initiative, gate, risk, register dependency,
 * team) reads besides the item: its place, the calendar its times are read
 * in, and the pack's BAU that a team without its own takes.
 */
export interface EntityPlace extends ItemPlace {
  fiscalYearStart: number;
  defaultBau: number;
}

/** Findings are kept relative to the item's piece (`base`) and moved to where the piece is now. */
export interface Placed<T> {
  base: number;
  value: T;
  findings: Finding[];
}

export interface BuiltEntity {
  entity: unknown;
  /** The dependency edges the item declares. */
  edges: Edge[];
}

/** What one position of a list held at the last build: reused while the parse gives the same item object there. */
export interface ItemState {
  /** The parsed item (parsePack keeps an unchanged piece's value object across edits); undefined: not reusable. */
  value: object | undefined;
  validated: Placed<unknown>;
  /** The validated item as the build reads it (undefined: nothing usable). */
  item?: { data: unknown; path: Path; state?: ItemState };
  /** The entity built from the validated data, with the calendar and default BAU it was built with. */
  built?: { fiscalYearStart: number; defaultBau: number; placed: Placed<BuiltEntity> };
}

/** What building the model of one document keeps for its next build (part of CheckCache). */
export class ModelCache {
  /** Per list, what each position held at the last build. */
  lists = new Map<string, ItemState[]>();
  /** The last build's entity lists and their id index. */
  index?: { lists: readonly (readonly Entity[])[]; byId: EntityIndex };
  /** Packs repeat the same time values thousands of times. */
  readonly times = new Memo<Parsed<unknown>>(50_000);
}
