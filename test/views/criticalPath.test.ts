import { strict as assert } from 'node:assert';
import { PathEdge, PathNode, criticalPath } from '../../server/src/pack/views';
import { cpuTimed } from '../helpers/cpuTime';

/** `from` waits for `to`, as in the model. */
const waits = (from: string, to: string): PathEdge => ({ from, to });
const node = (id: string, start: number, end: number): PathNode => ({ id, start, end });

describe('views: critical path', () => {
  it('follows a finish-to-start chain, earliest first', () => {
    const nodes = [node('c', 20, 29), node('a', 0, 9), node('b', 10, 19)];
    assert.deepEqual(criticalPath(nodes, [waits('b', 'a'), waits('c', 'b')]), ['a', 'b', 'c']);
  });

  it('ends at the node that finishes last, even with a shorter chain behind it', () => {
    // a → b is a long chain that ends on day 30; x alone ends on day 40.
    const nodes = [node('a', 0, 15), node('b', 16, 30), node('x', 35, 40)];
    assert.deepEqual(criticalPath(nodes, [waits('b', 'a')]), ['x']);
  });

  it('steps back to the predecessor that finishes latest (the driving one), not the longest', () => {
    // d waits for long (0..20) and for late (18..25): late drives d's start.
    const nodes = [node('long', 0, 20), node('late', 18, 25), node('d', 26, 30)];
    assert.deepEqual(criticalPath(nodes, [waits('d', 'long'), waits('d', 'late')]), ['late', 'd']);
  });

  it('breaks ties on finish by the longer chain, then by input order', () => {
    const nodes = [node('p', 0, 5), node('short', 8, 10), node('long', 6, 10), node('end', 11, 12)];
    const edges = [waits('long', 'p'), waits('end', 'short'), waits('end', 'long')];
    assert.deepEqual(criticalPath(nodes, edges), ['p', 'long', 'end']);
    assert.deepEqual(criticalPath([node('x', 0, 5), node('y', 0, 5)], []), ['x']);
  });

  it('counts a gate (start = end) as a step of no length', () => {
    const nodes = [node('gate', 7, 7), node('work', 8, 20)];
    assert.deepEqual(criticalPath(nodes, [waits('work', 'gate')]), ['gate', 'work']);
  });

  it('ignores edges to unknown nodes and self-loops, and is empty without nodes', () => {
    assert.deepEqual(criticalPath([node('a', 0, 1)], [waits('a', 'missing'), waits('a', 'a'), waits('missing', 'a')]), ['a']);
    assert.deepEqual(criticalPath([], [waits('a', 'b')]), []);
  });

  it('leaves out nodes on a cycle and downstream of one, and still finds the rest', () => {
    const nodes = [node('a', 0, 10), node('b', 11, 20), node('after', 30, 90), node('x', 0, 5), node('y', 6, 40)];
    const edges = [waits('a', 'b'), waits('b', 'a'), waits('after', 'b'), waits('y', 'x')];
    assert.deepEqual(criticalPath(nodes, edges), ['x', 'y']);
  });

  it('uses the first of duplicate ids', () => {
    assert.deepEqual(criticalPath([node('a', 0, 1), node('a', 50, 60), node('b', 2, 3)], [waits('b', 'a')]), ['a', 'b']);
  });

  it('handles 200,000 nodes in a chain without recursion, in linear time', () => {
    const count = 200_000;
    const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`, i * 2, i * 2 + 1));
    const edges = Array.from({ length: count - 1 }, (_, i) => waits(`n${i + 1}`, `n${i}`));
    const { value: path, ms } = cpuTimed(() => criticalPath(nodes, edges));
    assert.equal(path.length, count);
    assert.equal(path[0], 'n0');
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms of CPU`);
  });

  it('handles a dense layered graph (each node waits for every node of the layer before)', () => {
    const layers = 40;
    const width = 40;
    const nodes: PathNode[] = [];
    const edges: PathEdge[] = [];
    for (let l = 0; l < layers; l++) {
      for (let w = 0; w < width; w++) {
        nodes.push(node(`${l}.${w}`, l * 10, l * 10 + (w === l % width ? 9 : 5)));
        if (l > 0) for (let p = 0; p < width; p++) edges.push(waits(`${l}.${w}`, `${l - 1}.${p}`));
      }
    }
    const path = criticalPath(nodes, edges);
    assert.equal(path.length, layers);
    // Every step back goes to the node of the previous layer that finishes latest.
    path.forEach((id, l) => l < layers - 1 && assert.equal(id, `${l}.${l % width}`));
  });
});
