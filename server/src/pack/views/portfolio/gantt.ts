import type { PortfolioResult } from '../../portfolio/checkPortfolios';
import { SafeIds } from '../escape';
import { GanttOptions, Section, ganttBody, ganttHeader, packTasks } from '../gantt';
import { RenderedView, single } from '../shared';
import { PackIds } from './packIds';
import { packNameOf, viewedPacks } from './packs';

/**
 * The portfolio's Gantt grouped by pack: a section per pack (its title),
 * holding its bars, milestones and gates as the pack's own Gantt draws them
 * (critical path, status, one bar per group above `aggregateAbove`), on one
 * time axis. `groupBy` orders a pack's bars (by quarter, theme or team)
 * inside its section: the sections are the packs.
 */
export function portfolioGantt(portfolio: PortfolioResult, options: GanttOptions = {}): RenderedView {
  const ids = new SafeIds();
  const warnings: string[] = [];
  const sections: Section[] = [];
  for (const pack of viewedPacks(portfolio)) {
    const own: string[] = [];
    const tasks = packTasks(pack.file.result, { ...options, focus: undefined }, new PackIds(ids, pack.name), own);
    for (const warning of own) warnings.push(`${packNameOf(pack)}: ${warning}`);
    if (tasks.length > 0) sections.push({ name: pack.title, tasks });
  }
  const input = portfolio.portfolio.result;
  const spans = sections.flatMap((section) => section.tasks).map((task) => ({ start: task.start, end: task.end ?? task.start }));
  const body = ganttBody(sections, input, options, ids);
  const text = [...ganttHeader(input, spans, options), ...body.lines].join('\n') + '\n';
  if (sections.length === 0) return { text, diagrams: [], sourceMap: ids.sourceMap, warnings: [...warnings, 'No pack of the portfolio has a dated initiative or gate to draw.'] };
  return { ...single(text, ids.sourceMap, warnings), ...(body.axis ? { axis: body.axis } : {}) };
}
