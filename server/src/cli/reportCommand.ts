/**
 * `roadmap-pack report <pack> [-o FILE] [--format html|markdown]`: one
 * document for stakeholders, assembled by the core (`reportDocument`); this
 * command reads the pack, finds the renderer HTML inlines, and writes.
 *
 * Exit status: 0 written (a pack with errors still reports what is valid), 1
 * the pack could not be read or the output not written, or no renderer for
 * HTML, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { REPORT_FORMATS, asPortfolio, checkPack, inContextResult, parseIsoDate, reportDocument, type ReportFormat } from '../pack';
import { portfolioOfFile } from './portfolios';
import { isoDate } from './args';
import { formatOf, onePack } from './onePack';
import { EXIT_OK, EXIT_UNREADABLE, PackCommandIo, optionsBeside, runPackCommand } from './packCommand';
import { readErrorReason } from './readError';

export type ReportIo = PackCommandIo & {
  exists?(path: string): boolean;
  writeFile(path: string, text: string): void;
  /** The HTML renderer and a nonce (files/reportRenderer.ts); undefined when the build has none. */
  assets(): { script: string; nonce: string } | undefined;
};

export const REPORT_HELP = `Usage: roadmap-pack report <pack> [-o FILE] [--format html|markdown] [--today YYYY-MM-DD]

Writes one document for stakeholders: title, audience and decision, the
strategy in brief, goals, the schedule (Gantt), the decision gates, the
dependency graph, capacity, risks, the dependency register, metrics, what the
check found and the quality gate.

  html       one self-contained page (the default): Mermaid inlined (about
             3 MB), a strict Content-Security-Policy, nothing fetched, so it
             opens offline and prints a section a page
  markdown   \`\`\`mermaid fences that GitHub renders, each under Mermaid's
             default 50,000 characters (a larger graph is drawn grouped)

Options:
  -o, --output FILE        write to FILE (default: stdout)
  --format html|markdown   (default: html, or markdown when FILE ends in .md)
  --today YYYY-MM-DD       the day the report is drawn as of (default: today's local date)
  -h, --help               show this help

Exit status: 0 written, 1 the pack could not be read or FILE not written, 2 bad usage.
`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface ReportRequest {
  pack: string;
  format: ReportFormat;
  output?: string;
  today?: string;
}

/** Runs `report` with the arguments after the subcommand; returns the exit status and never throws. */
export function runReport(args: string[], io: ReportIo): number {
  return runPackCommand('report', REPORT_HELP, args, io, parseReportArgs, (request, text) => {
    const today = request.today ?? io.today;
    // The same check as `check`'s and the editor's: `brief:` paths resolve beside the pack.
    const exists = io.exists?.bind(io);
    const optionsFor = (file: string) => optionsBeside(file, { today }, exists);
    const assets = request.format === 'html' ? io.assets() : undefined;
    if (request.format === 'html' && !assets) {
      io.stderr('roadmap-pack report: the HTML renderer (dist/report.js) is missing: run node scripts/build.mjs, or use --format markdown\n');
      return EXIT_UNREADABLE;
    }
    // A member of a portfolio is reported as its portfolio checks it, as `check`, `quality` and the editor do.
    const context = portfolioOfFile(request.pack, text, optionsFor);
    const result = !context ? checkPack(text, optionsFor(request.pack)) : (asPortfolio(context) ?? inContextResult(context.portfolio, context.file));
    const document = reportDocument(result, request.format, { today: parseIsoDate(today), assets });
    return write(request, document, io);
  });
}

function write(request: ReportRequest, document: string, io: ReportIo): number {
  if (request.output === undefined) {
    io.stdout(document);
    return EXIT_OK;
  }
  try {
    io.writeFile(request.output, document);
  } catch (error) {
    io.stderr(`roadmap-pack report: ${request.output}: ${readErrorReason(error)}\n`);
    return EXIT_UNREADABLE;
  }
  return EXIT_OK;
}

/** Reads the arguments; throws for anything it cannot accept. */
export function parseReportArgs(args: readonly string[]): ReportRequest | 'help' {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) return 'help';
  const pack = onePack(positionals, 'report on');
  // Without --format, the output file's extension chooses: .md or .markdown, else HTML.
  const format = formatOf(values.format ?? (values.output && /\.(md|markdown)$/i.test(values.output) ? 'markdown' : 'html'), REPORT_FORMATS);
  return { pack, format, output: values.output, today: values.today === undefined ? undefined : isoDate(values.today) };
}
