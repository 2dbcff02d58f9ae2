/**
 * Brief parsing is linear: the line scans read each line and each section a
 * bounded number of times, so four times the brief costs about four times the
 * reads. Counted, not timed: each array the scans share is wrapped in a proxy
 * that counts element reads. A search per section, table or row (what made
 * 20,000 sections take seconds) reads quadratically many.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_PARSE_LIMITS, checkMarkdownFile } from '../../server/src/pack';
import { metricRows } from '../../server/src/pack/briefs/columns';
import { fencedLines, findFences } from '../../server/src/pack/briefs/fences';
import { findHeadings, findSections } from '../../server/src/pack/briefs/headings';
import { splitLines } from '../../server/src/pack/briefs/lines';
import { findMilestones } from '../../server/src/pack/briefs/milestones';
import { findTables } from '../../server/src/pack/briefs/tables';
import type { Table } from '../../server/src/pack/briefs/types';

const NAMES = ['Milestones', 'Risks + mitigations', 'Success metrics', 'Notes'];

/** A brief of `count` sections, each with a paragraph, a risk table and a milestone bullet. */
function briefOf(count: number): string {
  const parts = ['---', 'initiative: tracing', '---', '# Brief', ''];
  for (let index = 0; index < count; index++) {
    parts.push(`## ${NAMES[index % NAMES.length]}`, '', `Text ${index} with \`code\`.`, '', '| Risk | Likelihood | Impact | Mitigation |', '|---|---|---|---|', `| r${index} | Low | High | m |`, '', `- 2026-Q3-W${(index % 12) + 1}: step ${index}`, '');
  }
  return parts.join('\n');
}

/** An array whose element reads are counted in `reads.count`. */
function counted<T>(items: readonly T[], reads: { count: number }): readonly T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** Element reads of the lines and sections by the scans of parseBrief after the line split. */
function scanReads(text: string): number {
  const reads = { count: 0 };
  const lines = counted(splitLines(text), reads);
  const fenced = fencedLines(findFences(lines, 3));
  const skip = (line: number) => line < 3 || fenced.has(line);
  const headings = findHeadings(lines, skip);
  const sections = counted(findSections(headings, lines, text.length), reads);
  findTables(lines, skip, sections);
  findMilestones(lines, sections, skip);
  return reads.count;
}

/** A metric table `width` columns wide and `height` rows long, its header cells counted. */
function metricTable(width: number, height: number, reads: { count: number }): Table {
  const cell = (text: string, at: number) => ({ text, span: { start: at, end: at + text.length } });
  const header = ['Metric', 'Baseline', 'Target', ...Array.from({ length: width - 3 }, (_, index) => `Note ${index}`)].map(cell);
  const rows = Array.from({ length: height }, (_, line) => ({ line, span: { start: 0, end: 1 }, cells: [cell(`m${line}`, 0), cell('1', 0), cell('2', 0)], pipeInCode: false }));
  return { header: { line: 0, span: { start: 0, end: 1 }, cells: counted(header, reads) as typeof header, pipeInCode: false }, separator: { line: 1, span: { start: 0, end: 1 }, cells: [], pipeInCode: false }, rows, section: undefined };
}

describe('brief parsing stays linear', () => {
  it('reads lines and sections a bounded number of times per section', () => {
    const [small, large] = [scanReads(briefOf(500)), scanReads(briefOf(2000))];
    assert.ok(large <= 4.5 * small, `4× the sections took ${(large / small).toFixed(1)}× the reads (${small} → ${large})`);
  });

  it('finds a metric table’s columns once per table, not once per row', () => {
    const [small, large] = [{ count: 0 }, { count: 0 }];
    metricRows([metricTable(500, 500, small)]);
    metricRows([metricTable(2000, 2000, large)]);
    assert.ok(large.count <= 4.5 * small.count, `4× the table took ${(large.count / small.count).toFixed(1)}× the reads (${small.count} → ${large.count})`);
  });

  it('does not parse a brief over the size limit, nor its roadmap blocks: one RP002 instead', () => {
    const text = `${briefOf(2000)}\n\`\`\`roadmap\npack: 1\ntitle: [unclosed\n\`\`\`\n`;
    const result = checkMarkdownFile({ key: '/repo/briefs/big.md', onDisk: true, text }, { packs: [] }, { limits: { ...DEFAULT_PARSE_LIMITS, maxFileSize: 100_000 } });
    assert.deepEqual(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [['RP002', 0]]);
    assert.equal(result.brief.sections.length, 0);
  });
});
