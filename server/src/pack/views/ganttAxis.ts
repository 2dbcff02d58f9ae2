import { Calendar, EpochDay, WEEKS_PER_QUARTER, firstWeekOfQuarter, formatQuarter, quarterOfWeek, weekDates, weekOfDate } from '../time';

/**
 * The gantt's time axis in the pack's own terms, for the preview to draw
 * (media/preview/ganttAxis.ts): Mermaid's axis can only speak in calendar
 * units (`tickInterval` has no "quarter-week"), so the Mermaid text keeps its
 * month axis for other renderers and the preview replaces it with quarters
 * and quarter-weeks from this.
 */
export interface GanttAxis {
  /** Every quarter the chart touches, in order. */
  quarters: AxisQuarter[];
  /**
   * Tasks whose drawn shapes say where a day falls in the drawing: a bar's
   * left edge is `start` and its right edge `end` (the day after its last); a
   * milestone (`start` = `end`) is centred on `start`. The chart's first and
   * last task: together they span Mermaid's whole time scale.
   */
  anchors: AxisAnchor[];
}

export interface AxisQuarter {
  /** `2026-Q3` */
  name: string;
  /** `Q3` */
  short: string;
  /** `2026`: the (fiscal) year the quarter is named after. */
  year: string;
  /** The first day of each of its 13 weeks. */
  weeks: EpochDay[];
  /** The day after its last (its week 13 may be longer than 7 days). */
  end: EpochDay;
}

export interface AxisAnchor {
  /** The task's Mermaid id (`t3`, `g1`…), as written in the text. */
  id: string;
  start: EpochDay;
  end: EpochDay;
}

/** What the axis reads of a task: its Mermaid id and inclusive dates (no `end` for a milestone). */
export interface AxisTask {
  id: string;
  start: EpochDay;
  end?: EpochDay;
}

/** A chart of more quarters than this (a 20-year plan) keeps Mermaid's own axis. */
export const MAX_AXIS_QUARTERS = 80;

/** The axis of a chart of `tasks` (markers left out), or undefined when there is none to draw. */
export function ganttAxis(tasks: readonly AxisTask[], calendar: Calendar): GanttAxis | undefined {
  if (tasks.length === 0) return undefined;
  const first = tasks.reduce((best, task) => (task.start < best.start ? task : best));
  const last = tasks.reduce((best, task) => (endOf(task) > endOf(best) ? task : best));
  const from = quarterOfWeek(weekOfDate(first.start, calendar));
  const to = quarterOfWeek(weekOfDate(endOf(last) - 1, calendar));
  if (to - from + 1 > MAX_AXIS_QUARTERS) return undefined;
  const quarters: AxisQuarter[] = [];
  for (let quarter = from; quarter <= to; quarter++) quarters.push(axisQuarter(quarter, calendar));
  const anchors = [first, last].map((task) => ({ id: task.id, start: task.start, end: endOf(task) }));
  return { quarters, anchors: anchors[0].id === anchors[1].id ? [anchors[0]] : anchors };
}

/** Where a task ends on the time scale: the day after its last (Mermaid draws with `inclusiveEndDates`), a milestone at its day. */
function endOf(task: AxisTask): EpochDay {
  return task.end === undefined ? task.start : task.end + 1;
}

function axisQuarter(quarter: number, calendar: Calendar): AxisQuarter {
  const firstWeek = firstWeekOfQuarter(quarter);
  const weeks = Array.from({ length: WEEKS_PER_QUARTER }, (_, n) => weekDates(firstWeek + n, calendar).start);
  return { name: formatQuarter(quarter), short: `Q${(quarter % 4) + 1}`, year: String(Math.floor(quarter / 4)), weeks, end: weekDates(firstWeek + WEEKS_PER_QUARTER - 1, calendar).end + 1 };
}
