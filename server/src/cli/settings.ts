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
}

/** The settings a config file may hold; each is optional and the flags win over it. */
export interface ConfigSettings {
  severities?: Record<string, SeveritySetting>;
  maxFileSize?: number;
  ifHired?: boolean;
}
