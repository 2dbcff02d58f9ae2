/**
 * `roadmap-pack render <pack> --view …`: draws one view of a pack as Mermaid
 * source on stdout (the metrics view, a table, as Markdown). main.ts calls `runRender` with the arguments after
 * `render`; everything the command touches comes through `io`, so tests call
 * it directly.
 *
 * Exit status: 0 drawn (warnings, if any, on stderr; a pack with errors still
 * draws everything valid), 1 the pack could not be read, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { asPortfolio, checkPack, inContextResult, mermaidFence, parseIsoDate } from '../pack';
import { GANTT_GROUPS, VIEWS, ViewName, ViewOptions, renderPortfolioView, renderView } from '../pack/views';
import { portfolioOfFile } from './portfolios';
import type { GanttGroupBy } from '../pack/views';
import { onePack } from './onePack';
import { EXIT_OK, PackCommandIo, runPackCommand } from './packCommand';
import { UsageError } from './usageError';

export type RenderIo = PackCommandIo;

export const RENDER_HELP = `Usage: roadmap-pack render <pack> --view gantt|gates|deps|capacity|board|metrics|goals|forecast [options]

Draws one view of a roadmap pack as one Mermaid document on stdout (metrics
and forecast: a Markdown table).

A portfolio (a pack with \`includes\`) is drawn across its packs, checked with
them as \`check\` checks it: gantt a section per pack, capacity each shared
team's load with every pack's share stacked, deps a box per pack and the
dependencies between packs in blue. Its other views are each member's own:
render the member pack instead (a warning says so).

Views:
  gantt      initiatives on a calendar, gates as milestones, critical path marked
  gates      the decision gates in time order, with decisions and outputs
  deps       dependency graph of initiatives, gates and register dependencies
  capacity   planned load against capacity: all teams summed in one chart,
             or one team with --team; --markdown prints a chart per team
  board      now / next / later board, as a Markdown table (a quarterly pack's:
             done / now / next / later as of --today)
  metrics    strategy metrics dashboard, as Markdown (not Mermaid): every pack
             and initiative metric with its baseline and targets by quarter,
             TBD targets marked, and the initiatives that move each metric
  goals      each goal and the initiatives serving it: met, late by N weeks
             (naming the last initiative) or not served, in words; work that
             delivers value told apart from enablers
  forecast   each initiative's and gate's planned week beside P50, P80, P95
             and its chance of being on time, from the forecast the editor
             shows (1,000 runs, seed 1; \`roadmap-pack forecast\` for more),
             as Markdown

Options:
  --view NAME                  the view to draw (required)
  --group-by quarter|theme|team
                               gantt sections (default: quarter)
  --today YYYY-MM-DD           the day the views are drawn as of (default: today's
                               local date): the gantt's Today line, the columns of
                               a quarterly pack's board, and a note when the whole
                               plan ended before it
  --no-today                   gantt: no Today line
  --aggregate-above N          gantt: one bar per group above N initiatives (default 200)
  --team ID                    capacity: only this team (id or name)
  --weekly                     capacity: one bar per week instead of per quarter
  --if-hired                   capacity: count hires marked \`confirmed: false\`
  --markdown                   Markdown instead: each diagram in its own
                               \`\`\`mermaid fenced block (capacity: one per team;
                               metrics is Markdown either way)
  -h, --help                   show this help

Exit status: 0 drawn, 1 the pack could not be read (missing or unreadable), 2 bad usage.
`;

const OPTIONS = {
  view: { type: 'string' },
  'group-by': { type: 'string' },
  today: { type: 'string' },
  'no-today': { type: 'boolean' },
  'aggregate-above': { type: 'string' },
  team: { type: 'string' },
  weekly: { type: 'boolean' },
  'if-hired': { type: 'boolean' },
  markdown: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface RenderRequest {
  pack: string;
  view: ViewName;
  options: ViewOptions;
  ifHired: boolean;
  markdown: boolean;
}

/** Runs `render` with the arguments after the subcommand; returns the exit status and never throws. */
export function runRender(args: string[], io: RenderIo): number {
  return runPackCommand('render', RENDER_HELP, args, io, parseRenderArgs, (request, text) => {
    // The same day as `check`'s RP404 and the editor's preview: the local date unless --today says otherwise.
    const options = { ...request.options, today: request.options.today ?? day(io.today) };
    // A portfolio is drawn across its packs, and a member as its portfolio checks it, from the check `check` makes of them.
    const context = portfolioOfFile(request.pack, text, () => ({ ifHired: request.ifHired }));
    const portfolio = asPortfolio(context);
    const rendered = portfolio ? renderPortfolioView(portfolio, request.view, options) : renderView(context ? inContextResult(context.portfolio, context.file) : checkPack(text, { ifHired: request.ifHired }), request.view, options);
    // The metrics and forecast views are Markdown tables already: they have no diagram to fence.
    io.stdout(request.markdown && rendered.diagrams.length > 0 ? rendered.diagrams.map(mermaidFence).join('\n') : rendered.text);
    for (const warning of rendered.warnings) io.stderr(`roadmap-pack render: warning: ${warning}\n`);
    return EXIT_OK;
  });
}

/** Reads the arguments; throws UsageError (or parseArgs' own error) for anything it cannot accept. */
export function parseRenderArgs(args: readonly string[]): RenderRequest | 'help' {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) return 'help';
  const pack = onePack(positionals, 'render');
  if (values.view === undefined) throw new UsageError(`missing --view: use one of ${VIEWS.join(', ')}`);
  const view = VIEWS.find((name) => name === values.view);
  if (!view) throw new UsageError(`unknown view '${values.view}': use one of ${VIEWS.join(', ')}`);
  onlyFor(view, 'gantt', values, ['group-by', 'no-today', 'aggregate-above']);
  onlyFor(view, 'capacity', values, ['team', 'weekly']);
  const options: ViewOptions = {
    groupBy: values['group-by'] === undefined ? undefined : groupBy(values['group-by']),
    today: values.today === undefined ? undefined : day(values.today),
    todayMarker: values['no-today'] ? false : undefined,
    aggregateAbove: values['aggregate-above'] === undefined ? undefined : count(values['aggregate-above']),
    team: values.team,
    weekly: values.weekly,
  };
  return { pack, view, options, ifHired: values['if-hired'] ?? false, markdown: values.markdown ?? false };
}

function onlyFor(view: ViewName, owner: ViewName, values: Record<string, unknown>, flags: string[]): void {
  const given = flags.find((flag) => values[flag] !== undefined);
  if (given && view !== owner) throw new UsageError(`--${given} applies to the ${owner} view only`);
}

function groupBy(value: string): GanttGroupBy {
  const group = GANTT_GROUPS.find((candidate) => candidate === value);
  if (!group) throw new UsageError(`unknown --group-by '${value}': use one of ${GANTT_GROUPS.join(', ')}`);
  return group;
}

function day(value: string): number {
  const parsed = parseIsoDate(value);
  if (parsed === undefined) throw new UsageError(`--today expects a date such as 2026-07-13 (got '${value}')`);
  return parsed;
}

function count(value: string): number {
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number)) throw new UsageError(`--aggregate-above expects a whole number (got '${value}')`);
  return number;
}
