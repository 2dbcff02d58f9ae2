import type { PackResult } from '../checkPack';
import type { Initiative, PackModel } from '../model/types';
import { idsOnCycles } from './qualityChecks';
import { Criterion, checkCriterion, everyCriterion, gap } from './qualityTypes';
import { countOrNo } from '../text/format';

/**
 * Actionability of coherent actions: every initiative not cut can be acted on.
 * 1. Every initiative has an owner, an effort and a confidence.
 * 2. Every initiative has milestones, each with a valid time.
 * 3. Every initiative states what it waits for: `depends_on` (an empty list
 *    says "nothing") or a milestone's `after`; and what it waits for can
 *    happen: every id it names is defined, and it is on no dependency cycle
 *    (nothing on a cycle can start).
 * 4. Decision gates: at least one; each with a decision and an owner; and
 *    every high-risk or low-confidence initiative tied to a gate (it waits for
 *    one, or one waits for it).
 */
export function actionCriteria(result: PackResult): Criterion[] {
  const { model } = result;
  const live = model.initiatives.filter((initiative) => initiative.status !== 'cut');
  const sized = live.map((initiative) => ({
    name: initiative.id,
    path: initiative.path,
    gaps: [...(initiative.owners.length > 0 ? [] : ['no owner']), ...(initiative.effort ? [] : ['no effort']), ...gap(initiative.input.confidence, 'no confidence')],
  }));
  const dated = live.map((initiative) => ({ name: initiative.id, path: initiative.path, gaps: milestoneGaps(initiative) }));
  // The ids that wait for something, found once: a scan of every edge per initiative was quadratic.
  const waiting = new Set(model.edges.map((edge) => edge.from));
  const onCycles = idsOnCycles(result);
  const waits = live.map((initiative) => ({ name: initiative.id, path: initiative.path, gaps: waitGaps(result, initiative, waiting.has(initiative.id), onCycles) }));
  return [
    everyCriterion('Every initiative has an owner, an effort and a confidence', 'initiatives owned, sized and rated', sized),
    everyCriterion('Every initiative has dated milestones', 'initiatives with milestones', dated),
    everyCriterion("Every initiative states what it waits for (depends_on, an empty depends_on for nothing, or a milestone's after), each defined and on no cycle", 'initiatives with dependencies stated and sound', waits),
    gateCriterion(model, live),
  ];
}

/** Why what an initiative waits for is unstated or cannot happen. */
function waitGaps(result: PackResult, initiative: Initiative, waits: boolean, onCycles: ReadonlySet<string>): string[] {
  if (initiative.input.depends_on === undefined && !waits) return ['no depends_on'];
  const { model, analysis, acrossPacks } = result;
  // A qualified id is another pack's to define: undefined only where its portfolio found no such entity.
  const undefinedHere = (id: string) => !model.byId.has(id) && (!analysis.leftToPortfolio(id) || (acrossPacks?.unresolved.has(id) ?? false));
  const unknown = [...new Set(initiative.edges.map((edge) => edge.to).filter(undefinedHere))];
  return [...unknown.map((id) => `waits for undefined ${id}`), ...(onCycles.has(initiative.id) ? ['on a dependency cycle'] : [])];
}

function milestoneGaps(initiative: Initiative): string[] {
  if (initiative.milestones.length === 0) return ['no milestones'];
  return initiative.milestones.some((milestone) => !milestone.span) ? ['a milestone without a valid time'] : [];
}

function gateCriterion(model: PackModel, live: Initiative[]): Criterion {
  const gateIds = new Set(model.gates.map((gate) => gate.id));
  const gates = model.gates.map((gate) => ({ name: gate.id, path: gate.path, gaps: [...gap(gate.input.decision, 'no decision'), ...gap(gate.input.owner, 'no owner')] }));
  const uncertain = live.filter((initiative) => initiative.input.risk === 'high' || initiative.input.confidence === 'low');
  const tied = idsTiedToGates(model, gateIds);
  const untiedInitiatives = uncertain.filter((initiative) => !tied.has(initiative.id));
  const untied = untiedInitiatives.map((initiative) => `${initiative.id} (${initiative.input.risk === 'high' ? 'high risk' : 'low confidence'}, no gate)`);
  const short = gates.filter((g) => g.gaps.length > 0);
  const incomplete = short.map((g) => `${g.name} (${g.gaps.join(', ')})`);
  const summary = `${countOrNo(gates.length, 'gate')}, ${gates.length - incomplete.length} with decision and owner; ${uncertain.length - untied.length} of ${uncertain.length} high-risk or low-confidence initiatives tied to a gate`;
  return checkCriterion(
    'Decision gates: each with a decision and an owner, and one for every high-risk or low-confidence initiative',
    gates.length > 0 && incomplete.length === 0 && untied.length === 0,
    summary,
    gates.filter((g) => g.gaps.length === 0).map((g) => g.name),
    [...incomplete, ...untied],
    [...short.map((g) => g.path), ...untiedInitiatives.map((initiative) => initiative.path)],
  );
}

/** The ids that wait for a gate or that a gate waits for, in one pass over the edges (not one per initiative). */
function idsTiedToGates(model: PackModel, gateIds: ReadonlySet<string>): Set<string> {
  const tied = new Set<string>();
  for (const edge of model.edges) {
    if (gateIds.has(edge.to)) tied.add(edge.from);
    if (gateIds.has(edge.from)) tied.add(edge.to);
  }
  return tied;
}
