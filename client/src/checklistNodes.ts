import type { ChecklistCriterion, ChecklistDimension, ChecklistItem, ChecklistMember, ChecklistResult } from '../../protocol/requests';

/**
 * The Roadmap Checklist as a tree of plain nodes, decided here without
 * vscode so that the view (checklistView.ts) only draws them: the checks the
 * gate weighs first, then the six dimensions with their status, each unmet
 * criterion with what it misses, each missing thing linked to its source.
 * A portfolio's: its checks, then each member pack with its verdict.
 */
export interface ChecklistNode {
  label: string;
  description?: string;
  tooltip: string;
  /** A codicon, and the theme colour it is drawn in. */
  icon: { id: string; color?: string };
  children: ChecklistNode[];
  /** Where the pack writes it: a click opens it there. */
  range?: ChecklistItem['range'];
  /** A click on a check opens the Problems view. */
  opensProblems?: boolean;
  /** Another file (a portfolio's member): a click opens it. */
  opens?: string;
  expanded?: boolean;
}

const PASSED = { id: 'pass', color: 'testing.iconPassed' };
const FAILED = { id: 'error', color: 'problemsErrorIcon.foreground' };
const SHORT = { id: 'warning', color: 'problemsWarningIcon.foreground' };

export function checklistNodes(result: ChecklistResult): ChecklistNode[] {
  return [checksNode(result), ...(result.members ? result.members.map(memberNode) : result.dimensions.map(dimensionNode))];
}

/** A portfolio's member: Ship, or Revise with the dimensions below 4 it is held back by; a click opens it. */
function memberNode(member: ChecklistMember): ChecklistNode {
  const errors = member.errors > 0 ? ` · ${member.errors} error${member.errors === 1 ? '' : 's'}` : '';
  return {
    label: member.title || member.name,
    description: `${member.verdict}${errors}`,
    tooltip: `${member.name}: ${member.verdict}, scored in the portfolio's context${member.weak.length > 0 ? `; below 4 on ${member.weak.join(', ')}` : ''}. Click to open it and see its checklist.`,
    icon: member.verdict === 'Ship' ? PASSED : FAILED,
    children: member.weak.map((name): ChecklistNode => ({ label: name, description: 'below 4', tooltip: `${name}: below 4 of 5, so ${member.name} is Revise`, icon: FAILED, children: [], opens: member.uri })),
    opens: member.uri,
    expanded: member.weak.length > 0,
  };
}

function checksNode({ checks }: ChecklistResult): ChecklistNode {
  const rows = [
    { label: 'Errors', count: checks.errors, what: 'diagnostics of severity error; a pack with errors is Revise whatever its scores' },
    { label: 'Dependency cycles', count: checks.cycles, what: 'knots of work that wait for each other (RP301): nothing on one can start' },
    { label: 'Unresolved references', count: checks.unresolved, what: 'depends_on, after or affects naming an id nothing defines (RP202)' },
    { label: 'Weeks over capacity', count: checks.weeklyOverloads, what: 'runs of weeks in which a team has more work than people (RP503)' },
  ];
  const children = rows.map((row): ChecklistNode => ({
    label: row.label,
    description: String(row.count),
    tooltip: `${row.count} ${row.what}`,
    icon: row.count === 0 ? PASSED : row.label === 'Weeks over capacity' ? SHORT : FAILED,
    children: [],
    opensProblems: row.count > 0,
  }));
  const found = children.filter((child) => child.description !== '0');
  return {
    label: 'Checks',
    description: checks.errors > 0 ? `${checks.errors} error${checks.errors === 1 ? '' : 's'}: fix first` : found.length === 0 ? 'all clear' : `${found.length} of ${rows.length} to look at`,
    tooltip: 'What the pack\'s checks found that the gate weighs before any score',
    icon: checks.errors > 0 ? FAILED : found.length > 0 ? SHORT : PASSED,
    children,
    expanded: found.length > 0,
  };
}

/** 5: every criterion met; 4: one short, still Ship; below 4: the gate says Revise. */
function dimensionNode(dimension: ChecklistDimension): ChecklistNode {
  const unmet = dimension.criteria.filter((criterion) => !criterion.met).length;
  return {
    label: dimension.name,
    description: `${dimension.score}/5${unmet > 0 ? ` · ${unmet} to go` : ''}`,
    tooltip: `${dimension.name}: ${dimension.score} of 5 (1 plus the criteria met). ${dimension.score >= 4 ? 'At 4 or more: does not hold the pack back.' : 'Below 4: the gate says Revise.'}`,
    icon: dimension.score === 5 ? PASSED : dimension.score === 4 ? SHORT : FAILED,
    children: dimension.criteria.map(criterionNode),
    expanded: dimension.score < 5,
  };
}

function criterionNode(criterion: ChecklistCriterion): ChecklistNode {
  return {
    label: criterion.rule,
    description: criterion.summary,
    tooltip: `${criterion.met ? 'Met' : 'Not met'}: ${criterion.rule}\n${criterion.summary}`,
    icon: criterion.met ? PASSED : { id: 'circle-large-outline', color: 'problemsWarningIcon.foreground' },
    children: [...criterion.items.map(itemNode), ...(criterion.more > 0 ? [moreNode(criterion.more)] : [])],
    expanded: !criterion.met,
  };
}

function moreNode(more: number): ChecklistNode {
  return { label: `and ${more} more`, tooltip: `${more} more, listed in full by Show Quality Gate or roadmap-pack quality`, icon: { id: 'ellipsis' }, children: [] };
}

function itemNode(item: ChecklistItem): ChecklistNode {
  return {
    label: item.label,
    tooltip: item.range ? `${item.label}\nClick to go to it in the pack` : `${item.label}\nNot written in the pack yet`,
    icon: { id: item.range ? 'go-to-file' : 'add' },
    children: [],
    range: item.range,
  };
}
