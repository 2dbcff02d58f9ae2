import { CheckCache, MemberResults, checkPortfolios, portfolioIncludes, portfolioSource, type CheckedFile, type CheckOptions, type FileInPortfolio, type Include, type PackDiagnostic, type PortfolioResult } from '../pack';
import type { PackEntry, PackStore } from './packStore';

/** A file's diagnostics in its portfolio's context, for the text they were found in, and the portfolio's check it is part of. */
interface InContext {
  text: string;
  diagnostics: PackDiagnostic[];
  file: CheckedFile;
  portfolio: PortfolioResult;
}

/** A pack of a portfolio as its last check saw it: the portfolio's result and the pack's own file in it. */
export type InPortfolio = FileInPortfolio;

/**
 * The portfolios among the packs the server knows (a pack with `includes`),
 * checked with the core's checkPortfolios as `roadmap-pack check` checks
 * them: each member in its portfolio's context, with a cache of its own for
 * that context (the member's own check, alone, keeps the pack store's). An
 * edit in a portfolio or a member checks every portfolio again, since a pack
 * included by two of them is an error at the second (there are few).
 */
export class Portfolios {
  private readonly caches = new Map<string, CheckCache>();
  private readonly includes = new Map<string, { text: string; includes: Include[] | undefined }>();
  private inContext = new Map<string, InContext>();
  private memo = new MemberResults();

  constructor(
    private readonly packs: PackStore,
    private readonly options: (uri: string) => Partial<CheckOptions>,
  ) {}

  /**
   * Checks the portfolios again when `uri` is one, is included by one, or was
   * (undefined: every portfolio, as after a scan). Returns the URIs whose
   * diagnostics this may have changed: every file of every portfolio, and
   * those that left one.
   */
  update(uri?: string): string[] {
    for (const known of this.includes.keys()) if (!this.packs.get(known)) this.includes.delete(known);
    const portfolios = this.packs
      .all()
      .filter((entry) => this.includesOf(entry) !== undefined)
      .sort((a, b) => (a.uri < b.uri ? -1 : 1));
    const relevant = uri === undefined || this.inContext.has(uri) || portfolios.some((entry) => entry.uri === uri || this.includesOf(entry)!.some((include) => include.path === pathOf(uri)));
    if (!relevant) return [];
    const before = [...this.inContext.keys()];
    this.inContext = this.check(portfolios);
    // A pack no portfolio includes any more holds its portfolio's check: it is checked alone again.
    for (const left of before.filter((uri) => !this.inContext.has(uri))) {
      const entry = this.packs.get(left);
      if (entry) this.packs.recheckAlone(entry);
    }
    return [...new Set([...before, ...this.inContext.keys()])];
  }

  /** New settings, or a file whose existence a check reads (a brief): no member's last check stands. */
  forgetResults(): void {
    this.memo = new MemberResults();
  }

  /** The pack's diagnostics in its portfolio's context, if it is in one and they were found in its current text. */
  diagnostics(entry: PackEntry): PackDiagnostic[] | undefined {
    const held = this.inContext.get(entry.uri);
    return held?.text === entry.text ? held.diagnostics : undefined;
  }

  /**
   * The portfolio the pack belongs to (or is), as last checked, if that check
   * read the pack's current text: what views and navigation across the files read.
   */
  resultOf(entry: PackEntry): InPortfolio | undefined {
    const held = this.inContext.get(entry.uri);
    return held?.text === entry.text ? { portfolio: held.portfolio, file: held.file } : undefined;
  }

  private check(portfolios: readonly PackEntry[]): Map<string, InContext> {
    const byPath = new Map(this.packs.all().map((entry) => [pathOf(entry.uri), entry]));
    const uriOf = (path: string) => byPath.get(path)?.uri ?? path;
    const sources = portfolios.map((entry) => portfolioSource(sourceOf(entry)!, (path) => sourceOf(byPath.get(path)), this.includesOf(entry)));
    const host = { options: (path: string) => this.options(uriOf(path)), memo: this.memo, cache: (path: string) => this.cacheOf(uriOf(path)) };
    const checked = new Map<string, InContext>();
    for (const result of checkPortfolios(sources, host)) {
      for (const file of [result.portfolio, ...result.members]) {
        checked.set(file.uri, { text: file.result.parsed.text, diagnostics: file.diagnostics, file, portfolio: result });
        adopt(byPath.get(file.path), file);
      }
    }
    for (const uri of this.caches.keys()) if (!checked.has(uri)) this.caches.delete(uri);
    return checked;
  }

  /** The pack's includes, undefined when it is not a portfolio; kept per text, since every publish asks of every pack. */
  private includesOf(entry: PackEntry): Include[] | undefined {
    const known = this.includes.get(entry.uri);
    if (known?.text === entry.text) return known.includes;
    const includes = portfolioIncludes(pathOf(entry.uri), entry.text);
    this.includes.set(entry.uri, { text: entry.text, includes });
    return includes;
  }

  private cacheOf(uri: string): CheckCache {
    let cache = this.caches.get(uri);
    if (!cache) this.caches.set(uri, (cache = new CheckCache()));
    return cache;
  }
}

/**
 * The pack's entry takes its check in the portfolio's context, so hover,
 * lenses, hints, views and forecasts read what is published (an owner that
 * names a shared team resolves to it) rather than the pack checked alone. A
 * closed pack not held whole is left so: reading it checks it, alone.
 */
function adopt(entry: PackEntry | undefined, file: CheckedFile): void {
  if (entry?.loaded && entry.text === file.result.parsed.text && entry.result !== file.result) entry.result = file.result;
}

function sourceOf(entry: PackEntry | undefined) {
  return entry && { path: pathOf(entry.uri), uri: entry.uri, text: entry.text };
}

/**
 * The path the core resolves includes on: the URI's path under its scheme
 * and authority, so that `..` stays inside one file system and two roots
 * never meet (`file:///a/p.yaml` → `/file:/a/p.yaml`).
 */
function pathOf(uri: string): string {
  try {
    const url = new URL(uri);
    return `/${url.protocol}${url.host}${decodeURIComponent(url.pathname)}`;
  } catch {
    return uri;
  }
}
