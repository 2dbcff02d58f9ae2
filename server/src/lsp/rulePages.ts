import { RULES, digestRulePage, type RulePageDigest } from '../pack';

/** Each rule's summary and example, by code, as its page says. */
export type RulePages = ReadonlyMap<string, RulePageDigest>;

/**
 * The rule pages shipped with the server, digested once at start so a hover
 * costs no file access; `pageText` gives a page's Markdown by rule code (read
 * beside the bundle on Node, built into the web bundle). A page missing or not
 * following the convention leaves its rule out: its hover falls back to the
 * rule's one-line summary.
 */
export function rulePagesOf(pageText: (code: string) => string | undefined): RulePages {
  const pages = new Map<string, RulePageDigest>();
  for (const rule of RULES) {
    const text = pageText(rule.code);
    const digest = text === undefined ? undefined : digestRulePage(text);
    if (digest) pages.set(rule.code, digest);
  }
  return pages;
}
