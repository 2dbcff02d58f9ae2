/**
 * `roadmap-pack level <pack> [--format text|json] [-o OUT] [--today D]`: the
 * moves that make the schedule fit (pack/level), printed; with `-o`, the pack
 * written again with only the moved `when` values changed. run.ts routes
 * `level` here with the arguments after it.
 *
 * Exit status: 0 levelled (whatever it found), 1 the pack could not be read
 * or OUT not written, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { applyEdits, checkPack, formatSpan, levelPack, moveEdits, peakText, type LevelPlan } from '../pack';
import { isoDate } from './args';
import { formatOf, onePack } from './onePack';
import { readErrorReason } from './readError';
import { EXIT_OK, EXIT_UNREADABLE, PackCommandIo, runPackCommand } from './packCommand';

export type LevelIo = PackCommandIo & { writeFile(path: string, text: string): void };

const FORMATS = ['text', 'json'] as const;
type LevelFormat = (typeof FORMATS)[number];

export const LEVEL_HELP = `Usage: roadmap-pack level <pack> [--format text|json] [-o OUT] [--today YYYY-MM-DD]

Proposes moves that remove every weekly overload (a team's week over 100%),
quarter over capacity and schedule conflict, by moving initiatives later with
the same number of weeks. Never earlier; never work that is done, in progress
or \`fixed: true\`; gates stay. Tier 1 keeps its place before tier 2, then the
earlier planned start. What cannot be placed inside the horizon is reported,
not moved past it. Prints each move and every team's peak weekly utilisation
before -> after.

Options:
  --format text|json     output format (default: text)
  -o, --output OUT       write the levelled pack to OUT: only the moved \`when\`
                         values (and their milestones') change
  --today YYYY-MM-DD     the date the pack is checked as of (default: today's local date)
  -h, --help             show this help

Exit status: 0 levelled (whatever it found), 1 the pack could not be read (missing or
unreadable) or OUT could not be written, 2 bad usage.
`;

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface LevelRequest {
  pack: string;
  format: LevelFormat;
  output?: string;
  today?: string;
}

/** Runs `level` with the arguments after the subcommand; returns the exit status and never throws. */
export function runLevel(args: string[], io: LevelIo): number {
  return runPackCommand('level', LEVEL_HELP, args, io, parseLevelArgs, (request, text) => {
    const result = checkPack(text, { today: request.today ?? io.today });
    const plan = levelPack(result.analysis);
    const errors = result.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'RP501').length;
    if (errors > 0) io.stderr(`roadmap-pack level: warning: ${request.pack} has ${errors} error${errors === 1 ? '' : 's'} besides quarters over capacity (see roadmap-pack check); the moves cover what could be read\n`);
    io.stdout(request.format === 'json' ? `${JSON.stringify(planJson(plan), null, 2)}\n` : planText(plan, result.model.title));
    if (request.output === undefined) return EXIT_OK;
    try {
      io.writeFile(request.output, applyEdits(text, plan.moves.flatMap((move) => moveEdits(result.parsed, result.model, move))));
    } catch (error) {
      io.stderr(`roadmap-pack level: ${request.output}: ${readErrorReason(error)}\n`);
      return EXIT_UNREADABLE;
    }
    return EXIT_OK;
  });
}

/** Spans as the pack writes them; an unbounded peak (work in a week with no capacity) as null. */
function planJson(plan: LevelPlan) {
  return {
    moves: plan.moves.map((move) => ({ id: move.id, from: formatSpan(move.from), to: formatSpan(move.to), weeks: move.weeks, why: move.why })),
    unplaced: plan.unplaced.map((item) => ({ id: item.id, when: formatSpan(item.span), why: item.why })),
    peaks: plan.peaks.map((peak) => ({ id: peak.id, name: peak.name, before: finite(peak.before), after: finite(peak.after) })),
  };
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

export function planText(plan: LevelPlan, title: string): string {
  const lines = [`Levelling ${title || 'the pack'}: ${plan.moves.length === 0 ? 'nothing to move' : `${plan.moves.length} move${plan.moves.length === 1 ? '' : 's'}`}`];
  for (const move of plan.moves) lines.push(`  ${move.id}: ${formatSpan(move.from)} -> ${formatSpan(move.to)} (${move.weeks} week${move.weeks === 1 ? '' : 's'} later): ${move.why}`);
  if (plan.unplaced.length > 0) lines.push('', 'Cannot be placed inside the horizon (left where they are):');
  for (const item of plan.unplaced) lines.push(`  ${item.id} (${formatSpan(item.span)}): ${item.why}`);
  lines.push('', 'Peak weekly utilisation, before -> after:');
  for (const peak of plan.peaks) lines.push(`  ${peak.name}: ${peakText(peak.before)} -> ${peakText(peak.after)}`);
  return `${lines.join('\n')}\n`;
}

/** Reads the arguments; throws for anything it cannot accept. */
export function parseLevelArgs(args: readonly string[]): LevelRequest | 'help' {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) return 'help';
  return { pack: onePack(positionals, 'level'), format: formatOf(values.format, FORMATS), output: values.output, today: values.today === undefined ? undefined : isoDate(values.today) };
}
