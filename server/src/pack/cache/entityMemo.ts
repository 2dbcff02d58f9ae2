import type { Finding } from '../diagnostic';
import { TextChange, movedFinding, textChange, unchanged } from '../text/textChange';

interface Remembered<Reads> {
  findings: Finding[];
  reads: Reads;
  /** The check that last confirmed them: only the previous check's answers are compared. */
  check?: number;
}

/**
 * Each entity's findings from the rules that read one entity at a time,
 * reused while the entity is the same object (its piece of text was not
 * re-parsed, its place did not change) and everything else it read, recorded
 * as it read it, still reads the same. Findings are kept in the offsets of the
 * last check's text and moved through each edit; one that an edit touched is
 * computed again.
 */
export class EntityMemo<Reads> {
  private byEntity = new WeakMap<object, Remembered<Reads>>();
  private text: string | undefined;
  private config = '';
  private change: TextChange | undefined;
  private check = 0;

  /** Starts a check of `text` with these rules and options (another configuration forgets everything). */
  begin(text: string, config: string): void {
    if (config !== this.config) this.byEntity = new WeakMap();
    this.change = this.text === undefined || config !== this.config ? undefined : textChange(this.text, text);
    this.text = text;
    this.config = config;
    this.check++;
  }

  findings(entity: object, stillValid: (reads: Reads) => boolean, compute: () => Remembered<Reads>): Finding[] {
    const known = this.byEntity.get(entity);
    const moved = known && known.check === this.check - 1 && this.change && stillValid(known.reads) ? this.moved(known.findings, this.change) : undefined;
    if (moved) {
      known!.findings = moved;
      known!.check = this.check;
      return moved;
    }
    const fresh = compute();
    this.byEntity.set(entity, { ...fresh, check: this.check });
    return fresh.findings;
  }

  private moved(findings: Finding[], change: TextChange): Finding[] | undefined {
    if (findings.length === 0 || unchanged(change)) return findings;
    const moved: Finding[] = [];
    for (const finding of findings) {
      const now = movedFinding(finding, change);
      if (!now) return undefined;
      moved.push(now);
    }
    return moved;
  }
}
