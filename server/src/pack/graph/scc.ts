/**
 * Strongly connected components by Tarjan's algorithm, iterative so that a
 * 10,000-long dependency chain cannot overflow the stack. Linear in nodes plus
 * edges. Nodes are 0..count-1; `successors[n]` lists n's out-neighbours.
 * Returns each node's component number.
 */
export function stronglyConnected(count: number, successors: readonly number[][]): Int32Array {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const component = new Int32Array(count).fill(-1);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const work: { node: number; next: number }[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    work.push({ node: root, next: 0 });
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const node = frame.node;
      if (frame.next === 0 && index[node] === -1) {
        index[node] = low[node] = counter++;
        stack.push(node);
        onStack[node] = 1;
      }
      const out = successors[node];
      if (frame.next < out.length) {
        const target = out[frame.next++];
        if (index[target] === -1) work.push({ node: target, next: 0 });
        else if (onStack[target]) low[node] = Math.min(low[node], index[target]);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low[parent] = Math.min(low[parent], low[node]);
      }
      if (low[node] === index[node]) {
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component[member] = components;
        } while (member !== node);
        components++;
      }
    }
  }
  return component;
}
