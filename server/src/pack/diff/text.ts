import { plainText } from '../views/escape';
import { diffHeadline, percentMove } from './headline';
import { isEmptyDiff } from './diffPacks';
import type { BriefChange, FindingChange, GateChange, InitiativeChange, PackDiff, PlanDiff } from './types';
import { gateMoveText, initiativeDetails, listedFindings, packContents, spanMoveText } from './wording';

/**
 * The diff for a terminal: the headline, then a block per pack. New findings
 * are written as `roadmap-pack check` writes them (`path:line:col severity
 * code message`), so an editor, `grep` or the `$roadmap-pack` problem matcher
 * reads them alike. Pack text is cleaned of control characters (no escape
 * sequence reaches the terminal).
 */
export function diffText(diff: PlanDiff): string {
  const lines = [diffHeadline(diff)];
  for (const pack of diff.packs) lines.push('', ...packLines(pack));
  return lines.join('\n') + '\n';
}

function packLines(pack: PackDiff): string[] {
  const head = `${clean(pack.path)}${pack.change === 'changed' ? '' : ` (${pack.change})`}`;
  if (isEmptyDiff(pack)) return [`${head}: no change to the plan`];
  const findings = listedFindings(pack);
  if (pack.change !== 'changed') return [`${head}: ${packContents(pack)}`, ...findings.added.map((finding) => findingLine(pack.path, finding))];
  return [
    head,
    ...pack.initiatives.map(initiativeLine),
    ...pack.gates.map(gateLine),
    ...pack.capacity.map((change) => `  capacity ${clean(change.teamName)} ${change.quarter}: ${percentMove(change)}`),
    ...(pack.criticalPath ? [`  critical path: ${pathText(pack.criticalPath.after)} (was ${pathText(pack.criticalPath.before)})`] : []),
    ...(pack.briefs ?? []).map(briefLine),
    ...findings.added.map((finding) => findingLine(pack.path, finding)),
    ...findings.resolved.map((finding) => `  resolved ${finding.severity} ${finding.code} ${clean(finding.message, 300)}`),
  ];
}

function initiativeLine(change: InitiativeChange): string {
  const what = change.change === 'changed' ? [spanMoveText(change), ...initiativeDetails(change)].filter(Boolean).join('; ') : change.change;
  return `  initiative ${clean(change.id)} (${clean(change.title)}): ${clean(what, 1_000)}`;
}

function gateLine(change: GateChange): string {
  return `  gate ${clean(change.id)}: ${change.change === 'changed' ? gateMoveText(change) : change.change}`;
}

function briefLine(change: BriefChange): string {
  const parts = [change.change === 'changed' ? '' : change.change];
  if (change.sectionsAdded.length > 0) parts.push(`sections added: ${change.sectionsAdded.map((heading) => clean(heading)).join(', ')}`);
  if (change.sectionsRemoved.length > 0) parts.push(`sections removed: ${change.sectionsRemoved.map((heading) => clean(heading)).join(', ')}`);
  return `  brief ${clean(change.path)}: ${parts.filter(Boolean).join('; ')}`;
}

/** A new finding in the check's text format, so tools that read one read the other. */
function findingLine(path: string, finding: FindingChange): string {
  return `${clean(path)}:${finding.line ?? 1}:${finding.column ?? 1} ${finding.severity} ${finding.code} ${clean(finding.message, 1_000)}`;
}

function pathText(ids: string[]): string {
  return ids.length === 0 ? 'none' : clean(ids.join(' → '), 1_000);
}

function clean(text: string, maxLength = 160): string {
  return plainText(text, { maxLength });
}
