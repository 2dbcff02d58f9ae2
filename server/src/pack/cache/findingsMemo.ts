import type { Finding } from '../diagnostic';
import { KnownChange, movedFindings } from '../text/textChange';

interface Worded {
  inputs: readonly unknown[];
  text: string;
  findings: Finding[];
}

/**
 * Findings reused by key while what they were worded from is the same
 * objects, one by one (the caller lists them: an analysis, its team, the
 * initiatives it names, the settings), and moved through the edit since; a
 * finding the edit touched has them worded again.
 */
export class FindingsMemo {
  private readonly known = new Map<string, Worded>();

  get(key: string, inputs: readonly unknown[], text: string, change: KnownChange | undefined, word: () => Finding[]): Finding[] {
    const known = this.known.get(key);
    const moved = known && sameItems(known.inputs, inputs) ? movedFindings(known.findings, known.text, text, change) : undefined;
    const findings = moved ?? word();
    this.known.set(key, { inputs, text, findings });
    return findings;
  }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
