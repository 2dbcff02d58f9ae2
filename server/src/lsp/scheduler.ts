/**
 * Debounces work per document: a burst of keystrokes yields one check of the
 * latest text. A pending check is replaced (cancelled) by a newer change.
 */
export class Debouncer {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  schedule(key: string, delay: number, work: () => void): void {
    this.cancel(key);
    if (delay <= 0) {
      // Still yield once, so that a burst of queued changes collapses into one check.
      this.timers.set(key, setImmediate(() => this.run(key, work)) as unknown as ReturnType<typeof setTimeout>);
      return;
    }
    this.timers.set(key, setTimeout(() => this.run(key, work), delay));
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer === undefined) return;
    clearTimeout(timer);
    clearImmediate(timer as unknown as ReturnType<typeof setImmediate>);
    this.timers.delete(key);
  }

  private run(key: string, work: () => void): void {
    this.timers.delete(key);
    work();
  }
}
