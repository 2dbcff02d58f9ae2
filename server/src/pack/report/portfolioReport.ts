/**
 * The stakeholder report of a portfolio: what it is for, its packs with
 * their verdicts, the views drawn across its packs (the Gantt by pack, the
 * shared teams' capacity stacked by pack, the graph across packs), what the
 * checks across its packs found, and its quality gate, as `quality` gives it.
 * A member's own strategy, gates and registers are in that member's report.
 */
import { type PortfolioQuality, portfolioQuality } from '../generate/portfolioQuality';
import type { PortfolioResult } from '../portfolio/checkPortfolios';
import { type ViewName, renderPortfolioView } from '../views';
import { type ReportOptions, drawnBlocks } from './buildReport';
import { findingsSection } from './findings';
import type { Report, ReportBlock, ReportSection } from './types';

const DIAGRAMS: readonly { id: ViewName; heading: string }[] = [
  { id: 'gantt', heading: 'Schedule, by pack' },
  { id: 'capacity', heading: 'Shared teams' },
  { id: 'deps', heading: 'Dependencies across packs' },
];

export function buildPortfolioReport(portfolio: PortfolioResult, options: ReportOptions = {}): Report {
  const { model } = portfolio.portfolio.result;
  const quality = portfolioQuality(portfolio);
  const sections: ReportSection[] = [
    overview(portfolio, quality),
    ...DIAGRAMS.map(({ id, heading }) => ({ id, heading, blocks: drawnBlocks(id, (aggregateAbove) => renderPortfolioView(portfolio, id, { today: options.today, aggregateAbove })) })),
    findingsSection(portfolio.portfolio.diagnostics),
    {
      id: 'quality',
      heading: 'Quality gate',
      blocks: [
        { kind: 'paragraph', text: `Verdict: ${quality.verdictText}` },
        { kind: 'paragraph', text: 'Each pack is scored on its own, in the portfolio’s context (its own report has its rubric). The portfolio ships when every pack ships and it has no errors of its own.' },
        { kind: 'checklist', items: [{ met: quality.errors === 0, text: quality.errors === 0 ? 'No errors in the portfolio' : `No errors in the portfolio: ${quality.errors} (the shared teams’ capacity, the references across packs)` }] },
      ],
    },
  ];
  return { title: model.title, sections };
}

function overview(portfolio: PortfolioResult, quality: PortfolioQuality): ReportSection {
  const { model } = portfolio.portfolio.result;
  const { audience, decision } = model.input;
  const rows: (readonly [string, string])[] = [];
  if (audience !== undefined) rows.push(['Audience', String(audience)]);
  if (decision !== undefined) rows.push(['Decision', String(decision)]);
  const members = quality.members.map(({ name, title, gate }) => [name, title, gate.verdict, gate.weak.length === 0 ? 'none' : gate.weak.join(', '), String(gate.checks.errors)]);
  const blocks: ReportBlock[] = [
    { kind: 'fields', rows },
    { kind: 'paragraph', text: `A portfolio of ${members.length} pack${members.length === 1 ? '' : 's'}, sharing ${model.teams.length} team${model.teams.length === 1 ? '' : 's'}.` },
    { kind: 'table', head: ['Pack', 'Title', 'Verdict', 'Dimensions below 4', 'Errors'], rows: members },
  ];
  return { id: 'overview', heading: 'Overview', blocks };
}

