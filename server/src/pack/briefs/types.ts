import type { Finding } from '../diagnostic';
import type { Span } from '../text/lineIndex';

/** One line of a Markdown document, without its line break. */
export interface Line {
  /** Zero-based line number, counted as LineIndex counts them. */
  number: number;
  text: string;
  start: number;
  end: number;
}

/** A front-matter key with its value, both located. */
export interface BriefField {
  key: string;
  keySpan: Span;
  value: unknown;
  valueSpan: Span;
}

export interface FrontMatter {
  /** From the opening `---` to the end of the closing one. */
  span: Span;
  /** The opening `---`. */
  open: Span;
  fields: Map<string, BriefField>;
}

/** An ATX heading (`#` to `######`). */
export interface Heading {
  level: number;
  text: string;
  line: number;
  /** The whole heading line, without surrounding spaces. */
  span: Span;
  textSpan: Span;
}

/** A level-2 heading and its body, up to the next heading of level 1 or 2. */
export interface Section {
  heading: Heading;
  /** The title normalised for matching (see sectionKey). */
  key: string;
  /** Where the next section (or level-1 heading) starts, or the end of the text. */
  end: number;
}

export interface TableCell {
  /** Trimmed, with `\|` unescaped. */
  text: string;
  /** The trimmed cell text, or the space between its pipes when empty. */
  span: Span;
}

export interface TableRow {
  line: number;
  span: Span;
  cells: TableCell[];
  /** A `|` inside inline code split this row (GitHub splits there too). */
  pipeInCode: boolean;
}

export interface Table {
  header: TableRow;
  separator: TableRow;
  rows: TableRow[];
  section: Section | undefined;
}

/** `- 2026-Q3-W1..W3: name` in the Milestones section. */
export interface MilestoneLine {
  line: number;
  time: string;
  timeSpan: Span;
  name: string;
}

/** A row of the success-metrics table. */
export interface MetricRow {
  name: TableCell;
  baseline: TableCell | undefined;
  targets: TableCell[];
}

/** A fenced code block (``` or ~~~), its content lines stripped of the fence's indentation. */
export interface Fence {
  info: string;
  /** Spaces before the opening fence (0..3), removed from each content line where present. */
  indent: number;
  openLine: number;
  /** Line after the last content line: the closing fence, or the line count when unclosed. */
  closeLine: number;
}

/** A Markdown initiative brief, parsed by a line scan. Offsets are into `text`. */
export interface Brief {
  text: string;
  lines: Line[];
  frontMatter: FrontMatter | undefined;
  /** `initiative`, `pack`, `title`, `owner` when present (any value type). */
  initiative: BriefField | undefined;
  pack: BriefField | undefined;
  title: BriefField | undefined;
  owner: BriefField | undefined;
  headings: Heading[];
  sections: Section[];
  tables: Table[];
  milestones: MilestoneLine[];
  metrics: MetricRow[];
  fences: Fence[];
  /** Problems found while reading the front matter (RP701). */
  findings: Finding[];
}
