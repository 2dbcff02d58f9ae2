import { sameData } from '../cache/sameData';
import { CycleInputs, EdgeEnds, FoundCycle, flatEdges } from './cycles';
import { sameEnds } from './edgeDiff';

/**
 * The cycle search's last answer, reused while its inputs are the same, and
 * also, when the graph had no cycle, across an edit that only adds edges of
 * which none closes a cycle: typing a dependency then costs a search from
 * the new edge's target back to its source, not the whole graph. Like
 * Reuse, it reads nothing but the inputs.
 */
export class CycleReuse {
  private last: { inputs: CycleInputs; result: FoundCycle[] } | undefined;

  get(inputs: CycleInputs, analyse: (inputs: CycleInputs) => FoundCycle[]): FoundCycle[] {
    const last = this.last;
    const reusable = last && (sameData(last.inputs, inputs) || (last.result.length === 0 && addsNoCycle(last.inputs, inputs)));
    const result = reusable ? last!.result : analyse(inputs);
    this.last = { inputs, result };
    return result;
  }
}

/** Whether the new inputs have the same ids and every edge they add (if any) leaves the graph without a cycle. */
function addsNoCycle(before: CycleInputs, after: CycleInputs): boolean {
  if (!sameData(before.ids, after.ids)) return false;
  const added = addedEdges(before.groups, after.groups);
  if (added.length === 0) return true;
  const known = new Set(after.ids);
  const graph = new Successors(flatEdges(after.groups));
  return added.every((edge) => !known.has(edge.from) || !known.has(edge.to) || !graph.reaches(edge.to, edge.from, known));
}

/**
 * Edges in `after` and not in `before`, as a multiset of (from, to): the
 * groups at the head and tail that are the same arrays are skipped (see
 * sameEnds) and only the middle is compared by value.
 */
function addedEdges(before: readonly (readonly EdgeEnds[])[], after: readonly (readonly EdgeEnds[])[]): EdgeEnds[] {
  const { head, tail } = sameEnds(before, after);
  const removed = new Map<string, number>();
  for (const edge of flatEdges(before.slice(head, before.length - tail))) {
    const key = keyOf(edge);
    removed.set(key, (removed.get(key) ?? 0) + 1);
  }
  const added: EdgeEnds[] = [];
  for (const edge of flatEdges(after.slice(head, after.length - tail))) {
    const key = keyOf(edge);
    const left = removed.get(key) ?? 0;
    if (left > 0) removed.set(key, left - 1);
    else added.push(edge);
  }
  return added;
}

function keyOf(edge: EdgeEnds): string {
  return `${edge.from}\u0000${edge.to}`;
}

/** The edges leaving each id, found through the runs of consecutive edges that share a `from`. */
class Successors {
  private readonly runs = new Map<string, number[]>();

  constructor(private readonly edges: readonly EdgeEnds[]) {
    for (let i = 0; i < edges.length; i++) {
      if (i > 0 && edges[i - 1].from === edges[i].from) continue;
      const starts = this.runs.get(edges[i].from);
      if (starts) starts.push(i);
      else this.runs.set(edges[i].from, [i]);
    }
  }

  /** Whether a path of known ids leads from `start` to `goal` (depth-first, with an explicit stack). */
  reaches(start: string, goal: string, known: ReadonlySet<string>): boolean {
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === goal) return true;
      for (const first of this.runs.get(id) ?? []) {
        for (let i = first; i < this.edges.length && this.edges[i].from === id; i++) {
          const next = this.edges[i].to;
          if (known.has(next) && !seen.has(next)) {
            seen.add(next);
            stack.push(next);
          }
        }
      }
    }
    return false;
  }
}
