import type { RuleMeta } from '../rules';

/**
 * What a diagnostic's hover shows of its rule's page (docs/rules/<code>.md).
 * The convention, which `test/tidy/rulePages.test.ts` holds every page to:
 * the summary is the first paragraph under "## What it finds", the example is
 * the first fenced block under "## Bad" (the pack, or for brief rules the brief).
 */
export interface RulePageDigest {
  summary: string;
  example: { language: string; lines: readonly string[] };
}

/** Longer examples are cut here in a hover; the page has the rest. */
export const HOVER_EXAMPLE_LINES = 16;

export function digestRulePage(page: string): RulePageDigest | undefined {
  const lines = page.replace(/\r\n?/g, '\n').split('\n');
  const summary = firstParagraph(sectionLines(lines, 'What it finds'));
  const example = firstFence(sectionLines(lines, 'Bad'));
  return summary && example ? { summary, example } : undefined;
}

/** The lines under `## <title>` up to the next `## ` heading outside a fence. */
function sectionLines(lines: readonly string[], title: string): readonly string[] {
  const start = lines.findIndex((line) => line.trimEnd() === `## ${title}`);
  if (start < 0) return [];
  let inFence = false;
  for (let index = start + 1; index < lines.length; index++) {
    if (/^(`{3,}|~{3,})/.test(lines[index])) inFence = !inFence;
    if (!inFence && lines[index].startsWith('## ')) return lines.slice(start + 1, index);
  }
  return lines.slice(start + 1);
}

function firstParagraph(lines: readonly string[]): string | undefined {
  const start = lines.findIndex((line) => line.trim() !== '');
  if (start < 0 || /^(`{3,}|~{3,}|#)/.test(lines[start])) return undefined;
  const end = lines.findIndex((line, index) => index > start && line.trim() === '');
  return lines.slice(start, end < 0 ? undefined : end).map((line) => line.trim()).join(' ');
}

function firstFence(lines: readonly string[]): RulePageDigest['example'] | undefined {
  const start = lines.findIndex((line) => /^`{3,}\w/.test(line));
  if (start < 0) return undefined;
  const [, fence, language] = /^(`{3,})(.*)$/.exec(lines[start])!;
  const end = lines.findIndex((line, index) => index > start && line.trimEnd() === fence);
  if (end < 0) return undefined;
  return { language: language.trim(), lines: lines.slice(start + 1, end) };
}

/**
 * The hover card of one rule at a diagnostic: name and severity, the page's
 * summary and example, and a link to the whole page (`pageLink`, which the
 * client may turn into a link that opens the page inside the editor).
 */
export function ruleHoverCard(rule: RuleMeta, digest: RulePageDigest | undefined, pageLink: string): string {
  const heading = `**${rule.code}** \`${rule.name}\``;
  const summary = digest?.summary ?? rule.summary;
  const example = digest ? exampleBlock(digest.example) : '';
  return `${heading}: ${summary}${example}\n\n[Open the rule page](${pageLink})`;
}

function exampleBlock({ language, lines }: RulePageDigest['example']): string {
  const shown = lines.length > HOVER_EXAMPLE_LINES ? [...lines.slice(0, HOVER_EXAMPLE_LINES), '…'] : lines;
  // A fence longer than any backtick run inside keeps the example from closing it early.
  const longest = Math.max(2, ...shown.map((line) => /`+/.exec(line)?.[0].length ?? 0));
  const fence = '`'.repeat(longest + 1);
  return `\n\nFor example, this earns it:\n\n${fence}${language}\n${shown.join('\n')}\n${fence}`;
}
