import type { Finding, RelatedInfo, Severity } from './diagnostic';
import type { Rule } from './rules';

/** Most findings of one rule listed for one file; the rest are counted in one more finding. */
export const MOST_PER_RULE = 200;
/** Most findings listed for one file, over all rules. */
export const MOST_PER_FILE = 1000;
/** Most related places on one finding; past it the last one says how many more there are. */
export const MOST_RELATED = 20;

/** A finding ready to become a diagnostic: its rule and the severity in force. */
export interface Kept {
  finding: Finding;
  rule: Rule | undefined;
  severity: Severity;
}

/**
 * Keeps what a person (and a client) can take in: the first findings of each
 * rule in text order up to MOST_PER_RULE, MOST_PER_FILE in all, each rule's
 * overflow told by one finding at the first place left out, and no finding
 * with more than MOST_RELATED related places. Output stays linear in the
 * input, and small, however many problems a file has.
 */
export function capped(sorted: readonly Kept[]): Kept[] {
  const kept: Kept[] = [];
  const perRule = new Map<string, number>();
  const overflow = new Map<string, { first: Kept; count: number }>();
  for (const entry of sorted) {
    const count = perRule.get(entry.finding.code) ?? 0;
    if (count < MOST_PER_RULE && kept.length < MOST_PER_FILE) {
      perRule.set(entry.finding.code, count + 1);
      kept.push(withRelatedCapped(entry));
      continue;
    }
    const over = overflow.get(entry.finding.code);
    if (over) over.count++;
    else overflow.set(entry.finding.code, { first: entry, count: 1 });
  }
  for (const { first, count } of overflow.values()) kept.push({ ...first, finding: overflowFinding(first, count) });
  return kept;
}

function overflowFinding({ finding, rule }: Kept, count: number): Finding {
  const name = rule ? `${finding.code} (${rule.name})` : finding.code;
  return {
    code: finding.code,
    message: `${count.toLocaleString('en-US')} more ${name} ${count === 1 ? 'finding' : 'findings'} from here on are not listed: a file shows at most ${MOST_PER_RULE} of one rule and ${MOST_PER_FILE.toLocaleString('en-US')} in all. Fix the ones shown, or change the rule's severity, to see the rest.`,
    span: finding.span,
  };
}

function withRelatedCapped(entry: Kept): Kept {
  const related = entry.finding.related;
  if (!related || related.length <= MOST_RELATED) return entry;
  const more: RelatedInfo = { message: `… and ${(related.length - MOST_RELATED + 1).toLocaleString('en-US')} more places`, span: related[MOST_RELATED - 1].span };
  return { ...entry, finding: { ...entry.finding, related: [...related.slice(0, MOST_RELATED - 1), more] } };
}
