import type { Severity } from './diagnostic';
import { DEFAULT_PARSE_LIMITS, ParseLimits } from './parse/parsePack';
import type { MemberContext } from './portfolio/memberContext';

export type SeveritySetting = Severity | 'off';

/** Everything a host (CLI, language server, tests) may set for a check. */
export interface CheckOptions {
  /** Severity per rule code or name; `off` drops the rule's findings. */
  severities: Record<string, SeveritySetting>;
  limits: ParseLimits;
  /** Count hires marked `confirmed: false` ("if hired" figures). */
  ifHired: boolean;
  /** Overrides the pack's `capacity.warn_at` when the pack sets none. */
  defaultWarnAt?: number;
  /** Whether a file named by the pack exists (path relative to the pack); absent: not checked. */
  fileExists?: (relativePath: string) => boolean;
  /** Today's date (`YYYY-MM-DD`), for plans past their end (RP404); absent: not checked. The core reads no clock. */
  today?: string;
  /** The portfolio the pack is checked in (portfolio/memberContext.ts); absent: the pack is checked alone. */
  portfolio?: MemberContext;
}

export const DEFAULT_OPTIONS: Readonly<CheckOptions> = {
  severities: {},
  limits: DEFAULT_PARSE_LIMITS,
  ifHired: false,
};

export function withDefaults(options: Partial<CheckOptions> = {}): CheckOptions {
  return { ...DEFAULT_OPTIONS, ...options, limits: { ...DEFAULT_PARSE_LIMITS, ...options.limits } };
}
