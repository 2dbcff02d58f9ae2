/**
 * What "Copy Mermaid" puts on the clipboard: text a Mermaid renderer accepts.
 * One diagram is copied as it is. Several (capacity draws a chart per team)
 * cannot be one Mermaid document, so they are copied as Markdown, each chart
 * in its own ```mermaid block, as `roadmap-pack render --markdown` prints them.
 */
export function copiedSource(diagrams: readonly string[]): string {
  const texts = diagrams.filter((text) => text.trim() !== '');
  return texts.length === 1 ? texts[0] : texts.map(fence).join('\n');
}

/** A fence longer than any run of backticks in the diagram, so nothing in it can close the block early. */
function fence(diagram: string): string {
  const longest = Math.max(2, ...(diagram.match(/`+/g) ?? []).map((run) => run.length));
  const marker = '`'.repeat(longest + 1);
  return `${marker}mermaid\n${diagram.endsWith('\n') ? diagram : `${diagram}\n`}${marker}\n`;
}
