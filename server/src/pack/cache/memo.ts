/**
 * Results of a pure function by key, up to a bound (then forgotten at once:
 * packs repeat a few hundred distinct values, so the bound is only a guard).
 */
export class Memo<T> {
  private readonly known = new Map<string, T>();

  constructor(private readonly most: number) {}

  get(key: string, compute: () => T): T {
    const known = this.known.get(key);
    if (known !== undefined) return known;
    if (this.known.size >= this.most) this.known.clear();
    const value = compute();
    this.known.set(key, value);
    return value;
  }
}
