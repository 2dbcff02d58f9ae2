/**
 * Rule fixtures: small packs whose expected diagnostics are written inside
 * them, in the style of rust-analyzer's `//^^^ error:` annotations and
 * markdownlint's scenario tests. Everything here is a YAML comment, so a
 * fixture stays valid YAML wherever its test wants it to.
 *
 * Directives (full-line comments starting in column 0, conventionally at the
 * top; a fixture whose first line matters may put them further down):
 *
 *   # options: {"severities": {"RP502": "off"}, "fileExists": false}
 *       JSON passed to checkPack. `fileExists` may be true, false or a list of
 *       the paths that exist; it becomes a function.
 *   # ignore: RP602 RP604
 *       Codes that may be reported without a marker (so fixtures need not be
 *       complete plans). A marked diagnostic of an ignored code is still checked.
 *   # expect-no-other-diagnostics
 *       The default: every unmarked diagnostic fails the test.
 *       `# allow-other-diagnostics` turns it off.
 *
 * Markers: a comment line directly under the line it refers to (several may
 * stack; each refers to the nearest line above that is not a marker):
 *
 *     depends_on: [c]
 *   #              ^ RP301 error: closes a dependency cycle … a → c → b → a
 *
 * The caret run's columns are the range's start and end characters on that
 * line (the `#` is a column like any other). A `#` directly followed by
 * carets counts as the run's first caret, so `#^^^^` under `pack` marks
 * columns 0–4. After the code and the severity, the text after `:` is one or
 * more fragments separated by `…`, each of which must appear in the message
 * (case-insensitive); a fragment written `!text` must NOT appear (for a
 * message that is wrong in a known way). Only single-line ranges can be
 * marked, and a one-character range in column 0 cannot be (the `#` is there).
 */
import type { CheckOptions, PackDiagnostic, Severity } from '../../server/src/pack';

export interface Marker {
  /** Zero-based line of the marker comment itself. */
  markerLine: number;
  /** Zero-based line the marker refers to. */
  line: number;
  start: number;
  end: number;
  code: string;
  severity: Severity;
  fragments: string[];
}

export interface RuleFixture {
  text: string;
  options: Partial<CheckOptions>;
  ignore: Set<string>;
  exhaustive: boolean;
  markers: Marker[];
}

const MARKER = /^(\s*)#(\s*)(\^+)\s+(RP\d{3})\s+(error|warning|information|hint)\b\s*(?::\s*(.*?))?\s*$/;
/** Lines that look as if they meant to be markers, to catch typos. */
const MARKERISH = /^\s*#\s*\^+\s*\S/;

export function parseFixture(text: string, name = 'fixture'): RuleFixture {
  const lines = text.split(/\r?\n/);
  const fixture: RuleFixture = { text, options: {}, ignore: new Set(), exhaustive: true, markers: [] };
  let target = -1;
  lines.forEach((line, index) => {
    const where = `${name}:${index + 1}`;
    if (line.startsWith('#')) readDirective(line, fixture, where);
    const match = MARKER.exec(line);
    if (!match) {
      if (MARKERISH.test(line)) throw new Error(`${where}: malformed marker \`${line.trim()}\` (expected \`#  ^^^ RP123 error: fragment … fragment\`)`);
      target = index;
      return;
    }
    if (target < 0) throw new Error(`${where}: a marker needs a line above it to refer to`);
    const [, indent, gap, carets, code, severity, fragmentText = ''] = match;
    const hashColumn = indent.length;
    const firstCaret = hashColumn + 1 + gap.length;
    const start = gap.length === 0 ? hashColumn : firstCaret;
    fixture.markers.push({
      markerLine: index,
      line: target,
      start,
      end: firstCaret + carets.length,
      code,
      severity: severity as Severity,
      fragments: fragmentText
        .split('…')
        .map((fragment) => fragment.trim())
        .filter(Boolean),
    });
  });
  return fixture;
}

