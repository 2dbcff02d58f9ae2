/**
 * Everything the core does with one pack, as named tasks the scale bench can
 * time at n and 2n: the cold check, every view with each of its options, the
 * generated documents, and the language features the server answers from the
 * core (hover, completion, references, rename, outline, code actions, inlay
 * hints, code lenses), each aimed at the place in the pack where it has the
 * most to do (the most-needed entity, the longest depends_on list).
 */
import { CheckCache, PackDiagnostic, PackResult, capacitySummary, checkPack, locate, qualityGate, renderView, statusUpdate } from '../server/src/pack';
import type { Entity, Initiative } from '../server/src/pack';
import { codeActions } from '../server/src/lsp/features/codeActions';
import { codeLenses } from '../server/src/lsp/features/codeLens';
import { completion } from '../server/src/lsp/features/completion';
import { hover } from '../server/src/lsp/features/hover';
import { inlayHints } from '../server/src/lsp/features/inlayHints';
import { references } from '../server/src/lsp/features/navigation';
import { rename } from '../server/src/lsp/features/rename';
import { documentSymbols } from '../server/src/lsp/features/symbols';
import { PackEntry } from '../server/src/lsp/packStore';
import { median } from './table';

export interface Task {
  name: string;
  run: (result: PackResult) => unknown;
}

/** The view tasks: each view, and each option that changes how much it draws. */
export const VIEW_TASKS: Task[] = [
  { name: 'gantt (grouped: quarter)', run: (r) => renderView(r, 'gantt', { groupBy: 'quarter' }) },
  { name: 'gantt (grouped: theme)', run: (r) => renderView(r, 'gantt', { groupBy: 'theme' }) },
  { name: 'gantt (grouped: team)', run: (r) => renderView(r, 'gantt', { groupBy: 'team' }) },
  { name: 'gantt (every bar)', run: (r) => renderView(r, 'gantt', { aggregateAbove: Number.MAX_SAFE_INTEGER }) },
  { name: 'gates', run: (r) => renderView(r, 'gates') },
  { name: 'deps (grouped: theme)', run: (r) => renderView(r, 'deps') },
  { name: 'deps (grouped: team)', run: (r) => renderView(r, 'deps', { groupBy: 'team' }) },
  { name: 'deps (grouped: quarter)', run: (r) => renderView(r, 'deps', { groupBy: 'quarter' }) },
  { name: 'deps (every node)', run: (r) => renderView(r, 'deps', { aggregateAbove: Number.MAX_SAFE_INTEGER }) },
  { name: 'deps (one group drilled into)', run: (r) => renderView(r, 'deps', { groupBy: 'quarter', focus: '2026-Q3' }) },
  { name: 'capacity', run: (r) => renderView(r, 'capacity') },
  { name: 'capacity (weekly)', run: (r) => renderView(r, 'capacity', { weekly: true }) },
  { name: 'capacity (one team)', run: (r) => renderView(r, 'capacity', { team: r.model.teams[0]?.id }) },
  { name: 'board', run: (r) => renderView(r, 'board') },
];

const DOCUMENT_TASKS: Task[] = [
  { name: 'quality gate', run: (r) => qualityGate(r) },
  { name: 'status update', run: (r) => statusUpdate(r, { year: 2026, month: 8 }) },
  { name: 'capacity summary', run: (r) => capacitySummary(r.analysis) },
];

/** An entry as the server holds it, around a result already checked. */
function entryOf(result: PackResult): PackEntry {
  return new PackEntry('file:///bench/scale.roadmap.yaml', 1, result.parsed.text, true, new CheckCache(), () => result);
}

/** The entity the most edges point at: the one with the most references. */
function mostNeeded(result: PackResult): Entity | undefined {
  const counts = new Map<string, number>();
  for (const edge of result.model.edges) counts.set(edge.to, (counts.get(edge.to) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, count] of counts) if (best === undefined || count > counts.get(best)!) best = id;
  return (best === undefined ? undefined : result.model.byId.get(best)) ?? result.model.initiatives[result.model.initiatives.length >> 1];
}

/** The initiative with the longest depends_on list. */
function longestList(result: PackResult): Initiative | undefined {
  let best = result.model.initiatives[0];
  for (const initiative of result.model.initiatives) if (initiative.edges.length > (best?.edges.length ?? -1)) best = initiative;
  return best;
}

function idPosition(result: PackResult, entity: Entity | undefined) {
  return result.lines.positionAt(entity ? locate(result.parsed, [...entity.path, 'id']).start + 1 : 0);
}

/** Inside the list, after its last item: where one more id would be typed, with every other id already listed. */
function inDependsOn(result: PackResult, entity: Initiative | undefined) {
  const last = entity?.edges.filter((edge) => edge.milestone === undefined).pop();
  return last ? result.lines.positionAt(locate(result.parsed, last.path).end) : idPosition(result, entity);
}

const asked = (diagnostics: PackDiagnostic[]) => diagnostics.map((d) => ({ range: d.range, message: d.message, code: d.code, source: 'roadmap' }));

const FEATURE_TASKS: Task[] = [
  { name: 'hover (most-needed id)', run: (r) => hover(entryOf(r), idPosition(r, mostNeeded(r))) },
  { name: 'completion (longest depends_on)', run: (r) => completion(entryOf(r), inDependsOn(r, longestList(r)), [], '2026-08-01') },
  { name: 'references (most-needed id)', run: (r) => references(entryOf(r), idPosition(r, mostNeeded(r)), true) },
  { name: 'rename (most-needed id)', run: (r) => rename(entryOf(r), idPosition(r, mostNeeded(r)), 'renamed-by-bench') },
  { name: 'outline', run: (r) => documentSymbols(entryOf(r)) },
  { name: 'code actions (every diagnostic)', run: (r) => codeActions(entryOf(r), r.diagnostics, { textDocument: { uri: '' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: asked(r.diagnostics) } }, { versioned: true }, (text) => checkPack(text)) },
  { name: 'inlay hints (whole file)', run: (r) => inlayHints(entryOf(r), { start: { line: 0, character: 0 }, end: { line: r.lines.lineCount, character: 0 } }) },
  { name: 'code lenses', run: (r) => codeLenses(entryOf(r)) },
];

export const AFTER_CHECK_TASKS: Task[] = [...VIEW_TASKS, ...DOCUMENT_TASKS, ...FEATURE_TASKS];

/** CPU milliseconds (user + system) of one call: steadier than wall time on a shared machine. */
export function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

export interface TaskTimes {
  check: number;
  tasks: Record<string, number>;
}

const collect = () => (globalThis as { gc?: () => void }).gc?.();

/** The median of `runs` samples of a task on one result: the first pays what the result computes lazily, so the median is a warm figure at every n alike. */
function sampled(run: () => unknown, runs: number): number {
  collect();
  return median(Array.from({ length: runs }, () => cpuMs(run)));
}

/** The check (once: it dominates) and every task on its result, in CPU ms: the median of `runs` samples each, after a full GC (with --expose-gc). */
export function timeEverything(text: string, tasks: Task[] = AFTER_CHECK_TASKS, runs = 1): TaskTimes {
  let result: PackResult | undefined;
  collect();
  const check = cpuMs(() => (result = checkPack(text)));
  const times: Record<string, number> = {};
  for (const task of tasks) times[task.name] = sampled(() => task.run(result!), runs);
  return { check, tasks: times };
}
