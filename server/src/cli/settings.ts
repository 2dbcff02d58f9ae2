import type { SeveritySetting } from '../pack';

export type OutputFormat = 'text' | 'json' | 'sarif';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** What one `check` run uses, after defaults, the config file and the flags are merged. */
export interface CheckSettings {
  paths: string[];
  format: OutputFormat;
  severities: Record<string, SeveritySetting>;
  ifHired: boolean;
  maxFileSize: number;
  /** Show error-severity diagnostics only. */
  quiet: boolean;
  /** Folders and files a search passes over, by absolute path (from the config's `ignore`). */
  ignored: (absolute: string) => boolean;
  /** The `##` sections every brief must have; undefined: the seed's eight. */
  briefSections: string[] | undefined;
  /** The date RP404 compares plans with: `--today`, else the local date. */
  today: string;
  /** The scenario every pack is checked under (`--scenario`); undefined: the packs as they are. */
  scenario?: string;
}

/** The settings a config file may hold; each is optional and the flags win over it. */
export interface ConfigSettings {
  severities?: Record<string, SeveritySetting>;
  maxFileSize?: number;
  ifHired?: boolean;
  /** Globs relative to `base`, the config file's folder. */
  ignore?: { base: string; patterns: string[] };
  briefSections?: string[];
}