function readDirective(line: string, fixture: RuleFixture, where: string): void {
  const directive = /^#\s*(options|ignore)\s*:\s*(.*)$/.exec(line.trim());
  if (directive?.[1] === 'options') fixture.options = toOptions(directive[2], where);
  else if (directive?.[1] === 'ignore') for (const code of directive[2].split(/[\s,]+/).filter(Boolean)) fixture.ignore.add(code.toUpperCase());
  else if (/^#\s*expect-no-other-diagnostics\s*$/.test(line.trim())) fixture.exhaustive = true;
  else if (/^#\s*allow-other-diagnostics\s*$/.test(line.trim())) fixture.exhaustive = false;
}

function toOptions(json: string, where: string): Partial<CheckOptions> {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${where}: \`# options:\` is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const { fileExists, ...rest } = raw;
  const options = rest as Partial<CheckOptions>;
  if (typeof fileExists === 'boolean') options.fileExists = () => fileExists;
  else if (Array.isArray(fileExists)) options.fileExists = (path) => fileExists.includes(path);
  else if (fileExists !== undefined) throw new Error(`${where}: \`fileExists\` must be true, false or a list of paths`);
  return options;
}

// ---------------------------------------------------------------------------
// Matching

export interface Comparison {
  matched: { marker: Marker; diagnostic: PackDiagnostic }[];
  missing: Marker[];
  unexpected: PackDiagnostic[];
  /** Reported diagnostics of ignored codes that no marker claims. */
  ignored: PackDiagnostic[];
}

export function markerMatches(marker: Marker, diagnostic: PackDiagnostic): boolean {
  const { start, end } = diagnostic.range;
  const message = diagnostic.message.toLowerCase();
  return (
    diagnostic.code === marker.code &&
    diagnostic.severity === marker.severity &&
    start.line === marker.line &&
    end.line === marker.line &&
    start.character === marker.start &&
    end.character === marker.end &&
    marker.fragments.every((fragment) => (fragment.startsWith('!') ? !message.includes(fragment.slice(1).toLowerCase()) : message.includes(fragment.toLowerCase())))
  );
}

/** Pairs markers with diagnostics one to one (a bipartite matching, so stacked markers on one range cannot steal each other's diagnostic). */
export function compare(fixture: RuleFixture, diagnostics: PackDiagnostic[]): Comparison {
  const candidates = fixture.markers.map((marker) => diagnostics.map((d, i) => (markerMatches(marker, d) ? i : -1)).filter((i) => i >= 0));
  const owner = new Array<number>(diagnostics.length).fill(-1);
  const augment = (m: number, seen: Set<number>): boolean => {
    for (const d of candidates[m]) {
      if (seen.has(d)) continue;
      seen.add(d);
      if (owner[d] === -1 || augment(owner[d], seen)) {
        owner[d] = m;
        return true;
      }
    }
    return false;
  };
  fixture.markers.forEach((_, m) => augment(m, new Set()));
  const matchedMarkers = new Set(owner.filter((m) => m >= 0));
  const comparison: Comparison = { matched: [], missing: [], unexpected: [], ignored: [] };
  owner.forEach((m, d) => {
    if (m >= 0) comparison.matched.push({ marker: fixture.markers[m], diagnostic: diagnostics[d] });
    else if (fixture.ignore.has(diagnostics[d].code) || !fixture.exhaustive) comparison.ignored.push(diagnostics[d]);
    else comparison.unexpected.push(diagnostics[d]);
  });
  comparison.missing = fixture.markers.filter((_, m) => !matchedMarkers.has(m));
  return comparison;
}

// ---------------------------------------------------------------------------
// Reporting

/** `L12 4-9 RP301 error: fragment … fragment`, one-based line as editors show it. */
export function describeMarker(marker: Marker): string {
  return `L${marker.line + 1}:${marker.start}-${marker.end} ${marker.code} ${marker.severity}: ${marker.fragments.join(' … ')}`;
}

export function describeDiagnostic(diagnostic: PackDiagnostic): string {
  const { start, end } = diagnostic.range;
  const endText = end.line === start.line ? `${end.character}` : `L${end.line + 1}:${end.character}`;
  return `L${start.line + 1}:${start.character}-${endText} ${diagnostic.code} ${diagnostic.severity}: ${diagnostic.message}`;
}

/** A marker line, in fixture syntax, that would mark this diagnostic (for pasting into fixtures). */
export function markerFor(diagnostic: PackDiagnostic, lineText: string): string {
  const { start, end } = diagnostic.range;
  const indent = /^\s*/.exec(lineText)![0];
  const last = end.line === start.line ? end.character : lineText.length;
  const width = Math.max(1, last - start.character);
  let prefix: string;
  if (start.character === 0) prefix = '#' + '^'.repeat(Math.max(0, width - 1));
  else {
    const hash = Math.min(indent.length, start.character - 1);
    prefix = ' '.repeat(hash) + '#' + ' '.repeat(start.character - hash - 1) + '^'.repeat(width);
  }
  const multiLine = end.line === start.line ? '' : ` [range ends on line ${end.line + 1}]`;
  return `${prefix} ${diagnostic.code} ${diagnostic.severity}: ${diagnostic.message}${multiLine}`;
}

/**
 * The fixture with its own markers removed and every reported diagnostic
 * written as a marker under its line: ✓ matched, ✗ unexpected, · ignored;
 * markers nothing matched are shown with ?.
 */
export function annotate(fixture: RuleFixture, comparison: Comparison): string {
  const lines = fixture.text.split(/\r?\n/);
  const markerLines = new Set(fixture.markers.map((m) => m.markerLine));
  const status = new Map<PackDiagnostic, string>();
  comparison.matched.forEach(({ diagnostic }) => status.set(diagnostic, '✓'));
  comparison.unexpected.forEach((d) => status.set(d, '✗'));
  comparison.ignored.forEach((d) => status.set(d, '·'));
  const byLine = new Map<number, string[]>();
  const add = (line: number, text: string) => byLine.set(line, [...(byLine.get(line) ?? []), text]);
  for (const [diagnostic, mark] of status) add(diagnostic.range.start.line, `${mark} ${markerFor(diagnostic, lines[diagnostic.range.start.line] ?? '')}`);
  for (const marker of comparison.missing) add(marker.line, `? ${lines[marker.markerLine].trimEnd()}   <- marked, not reported`);
  const out: string[] = [];
  const width = String(lines.length).length;
  lines.forEach((text, index) => {
    if (markerLines.has(index)) return;
    out.push(`${String(index + 1).padStart(width)} | ${text}`);
    for (const note of byLine.get(index) ?? []) out.push(`${' '.repeat(width)} ${note}`);
  });
  return out.join('\n');
}

/** A readable account of what differs, with near misses (same code, same line) side by side. */
export function explain(name: string, fixture: RuleFixture, comparison: Comparison): string {
  const parts = [`${name} does not check as marked.`];
  if (comparison.missing.length > 0) {
    parts.push('', 'Marked but not reported:');
    for (const marker of comparison.missing) {
      parts.push(`  - ${describeMarker(marker)}`);
      const near = [...comparison.unexpected, ...comparison.ignored].filter((d) => d.code === marker.code && d.range.start.line === marker.line);
      for (const d of near) parts.push(`      closest: ${describeDiagnostic(d)}`);
    }
  }
  if (comparison.unexpected.length > 0) {
    parts.push('', 'Reported but not marked:');
    for (const d of comparison.unexpected) parts.push(`  + ${describeDiagnostic(d)}`);
  }
  parts.push('', 'The fixture with what was reported (✓ as marked, ✗ unexpected, · ignored, ? marked but missing):', annotate(fixture, comparison));
  return parts.join('\n');
}
