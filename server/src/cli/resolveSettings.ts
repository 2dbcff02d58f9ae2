import { DEFAULT_PARSE_LIMITS } from '../pack';
import type { CheckFlags } from './args';
import type { CheckSettings, ConfigSettings } from './settings';

/** Defaults, then the config file, then the flags: the nearer the user, the stronger. */
export function resolveSettings(flags: CheckFlags, config: ConfigSettings): CheckSettings {
  return {
    paths: flags.paths.length > 0 ? flags.paths : ['.'],
    format: flags.format ?? 'text',
    severities: { ...config.severities, ...flags.severities },
    ifHired: flags.ifHired ?? config.ifHired ?? false,
    maxFileSize: flags.maxFileSize ?? config.maxFileSize ?? DEFAULT_PARSE_LIMITS.maxFileSize,
    quiet: flags.quiet,
  };
}
