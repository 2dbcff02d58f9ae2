/** Where each rule's page is published; docs/rules/<code>.md in this repository. */
export const DOCS_BASE = 'https://github.com/roadmap-packs/roadmap-packs/blob/main/docs/rules/';

export function docsUrl(code: string): string {
  return `${DOCS_BASE}${code}.md`;
}

/** The rule code a docs URL points to, or undefined for any other address. */
export function ruleCodeOfDocsUrl(url: string): string | undefined {
  if (!url.startsWith(DOCS_BASE)) return undefined;
  return /^(RP\d{3})\.md$/.exec(url.slice(DOCS_BASE.length))?.[1];
}
