import type { PackResult } from '../checkPack';
import type { Edge } from '../model/types';
import { countOrNo } from '../text/format';
import type { GateChecks } from './qualityTypes';

/**
 * What the pack's checks found that the gate must not score around: errors
 * (a pack with errors is not ready to ship whatever its scores), the
 * dependency cycles and unresolved references among them, and runs of weeks
 * in which a team has more work than people. A pack read in its portfolio
 * counts the cycles and the qualified references its portfolio sees.
 */
export function gateChecks(result: PackResult): GateChecks {
  return {
    errors: result.diagnostics.filter((d) => d.severity === 'error').length,
    cycles: cycleCount(cycleEdgesOf(result)),
    unresolved: result.analysis.unresolvedReferences + (result.acrossPacks?.unresolvedReferences ?? 0),
    weeklyOverloads: result.diagnostics.filter((d) => d.code === 'RP503').length,
  };
}

/** The ids on a dependency cycle: each is the `from` of an edge on one. */
export function idsOnCycles(result: PackResult): Set<string> {
  return new Set(cycleEdgesOf(result).map((edge) => edge.from));
}

/** The pack's edges on a cycle: its own check's, or in a portfolio, those its portfolio's whole graph finds. */
function cycleEdgesOf(result: PackResult): readonly Edge[] {
  return result.acrossPacks?.cycleEdges ?? result.analysis.cycleEdges.map((cycle) => cycle.edge);
}

/**
 * Knots of ids that wait for each other, each counted once however many edges
 * close it: every cycle edge joins two ids of one strongly connected
 * component, so joining the ends of cycle edges finds exactly the components.
 */
function cycleCount(edges: readonly Edge[]): number {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    while (parent.has(at) && parent.get(at) !== at) at = parent.get(at)!;
    parent.set(id, at);
    return at;
  };
  for (const edge of edges) {
    const [a, b] = [root(edge.from), root(edge.to)];
    parent.set(a, a);
    if (a !== b) parent.set(b, a);
  }
  return new Set([...parent.keys()].map(root)).size;
}

/** `3 errors (1 dependency cycle, 1 unresolved reference)`, or '' for a pack without errors. */
export function errorsText(checks: GateChecks): string {
  if (checks.errors === 0) return '';
  const among = [checks.cycles > 0 ? countOrNo(checks.cycles, 'dependency cycle') : '', checks.unresolved > 0 ? countOrNo(checks.unresolved, 'unresolved reference') : ''].filter(Boolean);
  return `${countOrNo(checks.errors, 'error')}${among.length > 0 ? ` (${among.join(', ')})` : ''}`;
}
