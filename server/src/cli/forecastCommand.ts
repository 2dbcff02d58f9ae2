/**
 * `roadmap-pack forecast <pack> [--runs N] [--seed S] [--format text|json]`:
 * dates from effort uncertainty (Monte Carlo), as pack-format.md specifies.
 * run.ts routes `forecast` here with the arguments after it; everything the
 * command touches comes through `io`, so tests call it directly.
 *
 * Exit status: 0 forecast (a pack with errors still forecasts what is valid),
 * 1 the pack could not be read, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { checkPack, checkScenario, DEFAULT_FORECAST_RUNS, DEFAULT_FORECAST_SEED, forecastJson, forecastPack, forecastText } from '../pack';
import { isoDate } from './args';
import { noSuchScenario } from './noSuchScenario';
import { formatOf, onePack } from './onePack';
import { UsageError } from './usageError';
import { EXIT_OK, EXIT_USAGE, PackCommandIo, runPackCommand } from './packCommand';

const FORMATS = ['text', 'json'] as const;
type ForecastFormat = (typeof FORMATS)[number];

/** Far more runs than any percentile needs; it bounds the memory one command takes (4 bytes a run per item). */
export const MAX_RUNS = 1_000_000;

export const FORECAST_HELP = `Usage: roadmap-pack forecast <pack> [--runs N] [--seed S] [--format text|json] [--scenario ID] [--today YYYY-MM-DD]

Forecasts when each initiative ends and each gate is decided, from the
uncertainty of the efforts: every run samples each effort (a triangular
distribution over its range, stretched by its confidence), turns it into weeks
at the planned rate and places the work after what it depends on. Prints each
initiative's and gate's planned week beside P50, P80 and P95 (the week by
which that share of runs has ended), the chance of ending by the planned week,
and the chance that everything ends inside the horizon. The same seed gives
the same forecast.

Options:
  --runs N                 number of runs, 1 to ${MAX_RUNS.toLocaleString('en-US')} (default: ${DEFAULT_FORECAST_RUNS.toLocaleString('en-US')})
  --seed S                 seed of the random numbers, 0 to 4294967295 (default: ${DEFAULT_FORECAST_SEED})
  --format text|json       output format (default: text)
  --scenario ID            forecast the pack as its scenario ID has it (\`scenarios:\`)
  --today YYYY-MM-DD       the date the pack is checked as of, as in \`check\`
                           (the warning about errors); the forecast itself
                           does not read the date
  -h, --help               show this help

Exit status: 0 forecast, 1 the pack could not be read (missing or unreadable), 2 bad usage.
`;

const OPTIONS = {
  runs: { type: 'string' },
  seed: { type: 'string' },
  format: { type: 'string' },
  today: { type: 'string' },
  scenario: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface ForecastRequest {
  pack: string;
  runs: number;
  seed: number;
  format: ForecastFormat;
  today?: string;
  scenario?: string;
}

/** Runs `forecast` with the arguments after the subcommand; returns the exit status and never throws. */
export function runForecast(args: string[], io: PackCommandIo): number {
  return runPackCommand('forecast', FORECAST_HELP, args, io, parseForecastArgs, (request, text) => {
    const written = checkPack(text, { today: request.today ?? io.today });
    const result = request.scenario === undefined ? written : checkScenario(written.model, request.scenario, { today: request.today ?? io.today });
    if (!result) {
      io.stderr(`roadmap-pack forecast: ${noSuchScenario(request.pack, request.scenario!, written.model)}; see roadmap-pack forecast --help\n`);
      return EXIT_USAGE;
    }
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0) io.stderr(`roadmap-pack forecast: warning: ${request.pack} has ${errors} error${errors === 1 ? '' : 's'} (see roadmap-pack check); the forecast covers what could be read\n`);
    const forecast = forecastPack(result.model, { runs: request.runs, seed: request.seed });
    io.stdout(request.format === 'json' ? `${JSON.stringify(forecastJson(forecast), null, 2)}\n` : forecastText(forecast, result.model.title));
    return EXIT_OK;
  });
}

/** Reads the arguments; throws for anything it cannot accept. */
export function parseForecastArgs(args: readonly string[]): ForecastRequest | 'help' {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) return 'help';
  const pack = onePack(positionals, 'forecast');
  const format = formatOf(values.format, FORMATS);
  return {
    pack,
    runs: values.runs === undefined ? DEFAULT_FORECAST_RUNS : whole('--runs', values.runs, 1, MAX_RUNS),
    seed: values.seed === undefined ? DEFAULT_FORECAST_SEED : whole('--seed', values.seed, 0, 0xffffffff),
    format,
    today: values.today === undefined ? undefined : isoDate(values.today),
    scenario: values.scenario,
  };
}

function whole(flag: string, value: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(number >= min && number <= max)) throw new UsageError(`${flag} expects a whole number from ${min} to ${max.toLocaleString('en-US')} (got '${value}')`);
  return number;
}
