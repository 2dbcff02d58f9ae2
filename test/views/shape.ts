/**
 * A stand-in for `mermaid.parse` (Mermaid is ESM and needs a DOM, so it does
 * not run in these node tests): it repeats, for the statements the views
 * write, what Mermaid 11 does to a diagram's text before and during lexing,
 * and fails with the offending line when a label could change the structure.
 *
 * 1. Preprocessing: `%%{…}%%` anywhere is a directive, a line starting with
 *    `%%` a comment (mermaid/src/preprocess.ts, utils.detectInit).
 * 2. `encodeEntities` (mermaid/src/utils.ts), run on the whole text before
 *    any diagram's parser: `#35;` becomes a placeholder, and on a line with
 *    `style…:…#…;` or `classDef…:…#…;` the last `;` is dropped.
 * 3. Each line against the grammar of the statement it must be, with the
 *    diagram's lexer rules for where a label ends (gantt `[^:\n]+`, timeline
 *    `[^#:\n]+` and `: (…)`, quoted strings up to the next `"`), and the
 *    keywords its lexer tries first at the start of a statement.
 */
import { strict as assert } from 'node:assert';

/** Mermaid's `encodeEntities`, as in mermaid/src/utils.ts (v11). */
export function encodeEntities(text: string): string {
  let txt = text;
  txt = txt.replace(/style.*:\S*#.*;/g, (s) => s.substring(0, s.length - 1));
  txt = txt.replace(/classDef.*:\S*#.*;/g, (s) => s.substring(0, s.length - 1));
  return txt.replace(/#\w+;/g, (s) => {
    const inner = s.substring(1, s.length - 1);
    return /^\+?\d+$/.test(inner) ? `ﬂ°°${inner}¶ß` : `ﬂ°${inner}¶ß`;
  });
}

/** Mermaid's `decodeEntities`, run on the finished SVG. */
export function decodeEntities(text: string): string {
  return text.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
}

/** What a label shows once rendered: placeholders decoded and the character references resolved. */
export function shownText(label: string): string {
  return decodeEntities(encodeEntities(label)).replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** Statement starts the gantt lexer (Mermaid 11) tries before a task name, case-insensitive. */
const GANTT_KEYWORDS =
  /^(%%\{|acctitle\s*:|accdescr\s*[:{]|%|href\s+"|call\s|click\s|gantt\b|dateformat\s|inclusiveenddates\b|topaxis\b|axisformat\s|tickinterval\s|includes\s|excludes\s|todaymarker\s|weekday\s+\w+\b|weekend\s+\w+\b|\d{4}-\d{2}-\d{2}\b|title\s|accdescription\s|section\s|vert\b)/i;
const TIMELINE_KEYWORDS = /^(%%|#|timeline|title\s|acctitle\s*:|accdescr\s*[:{]|section\s)/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type DiagramKind = 'gantt' | 'timeline' | 'flowchart' | 'xychart';

/** Checks a whole diagram; returns its statements by kind for further checks. */
export function checkDiagram(text: string, kind: DiagramKind): Statements {
  assert.ok(!text.includes('%%{'), 'a %%{ directive in the text');
  assert.ok(!/^\s*%%/m.test(text), 'a %% comment line in the text');
  assert.ok(!/<(?!br\/?>)/.test(text), `markup other than <br> in the text: ${/<(?!br\/?>).{0,30}/.exec(text)?.[0]}`);
  const styleRule = /(?:style|classDef).*:\S*#.*;/.exec(text);
  assert.equal(styleRule, null, `a line that Mermaid's style/classDef rule would cut short: ${styleRule?.[0]}`);
  const encoded = encodeEntities(text);
  assert.ok(!/ﬂ°(?!°)/.test(encoded), `a named entity (the views write numeric ones only): ${/#[A-Za-z_]\w*;/.exec(text)?.[0]}`);
  const lines = encoded.split('\n');
  assert.equal(lines.pop(), '', 'the text ends with a newline');
  const statements = new Statements();
  const check = { gantt: ganttLine, timeline: timelineLine, flowchart: flowchartLine, xychart: xychartLine }[kind];
  lines.forEach((line, n) => check(line, n, statements));
  return statements;
}

/** Each statement found, with the raw (encoded) label text, by kind. */
export class Statements {
  readonly all: { kind: string; label?: string; data?: string[]; line: string }[] = [];

  add(kind: string, line: string, label?: string, data?: string[]): void {
    this.all.push({ kind, line, label, data });
  }

  of(kind: string) {
    return this.all.filter((statement) => statement.kind === kind);
  }
}

function fail(line: string, n: number, why: string): never {
  assert.fail(`line ${n + 1} ${why}: ${JSON.stringify(line)}`);
}

function ganttLine(line: string, n: number, statements: Statements): void {
  if (n === 0) return void (line === 'gantt' || fail(line, n, 'should be `gantt`'));
  const body = line.replace(/^\s+/, '');
  const header = /^(title|dateFormat|axisFormat|tickInterval|todayMarker|section)\s(.+)$|^(inclusiveEndDates|weekday monday)$/.exec(body);
  if (header) {
    if (header[1] === 'section' && /[#:;]/.test(header[2])) fail(line, n, 'has a section name that ends early');
    if (header[1] === 'title' && /[#;]/.test(header[2])) fail(line, n, 'has a title that ends early');
    return statements.add(header[1] ?? header[3], line, header[2]);
  }
  const task = /^([^:\n]+):([^#\n;]+)$/.exec(body);
  if (!task) return fail(line, n, 'is not one gantt task');
  if (GANTT_KEYWORDS.test(task[1])) fail(line, n, 'starts with a gantt keyword');
  const data = task[2].split(',').map((part) => part.trim());
  const tags: string[] = [];
  while (['crit', 'done', 'active', 'milestone', 'vert'].includes(data[0])) tags.push(data.shift()!);
  if (data.length !== 3 || !/^[a-z]+\d+$/.test(data[0]) || !DATE.test(data[1]) || !(DATE.test(data[2]) || data[2] === '0d')) fail(line, n, 'has task data other than tags, a generated id and two dates');
  statements.add('task', line, task[1].trim(), [...tags, ...data]);
}

function timelineLine(line: string, n: number, statements: Statements): void {
  if (n === 0) return void (line === 'timeline' || fail(line, n, 'should be `timeline`'));
  const body = line.replace(/^\s+/, '');
  const header = /^(title|section)\s(.+)$/.exec(body);
  if (header) {
    if (header[1] === 'section' && body.includes(':')) fail(line, n, 'has a section name that ends early');
    return statements.add(header[1], line, header[2]);
  }
  if (body.startsWith(':')) {
    // One event per line: `: ` starts it, and no `: ` inside may start another.
    if (!/^:\s(?:[^:\n]|:(?!\s))+$/.test(body)) fail(line, n, 'is not exactly one event');
    return statements.add('event', line, body.slice(2));
  }
  if (!/^[^#:\n]+$/.test(body) || TIMELINE_KEYWORDS.test(body)) fail(line, n, 'is not one period');
  statements.add('period', line, body);
}

const NODE = /^([a-z]+\d+)(\["([^"]*)"\]|\{\{"([^"]*)"\}\}|\[\/"([^"]*)"\/\]|\("([^"]*)"\)|\[\["([^"]*)"\]\]|\(\["([^"]*)"\]\))$/;
/** Front matter the flowchart views may start with: layout numbers only. */
const FLOWCHART_CONFIG = /^( {4}(wrappingWidth|nodeSpacing|rankSpacing|padding): \d+| {4}subGraphTitleMargin:| {6}(top|bottom): \d+)$/;

function flowchartLine(line: string, n: number, statements: Statements): void {
  if (statements.all.length === 0 && flowchartFrontMatter(line, n)) return;
  if (statements.all.length === 0) {
    if (!/^flowchart (LR|TB)$/.test(line)) fail(line, n, 'should be `flowchart LR` or `flowchart TB`');
    return statements.add('header', line, undefined, [line.split(' ')[1]]);
  }
  const body = line.replace(/^\s+/, '');
  const node = NODE.exec(body);
  if (node) return statements.add('node', line, node.slice(3).find((text) => text !== undefined), [node[1]]);
  const edge = /^([a-z]+\d+) (?:e\d+@)?-->(?:\|"([^"]*)"\|)? ([a-z]+\d+)$/.exec(body); // `e3@`: an edge id, for a hover target (dependencies.ts)
  if (edge) return statements.add('edge', line, edge[2], [edge[1], edge[3]]);
  const subgraph = /^subgraph ([a-z]+\d+)\["([^"]*)"\]$/.exec(body);
  if (subgraph) return statements.add('subgraph', line, subgraph[2], [subgraph[1]]);
  if (/^[a-z]+\d+( ~~~ [a-z]+\d+)+$/.test(body)) return statements.add('invisible', line, undefined, body.split(' ~~~ '));
  const linkStyle = /^linkStyle ([\d,]+) (.+)$/.exec(body);
  if (linkStyle) return statements.add('linkStyle', line, linkStyle[2], linkStyle[1].split(','));
  const classes = /^class ([a-z\d,]+) ([a-z]+)$/.exec(body);
  if (classes) return statements.add('class', line, classes[2], classes[1].split(','));
  if (/^classDef [a-z]+ [^"\n]+$/.test(body) || (body === 'direction TB' || body === 'direction LR') || body === 'end') return statements.add(body.split(' ')[0], line);
  if (/^[a-z]+\d+$/.test(body)) return statements.add('member', line, undefined, [body]); // a node placed in the subgraph around it
  fail(line, n, 'is not a node, edge, subgraph, style or class statement the views write');
}

/** `---`, `config:`, `  flowchart:`, layout numbers, `---`: true for a line of it. */
function flowchartFrontMatter(line: string, n: number): boolean {
  const opening = ['---', 'config:', '  flowchart:'];
  if (n < 3) return line === opening[n] || (n > 0 && fail(line, n, `should be ${JSON.stringify(opening[n])}`));
  if (FLOWCHART_CONFIG.test(line) || line === '---') return true;
  return false;
}

const QUOTED_LIST = /^\[(?:"[^"]*"(?:, "[^"]*")*)?\]$/;

function xychartLine(line: string, n: number, statements: Statements): void {
  const frontMatter = ['---', 'config:', '  themeVariables:', '    xyChart:'];
  if (n < 4 && line === frontMatter[n]) return;
  if (n === 4 && /^ {6}plotColorPalette: "[#0-9a-f, ]+"$/.test(line)) return;
  if (n === 5) return void (line === '---' || fail(line, n, 'should close the front matter'));
  if (n === 6) return void (line === 'xychart-beta' || fail(line, n, 'should be `xychart-beta`'));
  const body = line.replace(/^\s+/, '');
  const title = /^title "([^"]*)"$/.exec(body);
  if (title) return statements.add('title', line, title[1]);
  const xAxis = /^x-axis "([^"]*)" (\[.*\])$/.exec(body);
  if (xAxis && QUOTED_LIST.test(xAxis[2])) return statements.add('x-axis', line, xAxis[1], [...xAxis[2].matchAll(/"([^"]*)"/g)].map((m) => m[1]));
  if (/^y-axis "[^"]*" 0 --> \d+$/.test(body)) return statements.add('y-axis', line);
  const series = /^(bar|line)(?: "([^"]*)")? \[((?:\d+(?:\.\d+)?(?:, )?)*)\]$/.exec(body);
  if (series) return statements.add(series[1], line, series[2], series[3] === '' ? [] : series[3].split(', '));
  fail(line, n, 'is not an xychart statement the views write');
}
