import { parseArgs } from 'node:util';
import { parseIsoDate, type SeveritySetting } from '../pack';
import { OUTPUT_FORMATS, type OutputFormat } from './settings';
import { parseRuleFlag } from './severity';
import { UsageError } from './usageError';

/** The flags as given; absent ones stay undefined so the config file can fill them. */
export interface CheckFlags {
  paths: string[];
  format?: OutputFormat;
  severities: Record<string, SeveritySetting>;
  ifHired?: boolean;
  maxFileSize?: number;
  quiet: boolean;
  config?: string;
  /** `--today YYYY-MM-DD`: the date out-of-date plans (RP404) are compared with; absent: the local date. */
  today?: string;
  /** `--scenario ID`: check each pack as its scenario ID has it. */
  scenario?: string;
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'check'; flags: CheckFlags };

const OPTIONS = {
  format: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'if-hired': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  config: { type: 'string' },
  today: { type: 'string' },
  scenario: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** Reads the command line; throws UsageError for anything it cannot accept. */
export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals } = parseStrict(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('missing command: use `roadmap-pack check [paths…]`');
  if (command !== 'check') throw new UsageError(`unknown command '${command}'`);
  return { kind: 'check', flags: checkFlags(values, paths) };
}

function parseStrict(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(shortParseError(error));
  }
}

/** Node's parseArgs messages run to several sentences; the first one is the reason. */
function shortParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('. ')[0]!;
  return first.charAt(0).toLowerCase() + first.slice(1);
}

function checkFlags(values: Values, paths: string[]): CheckFlags {
  return {
    paths,
    format: values.format === undefined ? undefined : outputFormat(values.format),
    severities: Object.fromEntries((values.rule ?? []).map(parseRuleFlag)),
    ifHired: values['if-hired'],
    maxFileSize: values['max-file-size'] === undefined ? undefined : byteCount(values['max-file-size'], '--max-file-size'),
    quiet: values.quiet ?? false,
    config: values.config,
    today: values.today === undefined ? undefined : isoDate(values.today),
    scenario: values.scenario,
  };
}

/** A real calendar date written YYYY-MM-DD (`render` and `quality` read `--today` with it too). */
export function isoDate(value: string): string {
  if (parseIsoDate(value) === undefined) throw new UsageError(`--today expects a date written YYYY-MM-DD (got '${value}')`);
  return value;
}

function outputFormat(value: string): OutputFormat {
  const format = OUTPUT_FORMATS.find((candidate) => candidate === value);
  if (!format) throw new UsageError(`unknown format '${value}': use one of ${OUTPUT_FORMATS.join(', ')}`);
  return format;
}

/** A positive whole number of bytes, written as digits only (no units, no exponent). */
export function byteCount(value: string, what: string): number {
  const bytes = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new UsageError(`${what} expects a positive number of bytes (got '${value}')`);
  return bytes;
}
