import { findRule, type SeveritySetting } from '../pack';
import { UsageError } from './usageError';

const SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Parses one `--rule CODE=SEVERITY` value into the rule's canonical code and its setting. */
export function parseRuleFlag(text: string): [string, SeveritySetting] {
  const equals = text.lastIndexOf('=');
  if (equals < 0) throw new UsageError(`--rule expects CODE=SEVERITY, e.g. RP502=off (got '${text}')`);
  return [ruleCode(text.slice(0, equals)), severitySetting(text.slice(equals + 1), text.slice(0, equals))];
}

/**
 * The canonical code of a rule named by code (`RP502`, `rp502`) or name
 * (`quarter-over-threshold`): the core looks severities up by either, so
 * storing one form keeps a flag able to override a config entry written the
 * other way.
 */
export function ruleCode(codeOrName: string): string {
  const rule = findRule(codeOrName.trim());
  if (!rule) throw new UsageError(`unknown rule '${codeOrName}'`);
  return rule.code;
}

export function severitySetting(value: unknown, rule: string): SeveritySetting {
  const setting = SETTINGS.find((candidate) => candidate === value);
  if (!setting) throw new UsageError(`bad severity '${String(value)}' for ${rule}: use one of ${SETTINGS.join(', ')}`);
  return setting;
}

/** Validates a whole severities map (from a config file), keyed by canonical code. */
export function parseSeverities(map: Record<string, unknown>): Record<string, SeveritySetting> {
  return Object.fromEntries(Object.entries(map).map(([rule, value]) => [ruleCode(rule), severitySetting(value, rule)]));
}
