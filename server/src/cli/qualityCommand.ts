/**
 * `roadmap-pack quality <pack> [--format markdown|json]`: the seed's quality
 * gate (six dimensions scored 1–5, verdict Ship or Revise) computed from the
 * pack. run.ts routes `quality` here with the arguments after it; everything
 * the command touches comes through `io`, so tests call it directly.
 *
 * Exit status: 0 scored (whatever the verdict: the gate is a report, not a
 * check), 1 the pack could not be read, 2 bad usage.
 */
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { asPortfolio, checkPack, inContextResult, portfolioQuality, portfolioQualityMarkdown, qualityGate, qualityGateMarkdown, type PortfolioResult } from '../pack';
import { portfolioOfFile } from './portfolios';
import { isoDate } from './args';
import { displayPath } from './displayPath';
import { formatOf, onePack } from './onePack';
import { EXIT_OK, PackCommandIo, optionsBeside, runPackCommand } from './packCommand';

/** `exists` answers whether a path (as the pack's is given) exists: a missing brief is an error, as in the editor. */
export type QualityIo = PackCommandIo & { exists?(path: string): boolean };

const FORMATS = ['markdown', 'json'] as const;
type QualityFormat = (typeof FORMATS)[number];

export const QUALITY_HELP = `Usage: roadmap-pack quality <pack> [--format markdown|json] [--today YYYY-MM-DD]

Scores a roadmap pack on the six dimensions of the Rumelt quality gate
(diagnosis, guiding policy, actionability, alignment, feasibility,
measurability), each 1-5 from four documented criteria, with the findings
behind each score, what the checks found (errors, dependency cycles,
unresolved references, weeks over capacity) and a verdict: Ship when the pack
has no errors and no dimension is below 4, else Revise.

A portfolio (a pack with \`includes\`) lists its member packs, each scored in
the portfolio's context, with its verdict, and is Ship only when every member
ships and the portfolio itself has no errors (a shared team over capacity is one).

Options:
  --format markdown|json   output format (default: markdown)
  --today YYYY-MM-DD       the date out-of-date plans (RP404) are compared with
                           (default: today's local date), as in \`check\`
  -h, --help               show this help

Exit status: 0 scored (whatever the verdict), 1 the pack could not be read (missing or
unreadable), 2 bad usage.
`;

const OPTIONS = {
  format: { type: 'string' },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `quality` with the arguments after the subcommand; returns the exit status and never throws. */
export function runQuality(args: string[], io: QualityIo): number {
  return runPackCommand('quality', QUALITY_HELP, args, io, parseQualityArgs, (request, text) => {
    // The same check as the editor's and `check`'s: `brief:` paths resolve beside the pack.
    const exists = io.exists?.bind(io);
    const optionsFor = (file: string) => optionsBeside(file, { today: request.today ?? io.today }, exists);
    // A portfolio is scored by its members; a member is scored in its portfolio's context, as the editor scores it.
    const context = portfolioOfFile(request.pack, text, optionsFor);
    const portfolio = asPortfolio(context);
    if (portfolio) return portfolioGate(portfolio, request, io);
    const result = context ? inContextResult(context.portfolio, context.file) : checkPack(text, optionsFor(request.pack));
    const gate = qualityGate(result);
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0) io.stderr(`roadmap-pack quality: warning: ${request.pack} has ${errors} error${errors === 1 ? '' : 's'} (see roadmap-pack check); the scores cover what could be read\n`);
    io.stdout(request.format === 'json' ? `${JSON.stringify({ title: result.model.title, ...gate }, null, 2)}\n` : qualityGateMarkdown(gate, result.model.title));
    return EXIT_OK;
  });
}

/** A portfolio's gate: each member's verdict in the portfolio's context, and Ship only when all ship and the portfolio has no error. */
function portfolioGate(portfolio: PortfolioResult, request: { pack: string; format: QualityFormat }, io: QualityIo): number {
  const quality = portfolioQuality(portfolio);
  const title = portfolio.portfolio.result.model.title;
  const errors = quality.errors + quality.members.reduce((sum, member) => sum + member.gate.checks.errors, 0);
  if (errors > 0) io.stderr(`roadmap-pack quality: warning: the portfolio ${request.pack} has ${errors} error${errors === 1 ? '' : 's'} across its files (see roadmap-pack check); the scores cover what could be read\n`);
  // A member's path as the portfolio's `includes` name it: relative to the portfolio's folder.
  const members = quality.members.map(({ name, path, title: packTitle, gate }) => ({ name, path: displayPath(path, dirname(request.pack)), title: packTitle, ...gate }));
  io.stdout(request.format === 'json' ? `${JSON.stringify({ title, portfolio: true, verdict: quality.verdict, verdictText: quality.verdictText, errors: quality.errors, members }, null, 2)}\n` : portfolioQualityMarkdown(quality, title));
  return EXIT_OK;
}

/** Reads the arguments; throws for anything it cannot accept. */
export function parseQualityArgs(args: readonly string[]): { pack: string; format: QualityFormat; today?: string } | 'help' {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) return 'help';
  return { pack: onePack(positionals, 'score'), format: formatOf(values.format, FORMATS), today: values.today === undefined ? undefined : isoDate(values.today) };
}
