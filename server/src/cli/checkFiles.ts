import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkPack, DEFAULT_PARSE_LIMITS, type CheckOptions } from '../pack';
import { displayPath } from './displayPath';
import type { FoundPacks } from './findPacks';
import { readErrorReason } from './readError';
import type { PackReport } from './report';
import type { CheckSettings } from './settings';

/** Checks every found file; files that cannot be read become reports with a reason. */
export function checkFiles(found: FoundPacks, settings: CheckSettings, cwd: string): PackReport[] {
  const checked = found.files.map((file) => ({ path: displayPath(file, cwd), ...checkFile(file, settings) }));
  const unreadable = found.unreadable.map(({ file, reason }) => ({ path: displayPath(file, cwd), diagnostics: [], unreadable: reason }));
  return [...checked, ...unreadable];
}

function checkFile(file: string, settings: CheckSettings): Omit<PackReport, 'path'> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { diagnostics: [], unreadable: readErrorReason(error) };
  }
  const diagnostics = checkPack(text, checkOptions(file, settings)).diagnostics;
  return { diagnostics: settings.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics };
}

function checkOptions(file: string, settings: CheckSettings): Partial<CheckOptions> {
  const folder = dirname(file);
  return {
    severities: settings.severities,
    ifHired: settings.ifHired,
    limits: { ...DEFAULT_PARSE_LIMITS, maxFileSize: settings.maxFileSize },
    // `brief:` paths are written relative to the pack, not to where the CLI runs.
    fileExists: (relativePath) => existsSync(resolve(folder, relativePath)),
  };
}
