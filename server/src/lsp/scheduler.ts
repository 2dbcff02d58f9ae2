/**
 * Debounces work per document: a burst of keystrokes yields one check of the
 * latest text. A pending check is replaced (cancelled) by a newer change.
 * Runs on Node and in a web worker (VS Code for the Web), which has no
 * setImmediate: each pending run is kept as the function that cancels it.
 */
export class Debouncer {
  private readonly pending = new Map<string, () => void>();

  schedule(key: string, delay: number, work: () => void): void {
    this.cancel(key);
    // At 0, still yield once, so that a burst of queued changes collapses into one check.
    this.pending.set(key, delay <= 0 ? nextTurn(() => this.run(key, work)) : after(delay, () => this.run(key, work)));
  }

  cancel(key: string): void {
    this.pending.get(key)?.();
    this.pending.delete(key);
  }

  private run(key: string, work: () => void): void {
    this.pending.delete(key);
    work();
  }
}

/** Runs `work` after the messages already queued (Node's setImmediate; a 0 ms timer where there is none); returns its cancel. */
function nextTurn(work: () => void): () => void {
  if (typeof setImmediate === 'function') {
    const immediate = setImmediate(work);
    return () => clearImmediate(immediate);
  }
  return after(0, work);
}

function after(delay: number, work: () => void): () => void {
  const timer = setTimeout(work, delay);
  return () => clearTimeout(timer);
}
