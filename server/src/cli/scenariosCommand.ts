/**
 * `roadmap-pack scenarios <pack> [--format text|markdown|json]`: the baseline
 * and every scenario of the pack side by side (errors, warnings, each team's
 * peak quarter and week). run.ts routes `scenarios` here with the arguments
 * after it; everything it touches comes through `io`, so tests call it directly.
 *
 * Exit status: 0 compared (whatever the plans hold: the table is a report),
 * 1 the pack could not be read, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { checkPack, compareScenarios, comparisonMarkdown, comparisonText, DEFAULT_FORECAST_RUNS, DEFAULT_FORECAST_SEED } from '../pack';
import { isoDate } from './args';
import { formatOf, onePack } from './onePack';
import { EXIT_OK, PackCommandIo, optionsBeside, runPackCommand } from './packCommand';

export type ScenariosIo = PackCommandIo & { exists?(path: string): boolean };

const FORMATS = ['text', 'markdown', 'json'] as const;
type ScenariosFormat = (typeof FORMATS)[number];

export const SCENARIOS_HELP = `Usage: roadmap-pack scenarios <pack> [--format text|markdown|json] [options]

Checks the pack as it is (the baseline) and under each of its \`scenarios:\`,
and prints them side by side: errors, warnings, each team's most loaded
quarter and week (load against capacity, as the capacity view draws it) and
each gate's P80 (the week it is decided by in 80% of runs: \`roadmap-pack
forecast\` with its default runs and seed).
Each scenario is checked as \`roadmap-pack check --scenario ID\` checks it.

Options:
  --format text|markdown|json   output format (default: text)
  --today YYYY-MM-DD            the date out-of-date plans (RP404) are compared with
                                (default: today's local date), as in \`check\`
  --if-hired                    count hires marked \`confirmed: false\` in capacity
  -h, --help                    show this help

Exit status: 0 compared (whatever the plans hold), 1 the pack could not be read
(missing or unreadable), 2 bad usage.
`;

const OPTIONS = {
  format: { type: 'string' },
  today: { type: 'string' },
  'if-hired': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface ScenariosRequest {
  pack: string;
  format: ScenariosFormat;
  today?: string;
  ifHired: boolean;
}

/** Runs `scenarios` with the arguments after the subcommand; returns the exit status and never throws. */
export function runScenarios(args: string[], io: ScenariosIo): number {
  return runPackCommand('scenarios', SCENARIOS_HELP, args, io, parseScenariosArgs, (request, text) => {
    const exists = io.exists?.bind(io);
    const options = optionsBeside(request.pack, { today: request.today ?? io.today, ifHired: request.ifHired }, exists);
    const baseline = checkPack(text, options);
    const plans = compareScenarios(baseline, options, { runs: DEFAULT_FORECAST_RUNS, seed: DEFAULT_FORECAST_SEED });
    if (plans.length === 1) io.stderr(`roadmap-pack scenarios: ${request.pack} has no scenarios (add a \`scenarios:\` list); showing the baseline only\n`);
    const title = baseline.model.title || request.pack;
    io.stdout(request.format === 'json' ? `${JSON.stringify({ title, plans }, null, 2)}\n` : request.format === 'markdown' ? comparisonMarkdown(title, plans) : comparisonText(title, plans));
    return EXIT_OK;
  });
}

/** Reads the arguments; throws for anything it cannot accept. */
export function parseScenariosArgs(args: readonly string[]): ScenariosRequest | 'help' {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) return 'help';
  return { pack: onePack(positionals, 'compare'), format: formatOf(values.format, FORMATS), today: values.today === undefined ? undefined : isoDate(values.today), ifHired: values['if-hired'] ?? false };
}
