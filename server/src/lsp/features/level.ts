import type { LevelResult } from '../../../../protocol/requests';
import { formatSpan, levelPack, moveEdits, type LevelMove } from '../../pack';
import { toTextEdit } from '../convert';
import type { PackEntry } from '../packStore';

/** The levelling's moves (the same as `roadmap-pack level`) as edits in lines and characters, one labelled group per move. */
export function levelSchedule(entry: PackEntry): LevelResult {
  const { result } = entry;
  const plan = levelPack(result.analysis);
  return {
    version: entry.version,
    moves: plan.moves.map((move) => ({ id: move.id, label: moveLabel(move), edits: moveEdits(result.parsed, result.model, move).map((edit) => toTextEdit(result.lines, edit)) })),
    unplaced: plan.unplaced.map((item) => `${item.id} (${formatSpan(item.span)}): ${item.why}`),
  };
}

function moveLabel(move: LevelMove): string {
  return `Move ${move.id} ${formatSpan(move.from)} → ${formatSpan(move.to)} (${move.weeks} week${move.weeks === 1 ? '' : 's'} later): ${move.why}`;
}
