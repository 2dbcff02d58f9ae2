import type { PackAnalysis } from '../analysis';
import { teamLoad, type LoadOf } from '../capacity/loads';
import type { WeekSpan } from '../time';
import type { LevelPeak } from './types';
import type { LevelWork } from './work';

/** Every loaded team's highest weekly utilisation, before (the check's own loads) and after the new spans (the same load analysis on them). */
export function teamPeaks(analysis: PackAnalysis, work: LevelWork, spans: ReadonlyMap<number, WeekSpan>): LevelPeak[] {
  const peaks: LevelPeak[] = [];
  for (const [index, inputs] of work.inputs.entries()) {
    const team = work.model.teams[index];
    const before = analysis.loads.get(team);
    if (!before) continue;
    const parts = inputs.parts.map((part) => (spans.has(part.initiative) ? { ...part, span: spans.get(part.initiative)! } : part));
    peaks.push({ id: team.id, name: team.name, before: peakOf(before), after: peakOf(teamLoad({ ...inputs, parts })) });
  }
  return peaks;
}

/** The highest load ÷ capacity over the weeks with work, or over those of `span` alone. */
export function peakOf(load: LoadOf<unknown>, span?: WeekSpan): number {
  let peak = 0;
  const first = span ? Math.max(0, span.first - load.firstWeek) : 0;
  const last = span ? Math.min(load.load.length - 1, span.last - load.firstWeek) : load.load.length - 1;
  for (let i = first; i <= last; i++) {
    if (load.load[i] <= 0) continue;
    peak = Math.max(peak, load.capacity[i] > 0 ? load.load[i] / load.capacity[i] : Infinity);
  }
  return peak;
}
