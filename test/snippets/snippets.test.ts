import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parse, parseDocument } from 'yaml';
import { checkBrief, checkPack } from '../../server/src/pack';
import type { PackDiagnostic } from '../../server/src/pack';
import { dependencyTypeSchema, gateSchema, initiativeSchema, packSchema, registerDependencySchema, riskSchema } from '../../server/src/pack/schema/packSchema';
import { repoPath } from '../helpers/repoRoot';

/**
 * The snippets in snippets/*.json (contributed for `roadmap-yaml` and
 * `markdown`). A small parser and expander for VS Code's snippet syntax lets
 * the tests read them the way the editor does: the claim is that a pack made
 * only from snippets checks clean once its placeholders are filled.
 */

// ---------------------------------------------------------------- snippet syntax

type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

/** Parses VS Code snippet syntax; throws where the editor would silently insert the text literally. */
function parseSnippet(source: string): SnippetNode[] {
  let pos = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at ${pos} in ${JSON.stringify(source)}`);
  };

  function sequence(inside: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (pos < source.length) {
      const c = source[pos];
      if (c === '\\' && '$}\\'.includes(source[pos + 1] ?? '')) {
        text += source[pos + 1];
        pos += 2;
      } else if (c === '}' && inside) {
        flush();
        return nodes;
      } else if (c === '$') {
        const node = dollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += c;
          pos++;
        }
      } else {
        text += c;
        pos++;
      }
    }
    if (inside) fail('unclosed ${');
    flush();
    return nodes;
  }

  function dollar(): SnippetNode | undefined {
    const rest = source.slice(pos);
    let match = /^\$(\d+)/.exec(rest);
    if (match) {
      pos += match[0].length;
      return { kind: 'tabstop', index: Number(match[1]) };
    }
    match = /^\$([_a-zA-Z][_a-zA-Z0-9]*)/.exec(rest);
    if (match) {
      pos += match[0].length;
      return { kind: 'variable', name: match[1] };
    }
    match = /^\$\{(\d+)/.exec(rest);
    if (match) {
      pos += match[0].length;
      const index = Number(match[1]);
      const next = source[pos];
      if (next === '}') {
        pos++;
        return { kind: 'tabstop', index };
      }
      if (next === ':') {
        pos++;
        const children = sequence(true);
        pos++;
        return { kind: 'placeholder', index, children };
      }
      if (next === '|') {
        pos++;
        return { kind: 'choice', index, options: choiceOptions() };
      }
      return fail('tab stop with a transform or a stray character');
    }
    match = /^\$\{([_a-zA-Z][_a-zA-Z0-9]*)/.exec(rest);
    if (match) {
      pos += match[0].length;
      const name = match[1];
      if (source[pos] === '}') {
        pos++;
        return { kind: 'variable', name };
      }
      if (source[pos] === ':') {
        pos++;
        const children = sequence(true);
        pos++;
        return { kind: 'variable', name, children };
      }
      return fail('variable with a transform or a stray character');
    }
    return undefined;
  }

  function choiceOptions(): string[] {
    const options: string[] = [];
    let option = '';
    while (pos < source.length) {
      const c = source[pos];
      if (c === '\\' && ',|\\'.includes(source[pos + 1] ?? '')) {
        option += source[pos + 1];
        pos += 2;
      } else if (c === ',') {
        options.push(option);
        option = '';
        pos++;
      } else if (c === '|' && source[pos + 1] === '}') {
        options.push(option);
        pos += 2;
        return options;
      } else {
        option += c;
        pos++;
      }
    }
    return fail('unclosed choice');
  }

  return sequence(false);
}

function walk(nodes: SnippetNode[], visit: (node: SnippetNode) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.kind === 'placeholder' || (node.kind === 'variable' && node.children)) walk(node.children!, visit);
  }
}

/** Values for the variables the snippets use, as the editor would resolve them on a sample file and day. */
const SAMPLE_VARIABLES: Record<string, string> = {
  TM_FILENAME_BASE: 'tracing',
  TM_FILENAME: 'tracing.md',
  CURRENT_YEAR: '2026',
  CURRENT_YEAR_SHORT: '26',
  CURRENT_MONTH: '07',
  CURRENT_MONTH_NAME: 'July',
  CURRENT_MONTH_NAME_SHORT: 'Jul',
  CURRENT_DATE: '13',
};

/** Variables VS Code resolves (an unknown name would be inserted as a placeholder with its name). */
const KNOWN_VARIABLES = new Set([
  ...Object.keys(SAMPLE_VARIABLES),
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_DIRECTORY', 'TM_FILEPATH',
  'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

interface ExpandOptions {
  /** What the user types at a tab stop (a choice may be given any text, as in the editor). */
  fill?: Record<number, string>;
  variables?: Record<string, string>;
}

/**
 * The text the editor inserts when every tab stop keeps its default: a
 * placeholder its default, a choice its first option, a bare `$n` the value of
 * the placeholder it mirrors (or nothing), `$0` nothing.
 */
function expand(body: string[], options: ExpandOptions = {}): string {
  const nodes = parseSnippet(body.join('\n'));
  const variables = { ...SAMPLE_VARIABLES, ...options.variables };
  const fill = options.fill ?? {};
  const defaults = new Map<number, SnippetNode>();
  walk(nodes, (node) => {
    if ((node.kind === 'placeholder' || node.kind === 'choice') && !defaults.has(node.index)) defaults.set(node.index, node);
  });
  const valueOf = (index: number): string => {
    if (index in fill) return fill[index];
    const node = defaults.get(index);
    if (node?.kind === 'placeholder') return render(node.children);
    if (node?.kind === 'choice') return node.options[0];
    return '';
  };
  const render = (list: SnippetNode[]): string =>
    list
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.value;
          case 'tabstop':
          case 'placeholder':
          case 'choice':
            return valueOf(node.index);
          case 'variable':
            if (node.name in variables) return variables[node.name];
            if (node.children) return render(node.children);
            throw new Error(`no sample value for variable ${node.name}`);
        }
      })
      .join('');
  return render(nodes);
}

/** Inserts a snippet on a line indented by `indent`: VS Code prefixes each following line with that indentation. */
function insertedAt(indent: string, text: string): string {
  return text
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
}

/**
 * Appends a list item after the last item of the block list under the line
 * `keyLine` (matched exactly, indentation included), typed on a new line at
 * the indentation of the existing items.
 */
function appendItem(text: string, keyLine: string, item: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.trimEnd() === keyLine);
  assert.ok(at >= 0, `no line ${JSON.stringify(keyLine)}`);
  const indentOf = (line: string) => line.length - line.trimStart().length;
  const keyIndent = indentOf(keyLine);
  let end = at + 1;
  let itemIndent: string | undefined;
  for (; end < lines.length; end++) {
    const line = lines[end];
    if (!line.trim()) continue;
    const indent = indentOf(line);
    if (indent < keyIndent || (indent === keyIndent && !line.trimStart().startsWith('- '))) break;
    if (itemIndent === undefined && line.trimStart().startsWith('- ')) itemIndent = line.slice(0, indent);
  }
  while (end > at + 1 && !lines[end - 1].trim()) end--;
  assert.ok(itemIndent !== undefined, `no list items under ${JSON.stringify(keyLine)}`);
  lines.splice(end, 0, insertedAt(itemIndent, item));
  return lines.join('\n');
}

// ---------------------------------------------------------------- the snippet files

interface Snippet {
  prefix: string | string[];
  body: string[];
  description: string;
  isFileTemplate?: boolean;
}

const FILES = { yaml: 'snippets/roadmap-yaml.json', markdown: 'snippets/markdown.json' } as const;

function readSnippets(file: string): Record<string, Snippet> {
  return JSON.parse(readFileSync(repoPath(file), 'utf8')) as Record<string, Snippet>;
}

function prefixes(snippet: Snippet): string[] {
  return Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
}

function byPrefix(snippets: Record<string, Snippet>, prefix: string): Snippet {
  const found = Object.values(snippets).find((snippet) => prefixes(snippet).includes(prefix));
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found;
}

const yamlSnippets = () => readSnippets(FILES.yaml);
const markdownSnippets = () => readSnippets(FILES.markdown);
const allSnippets = () => [...Object.entries(yamlSnippets()), ...Object.entries(markdownSnippets())];

/** The tab stops of a snippet, with the defaults given at each. */
function tabStops(snippet: Snippet) {
  const stops = new Map<number, string[]>();
  const choices: { index: number; options: string[] }[] = [];
  const variables: string[] = [];
  walk(parseSnippet(snippet.body.join('\n')), (node) => {
    if (node.kind === 'variable') variables.push(node.name);
    if (node.kind === 'variable' || node.kind === 'text') return;
    const list = stops.get(node.index) ?? [];
    stops.set(node.index, list);
    if (node.kind === 'placeholder') list.push(JSON.stringify(node.children));
    if (node.kind === 'choice') {
      list.push(JSON.stringify(node.options));
      choices.push({ index: node.index, options: node.options });
    }
  });
  return { stops, choices, variables };
}

// ---------------------------------------------------------------- pack assembly

const ITEM_SNIPPETS = ['rp-initiative', 'rp-gate', 'rp-risk', 'rp-dependency', 'rp-metric', 'rp-team', 'rp-milestone', 'rp-depends-on', 'rp-goal', 'rp-tradeoff'];

/** The index of the tab stop whose line reads `key: ${n…`, for filling it in. */
function stopOnKey(snippet: Snippet, key: string): number {
  const line = snippet.body.find((text) => new RegExp(`^[\\s-]*${key}:\\s`).test(text));
  const match = line && /\$\{(\d+)[:|]/.exec(line);
  assert.ok(match, `no tab stop on key ${key}`);
  return Number(match[1]);
}

/**
 * rp-pack with every default, and into its lists: rp-initiative twice (the
 * second with its id and its depends_on filled in, one typed dependency from
 * rp-depends-on and one milestone from rp-milestone), rp-gate, rp-risk,
 * rp-dependency, rp-team and rp-metric, each typed at the list's indentation.
 */
function packFromSnippets(variables: Record<string, string> = {}): string {
  const snippets = yamlSnippets();
  const get = (prefix: string) => expand(byPrefix(snippets, prefix).body, { variables });
  const initiative = byPrefix(snippets, 'rp-initiative');
  let first = expand(initiative.body, { variables });
  first = appendItem(first, '  depends_on:', get('rp-depends-on'));
  first = appendItem(first, '  milestones:', get('rp-milestone'));
  const second = expand(initiative.body, {
    variables,
    fill: { [stopOnKey(initiative, 'id')]: 'tracing-next', [Number(/\$\{(\d+):D1\}/.exec(initiative.body.join('\n'))![1])]: 'D2' },
  });
  let pack = expand(byPrefix(snippets, 'rp-pack').body, { variables });
  pack = appendItem(pack, 'teams:', get('rp-team'));
  pack = appendItem(pack, 'initiatives:', first);
  pack = appendItem(pack, 'initiatives:', second);
  pack = appendItem(pack, 'gates:', get('rp-gate'));
  pack = appendItem(pack, 'risks:', get('rp-risk'));
  pack = appendItem(pack, 'dependencies:', get('rp-dependency'));
  pack = appendItem(pack, 'metrics:', get('rp-metric'));
  return pack;
}

function describeAll(diagnostics: PackDiagnostic[]): string {
  return diagnostics.map((d) => `${d.severity} ${d.code} ${d.range.start.line + 1}: ${d.message}`).join('\n');
}

// ---------------------------------------------------------------- Markdown helpers

interface MdTable {
  header: string[];
  rows: string[][];
  separatorCells: number;
  line: number;
}

const cellsOf = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());

function tablesIn(text: string): MdTable[] {
  const lines = text.split('\n');
  const tables: MdTable[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index].trimStart().startsWith('|')) continue;
    const start = index;
    while (index < lines.length && lines[index].trimStart().startsWith('|')) index++;
    const block = lines.slice(start, index);
    assert.ok(block.length >= 2, `table at line ${start + 1} has no separator row`);
    const separator = cellsOf(block[1]);
    assert.ok(separator.every((cell) => /^:?-{3,}:?$/.test(cell)), `line ${start + 2} is not a separator row: ${block[1]}`);
    tables.push({ header: cellsOf(block[0]), separatorCells: separator.length, rows: block.slice(2).map(cellsOf), line: start + 1 });
  }
  return tables;
}

function assertTableWellFormed(table: MdTable): void {
  const width = table.header.length;
  assert.equal(table.separatorCells, width, `table at line ${table.line}: separator row`);
  table.rows.forEach((row, index) => assert.equal(row.length, width, `table at line ${table.line}, row ${index + 1}: ${row.join(' | ')}`));
  for (const row of [table.header, ...table.rows]) assert.ok(row.every((cell) => cell.length > 0), `table at line ${table.line} has an empty cell`);
}

/** The `##` headings of a Markdown text, in order. */
const h2 = (text: string) => text.split('\n').flatMap((line) => (/^## (.+)$/.exec(line)?.[1] ?? []));

/** The table that follows a `##` (or `###`) heading. */
function tableUnder(text: string, heading: string): MdTable {
  const start = text.indexOf(`${heading}\n`);
  assert.ok(start >= 0, `no heading ${heading}`);
  const [table] = tablesIn(text.slice(start).split(/\n#{2,3} /)[0]);
  assert.ok(table, `no table under ${heading}`);
  return table;
}

const BRIEF_SECTIONS = ['Problem / opportunity', 'Proposed approach', 'Why now', 'Scope', 'Dependencies', 'Milestones', 'Risks + mitigations', 'Success metrics'];

// ---------------------------------------------------------------- tests

describe('snippets', () => {
  describe('both snippet files', () => {
    for (const file of Object.values(FILES)) {
      it(`${file} is valid JSON: an object of snippets with unique names`, () => {
        const text = readFileSync(repoPath(file), 'utf8');
        const snippets = JSON.parse(text);
        assert.equal(typeof snippets, 'object');
        assert.ok(!Array.isArray(snippets));
        // JSON.parse keeps the last of two equal keys silently: count the names as written.
        const written = [...text.matchAll(/^ {2}"((?:[^"\\]|\\.)*)": \{$/gm)].map((match) => JSON.parse(`"${match[1]}"`));
        assert.deepEqual(written, Object.keys(snippets));
        assert.ok(written.length > 0);
      });
    }

    it('every snippet has a prefix starting rp-, a body of lines and a description', () => {
      for (const [name, snippet] of allSnippets()) {
        assert.ok(name.trim().length > 3, name);
        assert.ok(prefixes(snippet).length > 0, name);
        for (const prefix of prefixes(snippet)) assert.match(prefix, /^rp-[a-z]+(?:-[a-z]+)*$/, name);
        assert.ok(Array.isArray(snippet.body) && snippet.body.length > 0, name);
        assert.ok(snippet.body.every((line) => typeof line === 'string'), name);
        assert.equal(typeof snippet.description, 'string', name);
        assert.ok(snippet.description.length >= 20 && /[.)]$/.test(snippet.description), `${name}: description reads as a sentence`);
        const extra = Object.keys(snippet).filter((key) => !['prefix', 'body', 'description', 'isFileTemplate'].includes(key));
        assert.deepEqual(extra, [], name);
      }
    });

    it('prefixes are unique across both files', () => {
      const all = allSnippets().flatMap(([, snippet]) => prefixes(snippet));
      assert.deepEqual(
        all.filter((prefix, index) => all.indexOf(prefix) !== index),
        [],
      );
    });

    it('bodies have no tabs, no trailing spaces, no line breaks inside a line', () => {
      for (const [name, snippet] of allSnippets()) {
        snippet.body.forEach((line, index) => {
          assert.ok(!line.includes('\t'), `${name} line ${index + 1} has a tab`);
          assert.ok(!/\n|\r/.test(line), `${name} line ${index + 1} has a line break`);
          assert.equal(line, line.trimEnd(), `${name} line ${index + 1} has trailing spaces`);
        });
      }
    });

    it('tab stops run from 1 without gaps, end with $0, and each has one default', () => {
      for (const [name, snippet] of allSnippets()) {
        const { stops } = tabStops(snippet);
        const numbers = [...stops.keys()].filter((index) => index !== 0).sort((a, b) => a - b);
        assert.deepEqual(numbers, numbers.map((_, index) => index + 1), `${name}: tab stops ${numbers.join(',')}`);
        assert.ok(numbers.length > 0, name);
        assert.ok(stops.has(0), `${name} has no $0`);
        assert.ok(snippet.body[snippet.body.length - 1].endsWith('$0'), `${name}: $0 ends the last line`);
        assert.equal(snippet.body.join('\n').split('$0').length, 2, `${name}: one $0`);
        for (const [index, defaults] of stops) {
          assert.ok(new Set(defaults).size <= 1, `${name}: tab stop ${index} has different defaults`);
          if (index !== 0) assert.equal(defaults.length, 1, `${name}: tab stop ${index} has no default, or repeats it (mirror it with \${${index}})`);
        }
      }
    });

    it('choices are well formed: two or more distinct, non-empty options', () => {
      for (const [name, snippet] of allSnippets()) {
        for (const { index, options } of tabStops(snippet).choices) {
          assert.ok(options.length >= 2, `${name}: choice ${index}`);
          assert.ok(options.every((option) => option.trim() === option && option.length > 0), `${name}: choice ${index}: ${options}`);
          assert.equal(new Set(options).size, options.length, `${name}: choice ${index} repeats an option`);
        }
      }
    });

    it('variables are ones VS Code knows', () => {
      for (const [name, snippet] of allSnippets()) {
        for (const variable of tabStops(snippet).variables) assert.ok(KNOWN_VARIABLES.has(variable), `${name}: unknown variable ${variable}`);
      }
    });
  });

  describe('the expander used by these tests', () => {
    it('reads placeholders, choices, mirrors, variables and escapes as VS Code does', () => {
      const body = ['a: ${1:x${2:y}} ${3|p,q\\,r|} $1 ${4} \\$5 ${CURRENT_YEAR}-Q3 ${UNSET:fallback} $0'];
      assert.equal(expand(body, { variables: { CURRENT_YEAR: '2031' } }), 'a: xy p xy  $5 2031-Q3 fallback ');
      assert.equal(expand(body, { fill: { 1: 'Z', 3: 'q,r' } }), 'a: Z q,r Z  $5 2026-Q3 fallback ');
      assert.throws(() => parseSnippet('${1:open'));
      assert.throws(() => parseSnippet('${1|a,b'));
    });

    it('inserts at an indentation and appends to a list the way an editor user would', () => {
      const text = 'a:\n  - x: 1\n    y: 2\n\nb: 3\n';
      assert.deepEqual(parse(appendItem(text, 'a:', '- x: 4\n  y: 5')), { a: [{ x: 1, y: 2 }, { x: 4, y: 5 }], b: 3 });
    });
  });

  describe('roadmap-yaml snippets', () => {
    it('has the pack skeleton and every list-item snippet', () => {
      const names = Object.values(yamlSnippets()).flatMap(prefixes);
      for (const prefix of ['rp-pack', ...ITEM_SNIPPETS]) assert.ok(names.includes(prefix), prefix);
    });

    it('each expands to YAML that parses', () => {
      for (const [name, snippet] of Object.entries(yamlSnippets())) {
        const doc = parseDocument(expand(snippet.body));
        assert.deepEqual(doc.errors.map((error) => error.message), [], name);
        assert.deepEqual(doc.warnings.map((warning) => warning.message), [], name);
      }
    });

    it('list-item snippets give one item, the same at any indentation they are typed at', () => {
      for (const prefix of ITEM_SNIPPETS) {
        const item = expand(byPrefix(yamlSnippets(), prefix).body);
        assert.ok(item.startsWith('- '), prefix);
        const alone = parse(item);
        assert.ok(Array.isArray(alone) && alone.length === 1 && typeof alone[0] === 'object', prefix);
        for (const [key, indent] of [['list:', ''], ['list:', '  '], ['    list:', '      ']] as const) {
          const host = `${key}\n${indent}- placeholder: true\n${key.startsWith(' ') ? '' : 'after: 1\n'}`;
          const wrapped = key.startsWith(' ') ? `outer:\n  inner:\n${host}` : host;
          const parsed = parse(appendItem(wrapped, key, item));
          const list = key.startsWith(' ') ? parsed.outer.inner.list : parsed.list;
          assert.deepEqual(list, [{ placeholder: true }, ...alone], `${prefix} typed at ${JSON.stringify(indent)}`);
        }
      }
    });

    it('the pack skeleton has the seed\'s top-level shape, in order', () => {
      const pack = parse(expand(byPrefix(yamlSnippets(), 'rp-pack').body));
      assert.deepEqual(Object.keys(pack), [
        'pack', 'title', 'audience', 'decision', 'horizon', 'format', 'trigger', 'assumptions', 'open_questions', 'strategy',
        'teams', 'capacity', 'initiatives', 'gates', 'risks', 'dependencies', 'metrics', 'governance',
      ]);
      assert.deepEqual(Object.keys(pack.strategy), ['diagnosis', 'guiding_policy', 'non_goals']);
      assert.deepEqual(Object.keys(pack.strategy.diagnosis), ['summary', 'evidence', 'constraints']);
      assert.deepEqual(Object.keys(pack.governance), ['cadence', 'update_rules', 'decision_owners']);
      for (const list of ['initiatives', 'gates', 'risks', 'dependencies', 'teams', 'metrics']) assert.equal(pack[list].length, 1, list);
    });

    it('the initiative snippet has every field of the format, in the seed\'s order', () => {
      const [initiative] = parse(expand(byPrefix(yamlSnippets(), 'rp-initiative').body));
      assert.deepEqual(Object.keys(initiative), [
        'id', 'title', 'theme', 'owner', 'tier', 'status', 'when', 'effort', 'confidence', 'risk', 'outcome', 'why_now', 'depends_on', 'milestones', 'metrics',
      ]);
      assert.ok(initiative.metrics.every((metric: Record<string, unknown>) => 'baseline' in metric && 'target' in metric));
    });

    it('the team snippet steps headcount up with an unconfirmed hire and sets bau', () => {
      const [team] = parse(expand(byPrefix(yamlSnippets(), 'rp-team').body));
      assert.deepEqual(Object.keys(team), ['id', 'name', 'engineers', 'bau']);
      assert.equal(team.engineers.length, 2);
      assert.deepEqual(Object.keys(team.engineers[1]), ['from', 'count', 'confirmed']);
      assert.equal(team.engineers[1].confirmed, false);
    });

    it('the metric snippet has targets by quarter', () => {
      const [metric] = parse(expand(byPrefix(yamlSnippets(), 'rp-metric').body));
      assert.deepEqual(Object.keys(metric), ['name', 'baseline', 'targets']);
      for (const quarter of Object.keys(metric.targets)) assert.match(quarter, /^\d{4}-Q[1-4]$/);
    });

    it('choices on enum keys offer exactly the values the schema accepts', () => {
      const enumOf = (schema: unknown) => [...((schema as { unwrap(): { options: string[] } }).unwrap().options)].sort();
      const expected: Record<string, Record<string, string[]>> = {
        'rp-pack': {
          format: enumOf(packSchema.shape.format),
          estimate: enumOf(packSchema.shape.capacity.unwrap().shape.estimate),
          status: [...enumOf(initiativeSchema.shape.status), ...enumOf(registerDependencySchema.shape.status)].sort(),
          confidence: enumOf(initiativeSchema.shape.confidence),
          risk: enumOf(initiativeSchema.shape.risk),
          likelihood: enumOf(riskSchema.shape.likelihood),
          impact: enumOf(riskSchema.shape.impact),
        },
        'rp-initiative': { status: enumOf(initiativeSchema.shape.status), confidence: enumOf(initiativeSchema.shape.confidence), risk: enumOf(initiativeSchema.shape.risk) },
        'rp-risk': { likelihood: enumOf(riskSchema.shape.likelihood), impact: enumOf(riskSchema.shape.impact) },
        'rp-dependency': { status: enumOf(registerDependencySchema.shape.status) },
        'rp-depends-on': { type: [...dependencyTypeSchema.options].sort() },
      };
      assert.ok(gateSchema.shape.at);
      for (const [prefix, keys] of Object.entries(expected)) {
        const snippet = byPrefix(yamlSnippets(), prefix);
        const text = snippet.body.join('\n');
        for (const [key, values] of Object.entries(keys)) {
          const offered = [...text.matchAll(new RegExp(`\\b${key}: \\$\\{\\d+\\|([^|]*)\\|\\}`, 'g'))].flatMap((match) => match[1].split(','));
          assert.ok(offered.length > 0, `${prefix}: no choice on ${key}`);
          assert.deepEqual([...new Set(offered)].sort(), [...new Set(values)].sort(), `${prefix}: ${key}`);
        }
      }
    });

    it('the pack skeleton alone checks clean, whatever the year', () => {
      for (const year of ['2026', '2027', String(new Date().getFullYear())]) {
        const { diagnostics } = checkPack(expand(byPrefix(yamlSnippets(), 'rp-pack').body, { variables: { CURRENT_YEAR: year } }));
        assert.deepEqual(diagnostics, [], `${year}:\n${describeAll(diagnostics)}`);
      }
    });

    it('a pack made only from snippets checks clean once its placeholders are filled', () => {
      for (const year of ['2026', '2027']) {
        const text = packFromSnippets({ CURRENT_YEAR: year });
        const pack = parse(text);
        assert.deepEqual(pack.initiatives.map((initiative: { id: string }) => initiative.id), ['deploy-safety', 'tracing', 'tracing-next']);
        assert.deepEqual(pack.teams.map((team: { id: string }) => team.id), ['infra', 'devex']);
        assert.equal(pack.initiatives[1].depends_on.length, 2);
        assert.equal(pack.initiatives[1].milestones.length, 4);
        for (const list of ['gates', 'risks', 'dependencies', 'metrics']) assert.equal(pack[list].length, 2, list);
        const { diagnostics } = checkPack(text);
        assert.deepEqual(diagnostics, [], `${year}:\n${describeAll(diagnostics)}\n\n${text}`);
      }
    });

    it('rp-goal and rp-tradeoff, added to that pack with every initiative serving the goal, keep it clean', () => {
      const snippets = yamlSnippets();
      const get = (prefix: string) => expand(byPrefix(snippets, prefix).body, { variables: { CURRENT_YEAR: '2026' } });
      const served = packFromSnippets({ CURRENT_YEAR: '2026' }).replace(/^(\s*)outcome: (.*)$/gm, '$1outcome: $2\n$1serves: [G1]');
      const text = `${served}goals:\n${get('rp-goal')}\ntradeoffs:\n${get('rp-tradeoff')}\n`;
      const pack = parse(text);
      assert.deepEqual([pack.goals.length, pack.tradeoffs.length, pack.initiatives.filter((initiative: { serves?: string[] }) => initiative.serves).length], [1, 1, 3]);
      const { diagnostics } = checkPack(text);
      assert.deepEqual(diagnostics, [], `${describeAll(diagnostics)}\n\n${text}`);
    });

    it('every option of every choice keeps the pack free of errors', () => {
      const snippets = yamlSnippets();
      const base = byPrefix(snippets, 'rp-pack');
      for (const { index, options } of tabStops(base).choices) {
        for (const option of options) {
          const { diagnostics } = checkPack(expand(base.body, { fill: { [index]: option } }));
          const errors = diagnostics.filter((d) => d.severity === 'error');
          assert.deepEqual(errors, [], `rp-pack choice ${index} = ${option}:\n${describeAll(errors)}`);
        }
      }
      for (const prefix of ['rp-initiative', 'rp-risk', 'rp-dependency', 'rp-team']) {
        const snippet = byPrefix(snippets, prefix);
        const list = { 'rp-initiative': 'initiatives:', 'rp-risk': 'risks:', 'rp-dependency': 'dependencies:', 'rp-team': 'teams:' }[prefix]!;
        for (const { index, options } of tabStops(snippet).choices) {
          for (const option of options) {
            const text = appendItem(expand(base.body), list, expand(snippet.body, { fill: { [index]: option } }));
            const errors = checkPack(text).diagnostics.filter((d) => d.severity === 'error');
            assert.deepEqual(errors, [], `${prefix} choice ${index} = ${option}:\n${describeAll(errors)}`);
          }
        }
      }
    });
  });

  describe('markdown snippets', () => {
    const brief = () => expand(byPrefix(markdownSnippets(), 'rp-brief').body);

    it('has the brief, its rows and lines, and the status update', () => {
      const names = Object.values(markdownSnippets()).flatMap(prefixes);
      for (const prefix of ['rp-brief', 'rp-brief-dependency', 'rp-brief-milestone', 'rp-brief-risk', 'rp-brief-metric', 'rp-status-update']) assert.ok(names.includes(prefix), prefix);
    });

    it('the brief opens with front matter naming its initiative (the file name by default), title and owner', () => {
      const text = brief();
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
      assert.ok(match, 'front matter');
      const doc = parseDocument(match[1]);
      assert.deepEqual(doc.errors, []);
      const front = doc.toJS();
      assert.deepEqual(Object.keys(front), ['initiative', 'title', 'owner']);
      assert.equal(front.initiative, SAMPLE_VARIABLES.TM_FILENAME_BASE);
      assert.ok(text.includes(`\n# Initiative Brief: ${front.title}\n`), 'the heading repeats the title');
    });

    it('the brief has the seed\'s eight sections, in order', () => {
      assert.deepEqual(h2(brief()), BRIEF_SECTIONS);
    });

    it('the brief\'s tables have the seed\'s columns and consistent column counts', () => {
      const text = brief();
      const tables = tablesIn(text);
      assert.equal(tables.length, 3);
      tables.forEach(assertTableWellFormed);
      assert.deepEqual(tableUnder(text, '## Dependencies').header, ['Dependency', 'Type', 'Status']);
      assert.deepEqual(tableUnder(text, '## Risks + mitigations').header, ['Risk', 'Likelihood', 'Impact', 'Mitigation']);
      assert.deepEqual(tableUnder(text, '## Success metrics').header, ['Metric', 'Baseline', 'Target']);
    });

    it('the brief\'s milestones are three lines that show the format, not times (no milestone is read until they are filled)', () => {
      const text = brief();
      const section = text.slice(text.indexOf('## Milestones\n'), text.indexOf('## Risks + mitigations'));
      const bullets = section.split('\n').filter((line) => line.startsWith('- '));
      assert.equal(bullets.length, 3);
      for (const bullet of bullets) assert.match(bullet, /^- YYYY-Qn-Wa\.\.Wb: \S/);
      assert.deepEqual(checkBrief(text).brief.milestones, []);
      const filled = expand(byPrefix(markdownSnippets(), 'rp-brief').body, { fill: { 14: '2026-Q3-W10..W11', 16: '2026-Q3-W12', 18: '2026-Q3-W12' } });
      assert.deepEqual(checkBrief(filled).brief.milestones.map((milestone) => milestone.time), ['2026-Q3-W10..W11', '2026-Q3-W12', '2026-Q3-W12']);
    });

    it('carries none of the worked example: inserted as a new brief for another initiative of the example pack, it earns no warning', () => {
      const packText = readFileSync(repoPath('examples', 'platform-reliability', 'platform-reliability.roadmap.yaml'), 'utf8');
      const pack = checkPack(packText);
      assert.equal(pack.model.byId.get('soc2-prework')?.kind, 'initiative');
      const text = expand(byPrefix(markdownSnippets(), 'rp-brief').body, { variables: { TM_FILENAME_BASE: 'soc2-prework', TM_FILENAME: 'soc2-prework.md' } });
      const found = checkBrief(text, { pack, packUri: 'file:///pack.roadmap.yaml' }).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
      assert.deepEqual(found, [], describeAll(found));
      for (const example of ['tracing', 'Distributed', 'MTTR', 'infra', 'vendor']) assert.ok(!text.toLowerCase().includes(example.toLowerCase()), `no "${example}" from the worked example`);
    });

    it('row snippets fit their tables, and the milestone line fits the milestones', () => {
      const md = markdownSnippets();
      let text = brief();
      for (const [prefix, heading] of [['rp-brief-dependency', '## Dependencies'], ['rp-brief-risk', '## Risks + mitigations'], ['rp-brief-metric', '## Success metrics']]) {
        const row = expand(byPrefix(md, prefix).body);
        const table = tableUnder(text, heading);
        assert.equal(cellsOf(row).length, table.header.length, prefix);
        // Typed on a new line after the table's last row.
        const lines = text.split('\n');
        let end = lines.findIndex((line, index) => index > lines.indexOf(heading) && line.startsWith('|'));
        while (lines[end]?.startsWith('|')) end++;
        lines.splice(end, 0, row);
        text = lines.join('\n');
        const grown = tableUnder(text, heading);
        assertTableWellFormed(grown);
        assert.equal(grown.rows.length, table.rows.length + 1, prefix);
      }
      assert.match(expand(byPrefix(md, 'rp-brief-milestone').body), /^- \d{4}-Q[1-4]-W\d{1,2}(?:\.\.W\d{1,2})?: \S.*$/);
      for (const { options } of tabStops(byPrefix(md, 'rp-brief-risk')).choices) assert.ok(options.includes('Low') && options.includes('High'));
    });

    it('the status update follows the seed\'s template', () => {
      const snippet = byPrefix(markdownSnippets(), 'rp-status-update');
      const text = expand(snippet.body);
      assert.match(text, /^## .+ -- Monthly Status Update$/m);
      assert.match(text, /^\*\*Period:\*\* July 2026$/m);
      assert.match(text, /^\*\*Overall health:\*\* Green$/m);
      assert.deepEqual(tabStops(snippet).choices.map((choice) => choice.options), [['Green', 'Yellow', 'Red']]);
      const sections = text.split('\n').flatMap((line) => /^### (.+)$/.exec(line)?.[1] ?? []);
      assert.deepEqual(sections, ['This period', 'Next period', 'Metrics movement', 'Risks / blockers (needs help)', 'Changes to roadmap']);
      const table = tableUnder(text, '### Metrics movement');
      assertTableWellFormed(table);
      assert.deepEqual(table.header, ['Metric', 'Last month', 'This month', 'Target']);
      assert.equal(tablesIn(text).length, 1);
    });
  });
});
