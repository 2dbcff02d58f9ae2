import { ItemReuse } from '../cache/itemReuse';
import { Memo } from '../cache/memo';
import type { Finding } from '../diagnostic';
import type { Parsed } from '../time';
import type { Edge, Initiative } from './types';

/** Where a list item stands: what validating it reads besides the item (messages name "initiatives item 3"). */
export interface ItemPlace {
  list: string;
  index: number;
}

/** What building an initiative reads besides its item: its place, and the calendar its times are read in. */
export interface InitiativePlace extends ItemPlace {
  fiscalYearStart: number;
}

/** Findings are kept relative to the item's piece (`base`) and moved to where the piece is now. */
export interface Placed<T> {
  base: number;
  value: T;
  findings: Finding[];
}

export interface BuiltInitiative {
  initiative: Initiative;
  edges: Edge[];
}

/** What building the model of one document keeps for its next build (part of CheckCache). */
export class ModelCache {
  readonly validated = new ItemReuse<ItemPlace, Placed<unknown>>();
  readonly initiatives = new ItemReuse<InitiativePlace, Placed<BuiltInitiative>>();
  /** Packs repeat the same time values thousands of times. */
  readonly times = new Memo<Parsed<unknown>>(50_000);
}
