import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkPortfolios, isPortfolioText, portfolioIncludes, type CheckOptions, type PortfolioResult, type PortfolioSource, type SourceFile } from '../pack';
import { PACK_NAME } from './findFiles';
import { posix } from './packLibrary';

/**
 * Checks the portfolios among the packs found (a `*.roadmap.yaml` with
 * `includes`), and those in the folders above a found pack that include it,
 * with the core's checkPortfolios, as the language server does: a member
 * named alone is still checked in its portfolio's context. Each portfolio's
 * members are read from disk whether or not the search found them.
 * Portfolios are taken in path order, so that a pack two of them include
 * belongs to the first on every machine. `texts` holds what the search read.
 */
export function checkFoundPortfolios(texts: ReadonlyMap<string, string | undefined>, optionsFor: (file: string) => Partial<CheckOptions>): PortfolioResult[] {
  const portfolios = new Map<string, string>();
  for (const [file, text] of texts) {
    if (text === undefined) continue;
    if (isPortfolioText(text)) portfolios.set(file, text);
    else for (const [path, above] of portfoliosAbove(file)) portfolios.set(path, above);
  }
  const sources = [...portfolios.keys()].sort().map((file) => portfolioSource(sourceFile(file, portfolios.get(file)!)));
  return sources.length === 0 ? [] : checkPortfolios(sources, { options: optionsFor });
}

/** The portfolios in the pack's folder and the folders above it that include it. */
function portfoliosAbove(pack: string): Map<string, string> {
  const found = new Map<string, string>();
  for (let folder = dirname(pack); ; folder = dirname(folder)) {
    for (const file of packFiles(folder)) {
      const text = readText(file);
      if (text !== undefined && isPortfolioText(text) && portfolioIncludes(posix(file), text)?.some((include) => include.path === posix(pack))) found.set(file, text);
    }
    if (dirname(folder) === folder) return found;
  }
}

function packFiles(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && PACK_NAME.test(entry.name))
      .map((entry) => join(folder, entry.name));
  } catch {
    return [];
  }
}

function portfolioSource(portfolio: SourceFile): PortfolioSource {
  const members = new Map<string, SourceFile | undefined>();
  for (const include of portfolioIncludes(portfolio.path, portfolio.text) ?? []) {
    if (!members.has(include.path)) {
      const text = readText(include.path);
      members.set(include.path, text === undefined ? undefined : sourceFile(include.path, text)); // undefined: RP901 at its `includes` entry
    }
  }
  return { portfolio, members };
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function sourceFile(file: string, text: string): SourceFile {
  return { path: posix(file), uri: pathToFileURL(file).href, text };
}
