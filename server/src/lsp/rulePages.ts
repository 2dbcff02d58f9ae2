import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, digestRulePage, type RulePageDigest } from '../pack';

/** Each rule's summary and example, by code, as its page says. */
export type RulePages = ReadonlyMap<string, RulePageDigest>;

/**
 * The rule pages shipped beside the bundle (dist/../docs/rules), read once at
 * start so a hover costs no file access. A page missing or not following the
 * convention leaves its rule out: its hover falls back to the rule's one-line summary.
 */
export function readRulePages(dir = path.join(__dirname, '..', 'docs', 'rules')): RulePages {
  const pages = new Map<string, RulePageDigest>();
  for (const rule of RULES) {
    const digest = readDigest(path.join(dir, `${rule.code}.md`));
    if (digest) pages.set(rule.code, digest);
  }
  return pages;
}

function readDigest(file: string): RulePageDigest | undefined {
  try {
    return digestRulePage(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
