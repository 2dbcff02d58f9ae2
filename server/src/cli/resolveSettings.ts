import { relative, sep } from 'node:path';
import { DEFAULT_PARSE_LIMITS } from '../pack';
import type { CheckFlags } from './args';
import { globMatcher } from './glob';
import type { CheckSettings, ConfigSettings } from './settings';

/** Defaults (`today`: the local date), then the config file, then the flags: the nearer the user, the stronger. */
export function resolveSettings(flags: CheckFlags, config: ConfigSettings, today: string): CheckSettings {
  return {
    paths: flags.paths.length > 0 ? flags.paths : ['.'],
    format: flags.format ?? 'text',
    severities: { ...config.severities, ...flags.severities },
    ifHired: flags.ifHired ?? config.ifHired ?? false,
    maxFileSize: flags.maxFileSize ?? config.maxFileSize ?? DEFAULT_PARSE_LIMITS.maxFileSize,
    quiet: flags.quiet,
    ignored: ignoredBy(config.ignore),
    briefSections: config.briefSections,
    today: flags.today ?? today,
    scenario: flags.scenario,
  };
}

/** Paths outside the config file's folder are never ignored: the globs are written relative to it. */
function ignoredBy(ignore: ConfigSettings['ignore']): (absolute: string) => boolean {
  if (!ignore || ignore.patterns.length === 0) return () => false;
  const matches = globMatcher(ignore.patterns);
  return (absolute) => {
    const path = relative(ignore.base, absolute).split(sep).join('/');
    return path !== '' && !path.startsWith('../') && path !== '..' && matches(path);
  };
}
