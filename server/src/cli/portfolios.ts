import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkPortfolios, isPortfolioText, portfolioIncludes, portfolioSource, type CheckOptions, type FileInPortfolio, type PortfolioResult, type SourceFile } from '../pack';
import { packNames, posix } from './packLibrary';

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
  const folders = new Map<string, Map<string, string>>();
  for (const [file, text] of texts) {
    if (text === undefined) continue;
    if (isPortfolioText(text)) portfolios.set(file, text);
    else for (const [path, above] of portfoliosAbove(file, folders)) portfolios.set(path, above);
  }
  const read = (path: string) => {
    const text = readText(path);
    return text === undefined ? undefined : sourceFile(path, text);
  };
  const sources = [...portfolios.keys()].sort().map((file) => portfolioSource(sourceFile(file, portfolios.get(file)!), read));
  return sources.length === 0 ? [] : checkPortfolios(sources, { options: optionsFor });
}

/** The portfolios in the pack's folder and the folders above it that include it; `folders` keeps each folder's portfolios for the run. */
function portfoliosAbove(pack: string, folders: Map<string, Map<string, string>>): Map<string, string> {
  const found = new Map<string, string>();
  for (let folder = dirname(pack); ; folder = dirname(folder)) {
    for (const [file, text] of portfoliosIn(folder, folders)) {
      if (portfolioIncludes(posix(file), text)?.some((include) => include.path === posix(pack))) found.set(file, text);
    }
    if (dirname(folder) === folder) return found;
  }
}

function portfoliosIn(folder: string, folders: Map<string, Map<string, string>>): Map<string, string> {
  let portfolios = folders.get(folder);
  if (portfolios) return portfolios;
  portfolios = new Map();
  for (const name of packNames(folder)) {
    const text = readText(join(folder, name));
    if (text !== undefined && isPortfolioText(text)) portfolios.set(join(folder, name), text);
  }
  folders.set(folder, portfolios);
  return portfolios;
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

/**
 * The portfolio `file` is or belongs to (a portfolio in its folder or the
 * folders above that includes it), checked with its members as `check`
 * checks it, and the file's own check in it: what the commands that take one
 * pack (render, quality) read, so they say what `check` and the editor say.
 * Undefined for a pack in no portfolio.
 */
export function portfolioOfFile(file: string, text: string, optionsFor: (file: string) => Partial<CheckOptions>): FileInPortfolio | undefined {
  // Absolute and normalised, as `check` finds files: `checkout.roadmap.yaml` in its own folder has one above it, and `./a//b` is `a/b`.
  const absolute = resolve(file);
  const path = posix(absolute);
  for (const portfolio of checkFoundPortfolios(new Map([[absolute, text]]), optionsFor)) {
    const found = [portfolio.portfolio, ...portfolio.members].find((checked) => checked.path === path);
    if (found) return { portfolio, file: found };
  }
  return undefined;
}
