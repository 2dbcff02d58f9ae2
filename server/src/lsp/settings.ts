import type { CheckOptions, SeveritySetting } from '../pack';
import { DEFAULT_PARSE_LIMITS, parseIsoDate } from '../pack';

/** The `roadmapPacks.*` settings the server reads (see package.json contributes.configuration). */
export interface Settings {
  severity: Record<string, SeveritySetting>;
  capacity: { warnAt: number };
  maxFileSize: number;
  /** Milliseconds to wait after a keystroke before checking (the bench sets 0). */
  debounce: number;
  /** The `##` sections every brief must have; empty: the seed's eight. */
  briefSections: string[];
  /**
   * The date packs are checked (RP404) and drawn (Today lines) as of, `YYYY-MM-DD`.
   * `readSettings` gives the pinned `roadmapPacks.today`, undefined when it is empty;
   * the SettingsLifecycle fills in the local date then, so checks always get one.
   */
  today: string | undefined;
}

export const DEFAULT_SETTINGS: Settings = {
  severity: {},
  capacity: { warnAt: 85 },
  maxFileSize: DEFAULT_PARSE_LIMITS.maxFileSize,
  debounce: 150,
  briefSections: [],
  today: undefined,
};

/** Accepts whatever the client sends; anything malformed falls back to the default, and `warn` hears of a bad date. */
export function readSettings(raw: unknown, warn: (message: string) => void = () => undefined): Settings {
  const value = (raw ?? {}) as Partial<Settings>;
  const warnAt = Number(value.capacity?.warnAt);
  return {
    severity: typeof value.severity === 'object' && value.severity !== null ? value.severity : {},
    capacity: { warnAt: Number.isFinite(warnAt) && warnAt > 0 ? warnAt : DEFAULT_SETTINGS.capacity.warnAt },
    maxFileSize: Number.isFinite(Number(value.maxFileSize)) && Number(value.maxFileSize) > 0 ? Number(value.maxFileSize) : DEFAULT_SETTINGS.maxFileSize,
    debounce: Number.isFinite(Number(value.debounce)) && Number(value.debounce) >= 0 ? Number(value.debounce) : DEFAULT_SETTINGS.debounce,
    briefSections: Array.isArray(value.briefSections) ? value.briefSections.filter((name): name is string => typeof name === 'string' && name.trim() !== '') : [],
    today: pinnedDate(value.today, warn),
  };
}

/** `roadmapPacks.today`: a real date written YYYY-MM-DD, or empty for the real date; anything else is ignored, with a warning. */
function pinnedDate(raw: unknown, warn: (message: string) => void): string | undefined {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (text === undefined || text === null || text === '') return undefined;
  if (typeof text === 'string' && parseIsoDate(text) !== undefined) return text;
  warn(`roadmapPacks.today: ${JSON.stringify(raw)} is not a date written YYYY-MM-DD (such as 2026-12-01); checking as of the real date instead.`);
  return undefined;
}

export function toCheckOptions(settings: Settings, fileExists: (relative: string) => boolean): Partial<CheckOptions> {
  return {
    severities: settings.severity,
    limits: { ...DEFAULT_PARSE_LIMITS, maxFileSize: settings.maxFileSize },
    defaultWarnAt: settings.capacity.warnAt / 100,
    today: settings.today,
    fileExists,
  };
}
