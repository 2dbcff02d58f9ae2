import { UsageError } from './usageError';

/**
 * What every one-pack subcommand (render, quality, forecast, level,
 * scenarios) reads alike from its arguments, with the same messages: the one
 * pack it works on, and its `--format` among its own.
 */

/** The pack path: "missing the pack to <verb>" without one, "one pack at a time" with several. */
export function onePack(positionals: readonly string[], verb: string): string {
  if (positionals.length === 0) throw new UsageError(`missing the pack to ${verb}`);
  if (positionals.length > 1) throw new UsageError(`one pack at a time (got ${positionals.length} paths)`);
  return positionals[0];
}

/** The `--format` asked for, among the command's formats (the first is the default). */
export function formatOf<Format extends string>(asked: string | undefined, formats: readonly [Format, ...Format[]]): Format {
  const format = formats.find((name) => name === (asked ?? formats[0]));
  if (!format) throw new UsageError(`unknown --format '${asked}': use ${spoken(formats)}`);
  return format;
}

/** `a or b`, `a, b or c`. */
function spoken(names: readonly string[]): string {
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
