import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkDiagnosticsWithForecast, checkMarkdownFile, checkScenario, DEFAULT_PARSE_LIMITS, isMarkdownRelevant, type CheckOptions, type MarkdownOptions, type PackDiagnostic, type PackResult } from '../pack';
import { displayPath } from './displayPath';
import { MARKDOWN_NAME, type FoundFiles, type FoundMarkdown } from './findFiles';
import { PackLibrary, posix } from './packLibrary';
import { checkFoundPortfolios } from './portfolios';
import { readErrorReason } from './readError';
import type { PackReport } from './report';
import type { CheckSettings } from './settings';
import { noSuchScenario } from './noSuchScenario';
import { UsageError } from './usageError';

/**
 * Checks every found file: packs first, so that briefs find them, then the
 * Markdown files with the core's checkMarkdownFile, as the language server
 * does. Files that cannot be read become reports with a reason.
 */
export function checkFiles(found: FoundFiles, settings: CheckSettings, cwd: string): PackReport[] {
  const library = new PackLibrary((file) => checkOptions(file, settings));
  const texts = new Map(found.packs.map((file) => [file, tryRead(file)]));
  const portfolios = portfolioReports(texts, settings, cwd, library);
  const packs = found.packs.flatMap((file) => portfolios.get(posix(file)) ?? [report(file, 'pack', cwd, settings, (text) => packDiagnostics(library.add(file, text), file, cwd, settings), texts.get(file))]);
  const markdown = readMarkdown(found.markdown);
  markdown.forEach((entry) => library.addAncestorsOf(entry.file));
  const host = library.host();
  const briefs = markdown.map(({ file, text }) =>
    report(file, 'markdown', cwd, settings, (read) => checkMarkdownFile({ key: posix(file), onDisk: true, text: read }, host, markdownOptions(file, settings)).diagnostics, text),
  );
  const unreadable = found.unreadable.map(({ file, reason }): PackReport => ({ path: displayPath(file, cwd), kind: MARKDOWN_NAME.test(file) ? 'markdown' : 'pack', diagnostics: [], unreadable: reason }));
  return [...packs, ...briefs, ...unreadable];
}

/**
 * A pack's diagnostics, under `--scenario` as the scenario has it (briefs are
 * still checked against the pack as written). A pack without the scenario is
 * a usage error naming the ones it has: every pack checked must define it.
 */
function packDiagnostics(result: PackResult, file: string, cwd: string, settings: CheckSettings): PackDiagnostic[] {
  // The forecast's findings (RP405) at once: the editor adds the same ones after its first publish.
  const options = checkOptions(file, settings);
  if (settings.scenario === undefined) return checkDiagnosticsWithForecast(result, options);
  const scenario = checkScenario(result.model, settings.scenario, options);
  if (scenario) return checkDiagnosticsWithForecast(scenario, options);
  throw new UsageError(noSuchScenario(displayPath(file, cwd), settings.scenario, result.model));
}

/**
 * The reports of every portfolio among the found packs and of its members,
 * by the path of the found file they stand for: a portfolio's reports are its
 * own then those of its members the search did not find, a found member's is
 * empty (its report is its own, at its place in the list).
 */
function portfolioReports(texts: ReadonlyMap<string, string | undefined>, settings: CheckSettings, cwd: string, library: PackLibrary): Map<string, PackReport[]> {
  const reports = new Map<string, PackReport[]>();
  const results = checkFoundPortfolios(texts, (path) => checkOptions(path, settings));
  if (results.length > 0 && settings.scenario !== undefined) throw new UsageError(`--scenario applies to packs, not portfolios: ${displayPath(results[0].portfolio.path, cwd)} is one`);
  const found = new Set([...texts.keys()].map(posix));
  for (const { portfolio, members } of results) {
    const own = [portfolio, ...members].map((file) => {
      library.addChecked(file.path, file.result);
      const diagnostics = checkDiagnosticsWithForecast({ ...file.result, diagnostics: file.diagnostics }, checkOptions(file.path, settings));
      return { path: displayPath(file.path, cwd), kind: 'pack' as const, diagnostics: settings.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics };
    });
    reports.set(portfolio.path, [own[0], ...members.flatMap((member, index) => (found.has(member.path) ? [] : [own[index + 1]]))]);
    members.forEach((member, index) => found.has(member.path) && reports.set(member.path, [own[index + 1]]));
  }
  return reports;
}

interface ReadMarkdown extends FoundMarkdown {
  /** Undefined when the file could not be read (reported with the reason then). */
  text: string | undefined;
}

/** A Markdown file found in a folder is kept only if the server would check it too. */
function readMarkdown(found: readonly FoundMarkdown[]): ReadMarkdown[] {
  return found.map((entry) => ({ ...entry, text: tryRead(entry.file) })).filter((entry) => entry.named || entry.text === undefined || isMarkdownRelevant(posix(entry.file), entry.text));
}

function report(file: string, kind: PackReport['kind'], cwd: string, settings: CheckSettings, check: (text: string) => PackDiagnostic[], known?: string): PackReport {
  const path = displayPath(file, cwd);
  let text = known;
  try {
    text ??= readFileSync(file, 'utf8');
  } catch (error) {
    return { path, kind, diagnostics: [], unreadable: readErrorReason(error) };
  }
  const diagnostics = check(text);
  return { path, kind, diagnostics: settings.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics };
}

function tryRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function checkOptions(file: string, settings: CheckSettings): Partial<CheckOptions> {
  const folder = dirname(file);
  return {
    severities: settings.severities,
    ifHired: settings.ifHired,
    today: settings.today,
    limits: { ...DEFAULT_PARSE_LIMITS, maxFileSize: settings.maxFileSize },
    // `brief:` paths are written relative to the pack, not to where the CLI runs.
    fileExists: (relativePath) => existsSync(resolve(folder, relativePath)),
  };
}

function markdownOptions(file: string, settings: CheckSettings): MarkdownOptions {
  return { ...checkOptions(file, settings), requiredSections: settings.briefSections };
}

