import type { PackResult } from '../checkPack';
import type { Initiative } from '../model/types';
import type { CheckOptions } from '../options';
import type { Calendar } from '../time';
import type { Brief } from './types';

/** What the host knows about a brief's surroundings. */
export interface BriefContext {
  /** The checked pack that owns the brief (see ownerPackFor in resolve.ts). */
  pack?: PackResult;
  /** The pack's URI (or path) as the host names it: related information in the pack carries it. */
  packUri?: string;
  /** Every initiative id the host knows, for "did you mean" when no pack defines the brief's. */
  packIds?: string[];
  /** Section titles every brief must have; default DEFAULT_REQUIRED_SECTIONS. */
  requiredSections?: string[];
}

/** What each brief check reads. */
export interface BriefCheck {
  brief: Brief;
  context: BriefContext;
  options: CheckOptions;
  /** The brief's initiative in the pack, when both resolve. */
  initiative: Initiative | undefined;
  calendar: Calendar;
}
