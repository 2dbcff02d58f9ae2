import { sameData } from './sameData';

/**
 * Results computed from one parsed item, reused while the item is the same
 * object (parsePack keeps an unchanged piece's value object across edits) and
 * its other inputs, plain data, are the same. As with Reuse, the computation
 * is handed exactly the inputs that are compared.
 */
export class ItemReuse<I, T> {
  private readonly byItem = new WeakMap<object, { inputs: I; result: T }>();

  get<V extends object>(item: V, inputs: I, compute: (item: V, inputs: I) => T): T {
    const known = this.byItem.get(item);
    if (known && sameData(known.inputs, inputs)) return known.result;
    const result = compute(item, inputs);
    this.byItem.set(item, { inputs, result });
    return result;
  }
}
