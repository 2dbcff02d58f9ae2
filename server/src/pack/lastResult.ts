/**
 * Remembers the last result of a computation with the primitive signature of
 * its inputs. An editor checks the same pack on every keystroke, and most
 * keystrokes leave the dependency graph and the capacity inputs as they were:
 * comparing a flat list of numbers and strings is far cheaper than the
 * analysis itself.
 */
export class LastResult<T> {
  private signature: readonly unknown[] | undefined;
  private value: T | undefined;

  get(signature: readonly unknown[], compute: () => T): T {
    if (this.signature && sameSignature(this.signature, signature)) return this.value as T;
    this.value = compute();
    this.signature = signature;
    return this.value;
  }
}

function sameSignature(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
