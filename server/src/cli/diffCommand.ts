/**
 * `roadmap-pack diff OLD NEW` and `roadmap-pack diff --base REF [paths…]`:
 * what a change to a plan does, as text, Markdown (for a pull request or a
 * job summary) or JSON. The core does the comparing (`diffPacks`); this file
 * reads the two sides: two files, or the working tree and a git revision
 * (git.ts).
 *
 * Exit status: 0 compared, 1 a file could not be read or `--fail-on
 * new-errors` found new errors, 2 bad usage (a revision git does not know
 * included), as DIFF_HELP says (test/cli/exitCodes.test.ts holds it to that).
 */
import { parseArgs } from 'node:util';
import { diffMarkdown, diffText, sinceTitle, type PackDiff, type PlanDiff } from '../pack';
import type { Io } from './run';
import { compareSources, type ComparedPack } from './diffSources';
import { baseSources, fileSources, type Source } from './diffSides';
import { loadConfig } from './config';
import { resolveSettings } from './resolveSettings';
import { UsageError } from './usageError';
import { isoDate } from './args';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const DIFF_HELP = `Usage: roadmap-pack diff OLD NEW [options]
       roadmap-pack diff --base REF [paths…] [options]

Says what a change to a plan does: initiatives and gates added, removed, cut
or moved (in weeks: "slips 2 weeks", "pulled in 1 week"), effort, status,
owners and dependencies changed, each team's utilisation per quarter where it
moved by a point or more, findings new and resolved, the critical path when it
changed, and the briefs' sections added or removed. Everything is matched by
id, so a reordered list or a moved comment is no change.

With --base, each pack under the paths (default: the current folder; found as
\`check\` finds them) is compared with its text at git revision REF; packs
added or deleted since REF are reported as such.

Options:
  --base REF                 compare the working tree with git revision REF
                             (HEAD, main, origin/main, a commit)
  --format text|markdown|json
                             output format (default: text). markdown is for a
                             pull-request comment or a job summary: a headline,
                             tables and a gantt with the old positions shown
  --fail-on new-errors       exit 1 when the new side has errors the old did not
  --if-hired                 count hires marked \`confirmed: false\` in capacity
  --config FILE              read settings from FILE instead of ./roadmap-packs.json
  --today YYYY-MM-DD         check both sides as of this date (default: today's
                             local date), as \`check --today\` does
  -h, --help                 show this help

Exit status: 0 compared, 1 a file could not be read (missing or unreadable)
or --fail-on found new errors, 2 bad usage.
A revision git does not know, or a folder outside a git repository with
--base, is bad usage.
`;

const OPTIONS = {
  base: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'if-hired': { type: 'boolean' },
  config: { type: 'string' },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface DiffRequest {
  base?: string;
  paths: string[];
  format: DiffFormat;
  failOnNewErrors: boolean;
  ifHired?: boolean;
  /** `--today`: the date both sides are checked as of; absent, the local date. */
  today?: string;
  config?: string;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

/** Runs `diff` with the arguments after the subcommand; returns the exit status and never throws. */
export function runDiff(args: readonly string[], io: Io): number {
  let request: DiffRequest | 'help';
  try {
    request = parseDiffArgs(args);
    if (request === 'help') {
      io.stdout.write(DIFF_HELP);
      return EXIT_OK;
    }
    return compare(request, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`roadmap-pack diff: ${error.message}; see roadmap-pack diff --help\n`);
    return EXIT_USAGE;
  }
}

function compare(request: DiffRequest, io: Io): number {
  const settings = resolveSettings({ paths: request.paths, severities: {}, ifHired: request.ifHired, quiet: false, config: request.config, today: request.today }, loadConfig(request.config, io.cwd), io.today);
  const sources: Source[] = request.base === undefined ? fileSources(request.paths, io.cwd) : baseSources(request.base, settings.paths, io.cwd, settings.ignored);
  const compared = compareSources(sources, settings);
  for (const problem of compared.unreadable) io.stderr.write(`roadmap-pack diff: ${problem}\n`);
  const diff: PlanDiff = { packs: compared.packs.map((pack) => pack.diff) };
  io.stdout.write(format(diff, compared.packs, request));
  if (compared.unreadable.length > 0) return EXIT_FAILED;
  return request.failOnNewErrors && hasNewErrors(diff) ? EXIT_FAILED : EXIT_OK;
}

function format(diff: PlanDiff, packs: readonly ComparedPack[], request: DiffRequest): string {
  switch (request.format) {
    case 'json':
      return JSON.stringify(diff, null, 2) + '\n';
    case 'markdown': {
      const title = request.base === undefined ? `Roadmap changes: ${request.paths[0]} → ${request.paths[1]}` : sinceTitle(request.base);
      return diffMarkdown(diff, { title, checks: new Map(packs.map((pack) => [pack.diff.path, pack.checks])) });
    }
    case 'text':
      return diffText(diff);
  }
}

export function hasNewErrors(diff: PlanDiff): boolean {
  return diff.packs.some((pack: PackDiff) => pack.findings.added.some((finding) => finding.severity === 'error'));
}

/** Reads the arguments; throws UsageError for anything it cannot accept. */
export function parseDiffArgs(args: readonly string[]): DiffRequest | 'help' {
  const { values, positionals } = parseStrict(args);
  if (values.help) return 'help';
  if (values.base === undefined && positionals.length !== 2) {
    throw new UsageError(positionals.length < 2 ? 'diff needs two packs (OLD NEW), or --base REF' : `diff compares two packs (got ${positionals.length}); for more, use --base REF [paths…]`);
  }
  return {
    base: values.base,
    paths: positionals,
    format: diffFormat(values.format ?? 'text'),
    failOnNewErrors: failOn(values['fail-on']),
    ifHired: values['if-hired'],
    config: values.config,
    today: values.today === undefined ? undefined : isoDate(values.today),
  };
}

function parseStrict(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const first = message.split('. ')[0];
    throw new UsageError(first.charAt(0).toLowerCase() + first.slice(1));
  }
}

function diffFormat(value: string): DiffFormat {
  const found = DIFF_FORMATS.find((candidate) => candidate === value);
  if (!found) throw new UsageError(`unknown format '${value}': use one of ${DIFF_FORMATS.join(', ')}`);
  return found;
}

function failOn(value: string | undefined): boolean {
  if (value === undefined) return false;
  if (value !== 'new-errors') throw new UsageError(`unknown --fail-on '${value}': use new-errors`);
  return true;
}
