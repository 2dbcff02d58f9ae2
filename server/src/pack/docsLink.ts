/** Where each rule's page is published; docs/rules/<code>.md in this repository. */
export const DOCS_BASE = 'https://github.com/roadmap-packs/roadmap-packs/blob/main/docs/rules/';

export function docsUrl(code: string): string {
  return `${DOCS_BASE}${code}.md`;
}
