import { dirname, join } from '../briefs/posixPath';
import { ParsedPack, locate, parsePack } from '../parse/parsePack';
import { ID_PATTERN } from '../schema/timePatterns';
import type { Span } from '../text/lineIndex';
import type { PortfolioSource, SourceFile } from './types';

/** One entry of a portfolio's `includes`. */
export interface Include {
  /** The include name, which `name:id` references use. */
  name: string;
  /** The path as written, relative to the portfolio. */
  written: string;
  /** The path the host reads: `written` resolved against the portfolio's folder (POSIX). */
  path: string;
  /** The entry's value (the path), where findings about the include stand. */
  span: Span;
}

/**
 * Whether a text is a portfolio: it has a top-level `includes:` key. A line
 * test, so that a host can tell portfolios from packs among many files
 * without parsing them all (a top-level key starts at the line's first column).
 */
export function isPortfolioText(text: string): boolean {
  return /^includes[ \t]*:/m.test(text);
}

/**
 * The packs a portfolio includes, in the order written, each path resolved
 * against the portfolio's folder with POSIX string operations (the core reads
 * no file: the host reads each `path` and passes the texts to
 * checkPortfolios). Entries whose value is not a string are left to the
 * schema check. Undefined when the text is not a portfolio.
 */
export function portfolioIncludes(portfolioPath: string, text: string): Include[] | undefined {
  return isPortfolioText(text) ? includesOf(parsePack(text), portfolioPath) : undefined;
}

/**
 * The includes of an already parsed portfolio. A name the schema refuses
 * (RP101: `""`, `a b`) includes nothing: `name:id` could not name its pack,
 * and `""` is the portfolio's own name in the checks across packs.
 */
export function includesOf(parsed: ParsedPack, portfolioPath: string): Include[] {
  const includes = parsed.value.includes;
  if (!includes || typeof includes !== 'object' || Array.isArray(includes)) return [];
  const found: Include[] = [];
  for (const [name, written] of Object.entries(includes as Record<string, unknown>)) {
    if (typeof written !== 'string' || written.trim() === '' || !ID_PATTERN.test(name)) continue;
    found.push({ name, written, path: joinRelative(portfolioPath, written.trim()), span: locate(parsed, ['includes', name]) });
  }
  return found;
}

/** `relative` resolved against the folder of the file at `from` (POSIX; an absolute `relative` stands as it is). */
export function joinRelative(from: string, relative: string): string {
  return join(dirname(from), relative);
}

/**
 * A portfolio with the files its includes name, each read once by the host's
 * `read` (undefined: it is not there or cannot be read, RP901 at its entry).
 */
export function portfolioSource(portfolio: SourceFile, read: (path: string) => SourceFile | undefined, includes = portfolioIncludes(portfolio.path, portfolio.text) ?? []): PortfolioSource {
  const members = new Map<string, SourceFile | undefined>();
  for (const include of includes) if (!members.has(include.path)) members.set(include.path, read(include.path));
  return { portfolio, members };
}
