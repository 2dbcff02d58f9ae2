/** The report as one Markdown document: ```mermaid fences GitHub renders, pack text escaped with mdLine. */
import { mdLine } from '../generate/text';
import type { Report, ReportBlock } from './types';

export function reportMarkdown(report: Report): string {
  const parts = [`# ${mdLine(report.title || 'Roadmap')}`, ''];
  for (const section of report.sections) {
    parts.push(`## ${mdLine(section.heading)}`, '');
    for (const block of section.blocks) parts.push(blockMarkdown(block), '');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

function blockMarkdown(block: ReportBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return mdLine(block.text);
    case 'fields':
      return block.rows.map(([name, value]) => `- **${mdLine(name)}:** ${mdLine(value)}`).join('\n');
    case 'list':
      return block.items.map((item) => `- ${mdLine(item)}`).join('\n');
    case 'table':
      return [row(block.head), `|${block.head.map(() => '---').join('|')}|`, ...block.rows.map(row)].join('\n');
    case 'heading':
      return `### ${mdLine(block.text)}`;
    case 'checklist':
      return block.items.map((item) => `- [${item.met ? 'x' : ' '}] ${mdLine(item.text)}`).join('\n');
    case 'diagram':
      return mermaidFence(block.text).trimEnd();
  }
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => (cell === '' ? ' ' : mdLine(cell))).join(' | ')} |`;
}

/** A ```mermaid fence longer than any run of backticks in the diagram, so nothing in it can close the block early. */
export function mermaidFence(diagram: string): string {
  const longest = Math.max(2, ...(diagram.match(/`+/g) ?? []).map((run) => run.length));
  const marker = '`'.repeat(longest + 1);
  return `${marker}mermaid\n${diagram.endsWith('\n') ? diagram : `${diagram}\n`}${marker}\n`;
}
