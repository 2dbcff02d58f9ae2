import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { packageVersion } from './about';
import { runQuality } from './qualityCommand';
import { runRender } from './renderCommand';
import { runReport } from './reportCommand';
import { reportAssets } from '../files/reportRenderer';
import { runScenarios } from './scenariosCommand';
import { runDiff } from './diffCommand';
import { runLevel } from './levelCommand';
import { runForecast } from './forecastCommand';
import { parseCommand, type CheckFlags, type Command } from './args';
import { checkFiles } from './checkFiles';
import { loadConfig } from './config';
import { findFiles } from './findFiles';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { HELP } from './help';
import type { PackReport } from './report';
import { resolveSettings } from './resolveSettings';
import type { CheckSettings } from './settings';
import { failed, summarize, type Summary } from './summary';
import { UsageError } from './usageError';

/** The process as `run` sees it, so that nothing below reads globals. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** The local date (`YYYY-MM-DD`): what `--today` defaults to. */
  today: string;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** Runs one command line and returns the exit status; never throws. */
export function run(argv: readonly string[], io: Io): number {
  try {
    if (argv[0] === 'render') return runRender([...argv.slice(1)], fileIo(io));
    if (argv[0] === 'report') return runReport([...argv.slice(1)], { ...fileIo(io), assets: reportAssets });
    if (argv[0] === 'quality') return runQuality([...argv.slice(1)], fileIo(io));
    if (argv[0] === 'scenarios') return runScenarios([...argv.slice(1)], fileIo(io));
    if (argv[0] === 'diff') return runDiff(argv.slice(1), io);
    if (argv[0] === 'level') return runLevel([...argv.slice(1)], fileIo(io));
    if (argv[0] === 'forecast') return runForecast([...argv.slice(1)], fileIo(io));
    return runCommand(parseCommand(argv), io);
  } catch (error) {
    io.stderr.write(failureLine(error));
    return EXIT_USAGE;
  }
}

function failureLine(error: unknown): string {
  if (error instanceof UsageError) return `roadmap-pack: ${error.message}; see roadmap-pack --help\n`;
  // A bug in the checker, not in the user's input: still one line, but say so.
  const message = error instanceof Error ? error.message : String(error);
  return `roadmap-pack: internal error: ${message} (please report it, with the file being checked)\n`;
}

function runCommand(command: Command, io: Io): number {
  switch (command.kind) {
    case 'help':
      io.stdout.write(HELP);
      return EXIT_OK;
    case 'version':
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT_OK;
    case 'check':
      return check(command.flags, io);
  }
}

/** What the render and quality commands need of the process. */
function fileIo(io: Io) {
  const resolved = (path: string) => (isAbsolute(path) ? path : join(io.cwd, path));
  return { today: io.today, readFile: (path: string) => readFileSync(resolved(path), 'utf8'), exists: (path: string) => existsSync(resolved(path)), writeFile: (path: string, text: string) => writeFileSync(resolved(path), text), stdout: (text: string) => void io.stdout.write(text), stderr: (text: string) => void io.stderr.write(text) };
}

function check(flags: CheckFlags, io: Io): number {
  const settings = resolveSettings(flags, loadConfig(flags.config, io.cwd), io.today);
  const reports = checkFiles(findFiles(settings.paths, io.cwd, settings.ignored), settings, io.cwd);
  const summary = summarize(reports);
  if (reports.length === 0) io.stderr.write('roadmap-pack: no packs (*.roadmap.yaml, *.roadmap.yml) or briefs found\n');
  io.stdout.write(format(settings, reports, summary, io));
  return failed(summary) ? EXIT_ERRORS : EXIT_OK;
}

function format(settings: CheckSettings, reports: PackReport[], summary: Summary, io: Io): string {
  switch (settings.format) {
    case 'json':
      return formatJson(reports, summary);
    case 'sarif':
      return formatSarif(reports, packageVersion(), io.cwd);
    case 'text':
      return formatText(reports, summary, useColour(io));
  }
}

/** Colour only on a terminal, and never when NO_COLOR is set to a non-empty value (https://no-color.org). */
function useColour(io: Io): boolean {
  return io.stdout.isTTY === true && !io.env.NO_COLOR;
}
