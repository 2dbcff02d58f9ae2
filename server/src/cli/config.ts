import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { byteCount } from './args';
import type { ConfigSettings } from './settings';
import { parseSeverities } from './severity';
import { UsageError } from './usageError';

/** Read from the current directory when present and no `--config` is given. */
export const DEFAULT_CONFIG_FILE = 'roadmap-packs.json';

// `$schema` is allowed so an editor can validate the file; anything else
// unknown is a usage error, since a misspelt key would otherwise be ignored.
const KNOWN_KEYS = new Set(['$schema', 'severities', 'maxFileSize', 'ifHired', 'ignore', 'briefSections']);

/** The explicit `--config` file, else `roadmap-packs.json` in `cwd`, else nothing. */
export function loadConfig(explicit: string | undefined, cwd: string): ConfigSettings {
  if (explicit !== undefined) return readConfig(resolve(cwd, explicit), explicit);
  const automatic = resolve(cwd, DEFAULT_CONFIG_FILE);
  return existsSync(automatic) ? readConfig(automatic, DEFAULT_CONFIG_FILE) : {};
}

function readConfig(file: string, shown: string): ConfigSettings {
  const json = parseJson(readText(file, shown), shown);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new UsageError(`${shown} must hold a JSON object`);
  return toSettings(json as Record<string, unknown>, shown, dirname(file));
}

function readText(file: string, shown: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read config file ${shown} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${shown} is not valid JSON: ${(error as Error).message}`);
  }
}

function toSettings(json: Record<string, unknown>, shown: string, folder: string): ConfigSettings {
  const unknown = Object.keys(json).find((key) => !KNOWN_KEYS.has(key));
  if (unknown !== undefined) throw new UsageError(`unknown key '${unknown}' in ${shown}: expected severities, maxFileSize, ifHired, ignore or briefSections`);
  const ignore = strings(json.ignore, 'ignore', 'globs', shown);
  return {
    severities: severities(json.severities, shown),
    maxFileSize: maxFileSize(json.maxFileSize, shown),
    ifHired: ifHired(json.ifHired, shown),
    // Globs are relative to the file that holds them, wherever the CLI runs.
    ignore: ignore === undefined ? undefined : { base: folder, patterns: ignore },
    briefSections: strings(json.briefSections, 'briefSections', 'section titles', shown),
  };
}

/** A list of non-empty strings, or undefined when the key is absent. */
function strings(value: unknown, key: string, what: string, shown: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) throw new UsageError(`'${key}' in ${shown} must be a list of ${what}`);
  return value as string[];
}

function severities(value: unknown, shown: string) {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`'severities' in ${shown} must map rule codes to severities`);
  return parseSeverities(value as Record<string, unknown>);
}

function maxFileSize(value: unknown, shown: string) {
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw new UsageError(`'maxFileSize' in ${shown} must be a number of bytes`);
  return byteCount(String(value), `'maxFileSize' in ${shown}`);
}

function ifHired(value: unknown, shown: string) {
  if (value !== undefined && typeof value !== 'boolean') throw new UsageError(`'ifHired' in ${shown} must be true or false`);
  return value;
}
