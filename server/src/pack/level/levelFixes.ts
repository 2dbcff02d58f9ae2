/**
 * The levelling's quick fixes for a weekly overload (RP503) or a schedule
 * conflict (RP401): the single move, from the same placement as
 * `roadmap-pack level` (singleMove.ts), that removes the finding without
 * creating a new one, titled with its effect. Computed when the editor asks
 * for code actions, not with every check: finding it re-checks the pack once
 * per candidate, which the keystroke budget cannot carry (ARCHITECTURE.md).
 * The host passes `recheck`, which checks a text with the pack's own options.
 */
import type { PackResult } from '../checkPack';
import type { Fix, PackDiagnostic } from '../diagnostic';
import type { Initiative, Team } from '../model/types';
import { locate } from '../parse/parsePack';
import { checkEdge, dependentTiming, timingOf } from '../schedule/timing';
import { formatSpan, spansOverlap, type WeekSpan } from '../time';
import { applyEdits, moveEdits } from './moveEdits';
import { peakOf } from './peaks';
import { byPriority } from './priority';
import { singleMove } from './singleMove';
import { peakText } from './peakText';
import type { LevelMove } from './types';

export type Recheck = (text: string) => PackResult;

/** At most this many candidate moves are re-checked for one finding. */
const MAX_TRIES = 6;

interface Target {
  candidates: Initiative[];
  /** Whether the finding is gone from a re-checked pack. */
  gone: (after: PackResult) => boolean;
  title: (move: LevelMove, after: PackResult) => string;
}

export function levelFixes(result: PackResult, finding: PackDiagnostic, recheck: Recheck): Fix[] {
  const target = finding.code === 'RP503' ? overloadTarget(result, finding) : finding.code === 'RP401' ? conflictTarget(result, finding) : undefined;
  if (!target) return [];
  const counts = codeCounts(result);
  let tries = 0;
  for (const candidate of target.candidates) {
    const move = singleMove(result.analysis, candidate);
    if (!move) continue;
    if (++tries > MAX_TRIES) break;
    const edits = moveEdits(result.parsed, result.model, move);
    const after = recheck(applyEdits(result.parsed.text, edits));
    if (target.gone(after) && noNewFinding(counts, codeCounts(after), finding.code)) return [{ title: target.title(move, after), edits }];
  }
  return [];
}

/** RP503 is reported on a team's id, once per run of weeks, its weeks in the message: the run's movable work, lowest priority first. */
function overloadTarget(result: PackResult, finding: PackDiagnostic): Target | undefined {
  const { analysis, model, parsed } = result;
  const index = model.teams.findIndex((each) => sameSpan(locate(parsed, [...each.path, 'id']), finding.span));
  const team = model.teams[index];
  if (!team || !analysis.loads.has(team)) return undefined;
  const run = analysis.overloadedRuns(team).find((each) => finding.message.includes(` in ${formatSpan(each.span)}: `));
  if (!run) return undefined;
  const candidates = byPriority(run.contributions.map((c) => analysis.initiativeOf(c))).reverse();
  const before = peakOf(analysis.loads.get(team)!, run.span);
  const weeks = formatSpan(run.span);
  const teamAfter = (after: PackResult): Team | undefined => after.model.teams[index];
  return {
    candidates,
    gone: (after) => {
      const same = teamAfter(after);
      return !same || !after.analysis.loads.has(same) || !after.analysis.overloadedRuns(same).some((each) => spansOverlap(each.span, run.span));
    },
    title: (move, after) => {
      const same = teamAfter(after);
      const load = same && after.analysis.loads.get(same);
      return `Move ${move.id} to ${formatSpan(move.to)}: ${team.name}'s weekly peak ${peakText(before)} → ${peakText(load ? peakOf(load, run.span) : 0)} in ${weeks}`;
    },
  };
}

/** RP401 is reported on the edge's reference: the dependent, if it may move. */
function conflictTarget(result: PackResult, finding: PackDiagnostic): Target | undefined {
  const { model, parsed } = result;
  for (const dependent of [...model.initiatives, ...model.gates]) {
    const edge = dependent.edges.find((each) => sameSpan(locate(parsed, each.path), finding.span));
    if (!edge) continue;
    if (dependent.kind !== 'initiative') return undefined;
    const verb = edge.type === 'finish-to-finish' ? 'finishes' : 'starts';
    return {
      candidates: [dependent],
      gone: (after) => {
        const moved = after.model.byId.get(dependent.id);
        const same = moved?.kind === 'initiative' ? moved.edges.find((each) => each.to === edge.to && each.milestone === edge.milestone && each.type === edge.type) : undefined;
        const before = timingOf(after.model.byId.get(edge.to));
        const at: WeekSpan | undefined = same && dependentTiming(moved, same);
        return !same || !before || !at || !checkEdge(same, at, before);
      },
      title: (move) => `Move ${move.id} to ${formatSpan(move.to)}: it no longer ${verb} before ${edge.to} allows`,
    };
  }
  return undefined;
}

function sameSpan(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start === b.start && a.end === b.end;
}

function codeCounts(result: PackResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of result.diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return counts;
}

/**
 * No code reported more often than before (the fixed one at least once less):
 * figures in a finding that stays may change, a finding of a new kind or a
 * new place may not. The move's own span has room in every week, so it makes
 * no overload of its own.
 */
function noNewFinding(before: Map<string, number>, after: Map<string, number>, fixed: string): boolean {
  for (const [code, count] of after) if (count > (before.get(code) ?? 0) - (code === fixed ? 1 : 0)) return false;
  return true;
}
