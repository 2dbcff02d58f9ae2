import { dirname, join } from 'node:path';
import type { CheckOptions } from '../pack';
import { readErrorReason } from './readError';

/** What a one-pack subcommand (render, quality) touches of the process, so tests call it directly. */
export interface PackCommandIo {
  /** The local date (`YYYY-MM-DD`): what `--today` defaults to. */
  today: string;
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * A pack file's check options: `options`, and its `brief:` paths resolved
 * beside the file when the command can tell what exists, as in the editor
 * and `check` (a missing brief is an error in both).
 */
export function optionsBeside(file: string, options: Partial<CheckOptions>, exists: ((path: string) => boolean) | undefined): Partial<CheckOptions> {
  return exists ? { ...options, fileExists: (relativePath: string) => exists(join(dirname(file), relativePath)) } : options;
}

export const EXIT_OK = 0;
export const EXIT_UNREADABLE = 1;
export const EXIT_USAGE = 2;

/**
 * The shared frame of `render` and `quality`: read the arguments (help, or a
 * one-line usage error with exit 2), read the pack (exit 1 if it cannot be
 * read), then run. Never throws.
 */
export function runPackCommand<R extends { pack: string }>(
  name: string,
  help: string,
  args: readonly string[],
  io: PackCommandIo,
  parse: (args: readonly string[]) => R | 'help',
  run: (request: R, text: string) => number,
): number {
  let request: R | 'help';
  try {
    request = parse(args);
  } catch (error) {
    io.stderr(`roadmap-pack ${name}: ${usageMessage(error)}; see roadmap-pack ${name} --help\n`);
    return EXIT_USAGE;
  }
  if (request === 'help') {
    io.stdout(help);
    return EXIT_OK;
  }
  let text: string;
  try {
    text = io.readFile(request.pack);
  } catch (error) {
    io.stderr(`roadmap-pack ${name}: ${request.pack}: ${readErrorReason(error)}\n`);
    return EXIT_UNREADABLE;
  }
  return run(request, text);
}

/** Node's parseArgs messages run to several sentences; the first one is the reason. */
function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('. ')[0];
  return first.charAt(0).toLowerCase() + first.slice(1);
}
