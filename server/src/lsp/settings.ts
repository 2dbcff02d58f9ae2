import type { CheckOptions, SeveritySetting } from '../pack';
import { DEFAULT_PARSE_LIMITS } from '../pack';

/** The `roadmapPacks.*` settings the server reads (see package.json contributes.configuration). */
export interface Settings {
  severity: Record<string, SeveritySetting>;
  capacity: { warnAt: number };
  maxFileSize: number;
  /** Milliseconds to wait after a keystroke before checking (the bench sets 0). */
  debounce: number;
  /** The `##` sections every brief must have; empty: the seed's eight. */
  briefSections: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  severity: {},
  capacity: { warnAt: 85 },
  maxFileSize: DEFAULT_PARSE_LIMITS.maxFileSize,
  debounce: 150,
  briefSections: [],
};

/** Accepts whatever the client sends; anything malformed falls back to the default. */
export function readSettings(raw: unknown): Settings {
  const value = (raw ?? {}) as Partial<Settings>;
  const warnAt = Number(value.capacity?.warnAt);
  return {
    severity: typeof value.severity === 'object' && value.severity !== null ? value.severity : {},
    capacity: { warnAt: Number.isFinite(warnAt) && warnAt > 0 ? warnAt : DEFAULT_SETTINGS.capacity.warnAt },
    maxFileSize: Number.isFinite(Number(value.maxFileSize)) && Number(value.maxFileSize) > 0 ? Number(value.maxFileSize) : DEFAULT_SETTINGS.maxFileSize,
    debounce: Number.isFinite(Number(value.debounce)) && Number(value.debounce) >= 0 ? Number(value.debounce) : DEFAULT_SETTINGS.debounce,
    briefSections: Array.isArray(value.briefSections) ? value.briefSections.filter((name): name is string => typeof name === 'string' && name.trim() !== '') : [],
  };
}

export function toCheckOptions(settings: Settings, fileExists: (relative: string) => boolean): Partial<CheckOptions> {
  return {
    severities: settings.severity,
    limits: { ...DEFAULT_PARSE_LIMITS, maxFileSize: settings.maxFileSize },
    defaultWarnAt: settings.capacity.warnAt / 100,
    fileExists,
  };
}
