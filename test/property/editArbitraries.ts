import fc from 'fast-check';

/** An edit as an editor sends it: replace a range with new text. */
export interface TextChange {
  at: number;
  remove: number;
  insert: string;
}

export function applyChange(text: string, change: TextChange): string {
  const at = Math.min(change.at, text.length);
  return text.slice(0, at) + change.insert + text.slice(at + change.remove);
}

/** Keystrokes anywhere: mostly breaking, sometimes structural. */
export const typing = (text: string): fc.Arbitrary<TextChange> =>
  fc.record({
    at: fc.nat({ max: text.length }),
    remove: fc.nat({ max: 40 }),
    insert: fc.oneof(fc.constantFrom('', 'x', '\n', '  - id: extra\n    title: Extra\n', 'depends_on: [tracing]', ': ', '#', '"', '- ', '\t', 'W14'), fc.string({ maxLength: 12 })),
  });

/**
 * Edits a planner makes: a value the analyses read changes while the file
 * stays valid. Each names the value it rewrites (group 1 of the pattern), so
 * that every input of the cycle, capacity and model caches gets changed.
 */
const PLANNER_EDITS: { pattern: RegExp; values: string[] }[] = [
  { pattern: /effort: ([\d.-]+)/g, values: ['1', '4-6', '10-12', '30', '0.5-1'] },
  { pattern: /when: (\S+)/g, values: ['2026-Q3-W1..W4', '2026-Q4', '2026-Q3-W8..2026-Q4-W3', '2026-Q4-W10..W13'] },
  { pattern: /owner: (\w[\w -]*)/g, values: ['infra', 'devex', 'Infra Squad', 'nobody', '{ infra: 70%, devex: 30% }'] },
  { pattern: /status: (\S+)/g, values: ['planned', 'cut', 'done', 'in-progress'] },
  { pattern: /depends_on: (\[[^\]\n]*\])/g, values: ['[]', '[tracing]', '[autoscaling, tracing]', '[load-test-3x]', '[cost-optimization]', '[D2]'] },
  { pattern: /^ {2}- id: (\S+)/gm, values: ['tracing', 'autoscaling', 'renamed', 'load-test-3x'] },
  { pattern: /engineers: (\d+)/g, values: ['0', '3', '12'] },
  { pattern: /bau: (\d+%)/g, values: ['0%', '20%', '60%'] },
  { pattern: /fiscal_year_start: (\d+)/g, values: ['1', '4', '10'] },
  { pattern: /title: ([^\n#]+)/g, values: ['Renamed work', 'Tracing & more: "quoted"', 'x'] },
];

export const plannerEdit = (text: string): fc.Arbitrary<TextChange> =>
  fc.record({ kind: fc.nat({ max: PLANNER_EDITS.length - 1 }), nth: fc.nat({ max: 1000 }), value: fc.nat({ max: 100 }) }).map(({ kind, nth, value }) => {
    const edit = PLANNER_EDITS[kind];
    const matches = [...text.matchAll(edit.pattern)];
    if (matches.length === 0) return { at: 0, remove: 0, insert: '' };
    const match = matches[nth % matches.length];
    const at = match.index! + match[0].indexOf(match[1]);
    return { at, remove: match[1].length, insert: edit.values[value % edit.values.length] };
  });

/** A sequence of edits, each drawn against the text the previous ones left. */
export function editsOf(text: string, count: number, seed: number): TextChange[] {
  const changes: TextChange[] = [];
  let current = text;
  for (let n = 0; n < count; n++) {
    const [change] = fc.sample(fc.oneof({ weight: 3, arbitrary: plannerEdit(current) }, { weight: 1, arbitrary: typing(current) }), { numRuns: 1, seed: seed + n });
    changes.push(change);
    current = applyChange(current, change);
  }
  return changes;
}
