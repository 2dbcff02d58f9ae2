import { CheckCache } from '../cache/checkCache';
import { PackResult, checkPack, mergeByPlace, toDiagnostics } from '../checkPack';
import type { Finding, PackDiagnostic, RelatedInfo } from '../diagnostic';
import type { Edge } from '../model/types';
import { LineIndex } from '../text/lineIndex';
import { CheckOptions, withDefaults } from '../options';
import { findSuppressions } from '../suppress/suppressions';
import { crossEdgeChecks } from './crossEdges';
import { crossReferenceFindings } from './crossReferences';
import { Claim, unusedInclude } from './includeFindings';
import { includesOf } from './includes';
import { FileFinding, PortfolioPack, PortfolioPacks } from './portfolioPacks';
import { SharedCapacity, sharedCapacity, sharedCapacityFindings } from './sharedCapacity';
import type { CheckedFile, PortfolioHost, PortfolioSource, SourceFile } from './types';

/** One portfolio checked: the portfolio's file, each member's, and the shared teams' load (for views). */
export interface PortfolioResult {
  portfolio: CheckedFile;
  /** The members in use, in the order of `includes` (not those reported RP901, RP902 or RP903). */
  members: CheckedFile[];
  capacity: SharedCapacity;
  packs: PortfolioPacks;
  /** Every edge of its packs on a dependency cycle, inside one pack or through qualified references (views, the gate). */
  cycleEdges: ReadonlySet<Edge>;
}

/**
 * Checks every portfolio the host knows, and each pack they include once, in
 * its portfolio's context: the one entry point of portfolios for the CLI and
 * the language server, so they cannot disagree. Give the portfolios in a
 * stable order (by path): a pack two of them include belongs to the first,
 * and the second's entry is RP902.
 *
 * Each file is checked by checkPack with the host's cache for it (an edit in
 * one member re-checks that member incrementally), then the checks across
 * packs run over the models those checks built: shared teams' capacity,
 * qualified references, cycles and schedule conflicts through them. Each
 * file's diagnostics are its own check's and the portfolio's findings on it,
 * through the file's severities and suppressions. Never throws on any text.
 */
export function checkPortfolios(sources: readonly PortfolioSource[], host: PortfolioHost): PortfolioResult[] {
  const claims = new Map<string, Claim>();
  return sources.map((source) => checkPortfolio(source, host, claims));
}

function checkPortfolio(source: PortfolioSource, host: PortfolioHost, claims: Map<string, Claim>): PortfolioResult {
  const { portfolio } = source;
  const cacheOf = (path: string) => host.cache?.(path) ?? new CheckCache();
  const own = checkPack(portfolio.text, { ...host.options(portfolio.path), portfolio: { teams: [], isPortfolio: true } }, cacheOf(portfolio.path));
  const findings: FileFinding[] = [];
  const members: { file: SourceFile; name: string }[] = [];
  for (const include of includesOf(own.parsed, portfolio.path)) {
    const file = source.members.get(include.path);
    const unused = unusedInclude(portfolio, include, file, claims.get(include.path));
    if (unused) findings.push({ path: portfolio.path, finding: unused });
    else {
      claims.set(include.path, { portfolio, include });
      members.push({ file: file!, name: include.name });
    }
  }
  const context = { teams: own.model.teams };
  const packs = new PortfolioPacks(
    { name: '', path: portfolio.path, result: own },
    members.map(({ file, name }) => ({ name, path: file.path, result: memberResult(file, own.parsed.text, () => checkPack(file.text, { ...host.options(file.path), portfolio: context }, cacheOf(file.path)), host) })),
  );
  const ifHired = withDefaults(host.options(portfolio.path)).ifHired;
  const capacity = sharedCapacity(packs, ifHired);
  const edges = crossEdgeChecks(packs);
  findings.push(...crossReferenceFindings(packs), ...edges.findings, ...sharedCapacityFindings(packs, capacity, ifHired));
  const uris = new Map([portfolio, ...members.map((member) => member.file)].map((file) => [file.path, file.uri]));
  const lines = new Map(packs.all.map((pack) => [uris.get(pack.path)!, pack.result.lines]));
  const checked = (pack: PortfolioPack) => checkedFile(pack, { uris, lines }, findings, host);
  return { portfolio: checked(packs.portfolio), members: packs.members.map(checked), capacity, packs, cycleEdges: edges.cycleEdges };
}

/** The member's check, or its last one when its text and its portfolio's are as they were. */
function memberResult(file: SourceFile, portfolio: string, check: () => PackResult, host: PortfolioHost): PackResult {
  const held = host.memo?.get(file.path, file.text, portfolio);
  if (held) return held;
  const result = check();
  host.memo?.set(file.path, file.text, portfolio, result);
  return result;
}

/** The portfolio's files: each one's URI by path, and each one's line index by URI. */
interface Files {
  uris: ReadonlyMap<string, string>;
  lines: ReadonlyMap<string, LineIndex>;
}

/** A pack's own diagnostics and the portfolio's findings on its file, related places in other files named by their URIs. */
function checkedFile(pack: PortfolioPack, files: Files, findings: readonly FileFinding[], host: PortfolioHost): CheckedFile {
  const own = findings.filter((each) => each.path === pack.path).map((each) => named(each.finding, pack.path, files.uris));
  const { result } = pack;
  return { path: pack.path, uri: files.uris.get(pack.path) ?? pack.path, name: pack.name, result, diagnostics: withPortfolioFindings(result, own, files, host.options(pack.path)) };
}

/** The pack's own diagnostics with the portfolio's findings on it, through its severities and suppressions. */
function withPortfolioFindings(result: PackResult, own: Finding[], files: Files, options: Partial<CheckOptions>): PackDiagnostic[] {
  // Most members get nothing from the portfolio: their text is not scanned for suppressions again.
  if (own.length === 0) return result.diagnostics;
  const added = toDiagnostics(own, result.lines, withDefaults(options), 'yaml', findSuppressions(result.lines, 'yaml')).map((diagnostic) => rangedElsewhere(diagnostic, files.lines));
  return added.length === 0 ? result.diagnostics : mergeByPlace(result.diagnostics, added);
}

/** toDiagnostics ranges every related place in the finding's own file; those in another file take that file's lines. */
function rangedElsewhere(diagnostic: PackDiagnostic, lines: ReadonlyMap<string, LineIndex>): PackDiagnostic {
  if (!diagnostic.related.some((info) => info.uri !== undefined)) return diagnostic;
  return { ...diagnostic, related: diagnostic.related.map((info) => (info.uri === undefined ? info : { ...info, range: (lines.get(info.uri) ?? new LineIndex('')).rangeOf(info.span) })) };
}

/** Related places carry their file's path: none where it is the finding's own file, else the host's URI for it. */
function named(finding: Finding, path: string, uris: ReadonlyMap<string, string>): Finding {
  if (!finding.related?.some((info) => info.uri !== undefined)) return finding;
  const related = finding.related.map((info): RelatedInfo => {
    if (info.uri === undefined) return info;
    const { uri, ...rest } = info;
    return uri === path ? rest : { ...rest, uri: uris.get(uri) ?? uri };
  });
  return { ...finding, related };
}
