import { relatedAt } from '../capacity/describe';
import { Chain, EdgeEnds, findCycles } from '../graph/cycles';
import type { Edge, Gate, Initiative } from '../model/types';
import { locate } from '../parse/parsePack';
import { cycleMessage, removeEdge } from '../rules/RP301-dependency-cycle';
import { conflictFinding } from '../rules/RP401-schedule-conflict';
import { FileFinding, PortfolioPack, PortfolioPacks } from './portfolioPacks';
import { isQualified, qualify, qualifiedTarget } from './qualified';

/** An edge of some pack, with the entity that declares it. */
interface PackEdge {
  pack: PortfolioPack;
  dependent: Initiative | Gate;
  edge: Edge;
}

/**
 * The dependency graph of the whole portfolio: every entity as `name:id`
 * (the portfolio's own as `:id`, which no include name can make), every edge
 * of every pack between those. Built from the members' models each time: it
 * is linear in their edges, and a member's own graph is its own check's.
 */
class PortfolioGraph {
  readonly edges: PackEdge[] = [];
  readonly ids: string[] = [];

  constructor(packs: PortfolioPacks) {
    for (const pack of packs.all) {
      for (const id of pack.result.model.byId.keys()) this.ids.push(qualify(pack.name, id));
      for (const dependent of [...pack.result.model.initiatives, ...pack.result.model.gates]) for (const edge of dependent.edges) this.edges.push({ pack, dependent, edge });
    }
  }

  ends(): EdgeEnds[] {
    return this.edges.map(({ pack, edge }) => ({ from: qualify(pack.name, edge.from), to: qualifiedTarget(pack.name, edge.to) }));
  }
}

/** What the checks over the portfolio's whole graph found. */
export interface CrossEdgeChecks {
  findings: FileFinding[];
  /** Every edge of the portfolio's packs on a dependency cycle, inside one pack or through qualified references. */
  cycleEdges: ReadonlySet<Edge>;
}

/**
 * Cycles (RP301) and schedule conflicts (RP401) through qualified
 * references, found over the whole portfolio and reported at the edge that
 * holds the qualified reference; chains name qualified ids. Cycles and
 * conflicts inside one pack are its own check's.
 */
export function crossEdgeChecks(packs: PortfolioPacks): CrossEdgeChecks {
  const graph = new PortfolioGraph(packs);
  const cycles = findCycles({ ids: graph.ids, groups: [graph.ends()] });
  const onCycle = new Set(cycles.map((cycle) => cycle.edge));
  const findings: FileFinding[] = [];
  for (const cycle of cycles) {
    const at = graph.edges[cycle.edge];
    if (isQualified(at.edge.to)) findings.push({ path: at.pack.path, finding: cycleFinding(at, cycle.chain, cycle.chainEdges.map((n) => graph.edges[n])) });
  }
  graph.edges.forEach((at, position) => {
    if (!isQualified(at.edge.to) || onCycle.has(position)) return;
    const finding = conflict(packs, at);
    if (finding) findings.push({ path: at.pack.path, finding });
  });
  return { findings, cycleEdges: new Set([...onCycle].map((position) => graph.edges[position].edge)) };
}

function cycleFinding({ pack, edge }: PackEdge, chain: Chain, chainEdges: PackEdge[]): FileFinding['finding'] {
  return {
    code: 'RP301',
    message: cycleMessage(PortfolioPacks.shown(pack, edge.from), edge.to, shownChain(chain)),
    span: locate(pack.result.parsed, edge.path),
    related: chainEdges.map((step) => relatedAt(PortfolioPacks.place(step.pack, step.edge.path), `${PortfolioPacks.shown(step.pack, step.edge.from)} → ${shownTarget(step)}`)),
    fixes: [removeEdge(pack.result.parsed, edge)],
  };
}

function conflict(packs: PortfolioPacks, { pack, dependent, edge }: PackEdge): FileFinding['finding'] | undefined {
  const target = packs.entity(edge.to);
  if (!target) return undefined; // RP202 (crossReferences.ts)
  const predecessor = { entity: target.entity, shown: edge.to, at: (field: string) => PortfolioPacks.place(target.pack, [...target.entity.path, field]) };
  return conflictFinding(edge, dependent, predecessor, locate(pack.result.parsed, edge.path));
}

/** An edge's target as messages across packs name it. */
function shownTarget({ pack, edge }: PackEdge): string {
  return isQualified(edge.to) ? edge.to : PortfolioPacks.shown(pack, edge.to);
}

/** The graph names the portfolio's own entities `:id`; messages name them by their id. */
function shownChain({ head, omitted, tail }: Chain): Chain {
  const shown = (id: string) => (id.startsWith(':') ? id.slice(1) : id);
  return { head: head.map(shown), omitted, tail: tail.map(shown) };
}

