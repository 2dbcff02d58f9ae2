/**
 * RP001 as a planner reads it: real typos in the worked example, each one
 * diagnostic at the mistake (not yaml's cascade after it, nor a schema error
 * from yaml's misreading of the lines after it), two far-apart typos two
 * diagnostics, and the rest of the pack checked as before.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPack } from '../../server/src/pack';
import { DEFAULT_PARSE_LIMITS, parsePack } from '../../server/src/pack/parse/parsePack';
import { SHOWN_SYNTAX_ERRORS } from '../../server/src/pack/parse/yamlErrors';
import { repoRoot } from '../helpers/repoRoot';

const EXAMPLE = readFileSync(join(repoRoot(), 'examples', 'platform-reliability', 'platform-reliability.roadmap.yaml'), 'utf8');
const BASELINE = new Set(checkPack(EXAMPLE).diagnostics.map(keyOf));

function keyOf(diagnostic: { code: string; message: string }): string {
  return `${diagnostic.code} ${diagnostic.message}`;
}

/** The example with the first `from` of each typo replaced by its `to`. */
function withTypos(...typos: [string, string][]): string {
  let text = EXAMPLE;
  for (const [from, to] of typos) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
  }
  return text;
}

/** Every diagnostic the typos add to the example's, as `CODE line:col-line:col message` (1-based). */
function added(text: string): string[] {
  return checkPack(text)
    .diagnostics.filter((diagnostic) => !BASELINE.has(keyOf(diagnostic)))
    .map((d) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.message}`);
}

function syntaxErrors(text: string) {
  return checkPack(text).diagnostics.filter((diagnostic) => diagnostic.code === 'RP001');
}

const THEME = '    theme: Observability\n    owner: devex';

/** `readsWithout`: what the data then lacks, reported as such (the line cannot be read, so neither can what only it says). */
const TYPOS: { name: string; typo: [string, string]; at: string; says: RegExp; readsWithout?: RegExp }[] = [
  { name: 'an unclosed `[` before a comment', typo: ['contributors: [Security]   #', 'contributors: [Security   #'], at: '215:19-215:20', says: /^This `\[` is never closed: close the list with `\]` on the same line as its last item\.$/ },
  { name: 'an unclosed `[`', typo: ['depends_on: [db-scaling-1, gate-db-phase1]', 'depends_on: [db-scaling-1, gate-db-phase1'], at: '244:17-244:18', says: /^This `\[` is never closed/ },
  { name: 'an unclosed `{`', typo: ['name: Vendor spike + selection }', 'name: Vendor spike + selection'], at: '129:9-129:10', says: /^This `\{` is never closed: close it with `\}` on the same line/ },
  { name: 'an unclosed `[` inside a `{ }`', typo: ['after: [gate-tracing-vendor, D1] }', 'after: [gate-tracing-vendor, D1 }'], at: '130:86-130:87', says: /^This `\[` is never closed/ },
  { name: 'a `]` with no `[`', typo: ['after: [gate-tracing-vendor, D1] }', 'after: gate-tracing-vendor, D1] }'], at: '130:109-130:110', says: /^This `\]` closes a list that was never opened/, readsWithout: /^RP206 .* waits for D1 / },
  { name: 'an unclosed quote in a flow mapping', typo: ['target: ">80%" }', 'target: ">80% }'], at: '134:73-134:74', says: /^This " is never closed: end the text with " on the same line/ },
  { name: 'an unclosed quote on a block value', typo: ['title: Distributed tracing + observability platform', 'title: "Distributed tracing + observability platform'], at: '115:12-115:13', says: /^This " is never closed/ },
  { name: 'a line indented too little', typo: [THEME, '   theme: Observability\n    owner: devex'], at: '116:1-116:4', says: /^This line is indented by 3 spaces where the line above uses 4 spaces: .* line it up with `title:`\.$/ },
  { name: 'a line indented too much', typo: [THEME, '      theme: Observability\n    owner: devex'], at: '116:5-116:7', says: /^This line is indented by 6 spaces, more than `title:` above it \(4 spaces\)/ },
  { name: 'a tab indenting a line', typo: [THEME, '\ttheme: Observability\n    owner: devex'], at: '116:1-116:2', says: /^Tabs cannot indent YAML/ },
  { name: 'a missing `:`', typo: [THEME, '    theme Observability\n    owner: devex'], at: '116:5-116:24', says: /^This line has no `:`: write it as `key: value`/ },
  { name: 'a missing space after `:`', typo: [THEME, '    theme:Observability\n    owner: devex'], at: '116:5-116:24', says: /^Put a space after the `:` in `theme:Observability`/ },
  { name: 'a stray `-`', typo: [THEME, '    - theme: Observability\n    owner: devex'], at: '116:5-116:6', says: /^This `-` starts a list item among `key: value` lines/ },
  { name: 'a doubled `:`', typo: [THEME, '    theme: : Observability\n    owner: devex'], at: '116:12-116:13', says: /^A second `:` in this value/ },
  { name: 'a `: ` inside a plain value', typo: [THEME, '    theme: Observability: SLOs\n    owner: devex'], at: '116:25-116:26', says: /^A second `:` in this value/ },
  // yaml reads `summary` and its list as the text of `diagnosis:`, and stops at `evidence:`, eight lines on.
  { name: 'a missing `:` on a key with a list under it', typo: ['    summary:\n', '    summary\n'], at: '47:5-47:12', says: /^This line has no `:`/ },
  { name: 'a line indented less than its item\'s keys, more than its dash', typo: [THEME, ' theme: Observability\n    owner: devex'], at: '116:1-116:2', says: /^This line is indented by 1 space where the line above uses 4 spaces: .* line it up with `title:`\.$/ },
  { name: 'a quote opening a key line', typo: ['    title: Distributed tracing + observability platform', '    "title: Distributed tracing + observability platform'], at: '115:5-115:6', says: /^This " is never closed on its line/, readsWithout: /^RP101 .*`title` is missing/ },
  { name: 'a `{` left open before a comment line', typo: ['name: Vendor spike + selection }\n', 'name: Vendor spike + selection\n# spike first\n'], at: '129:9-129:10', says: /^This `\{` is never closed/ },
];

describe('YAML syntax findings (RP001)', () => {
  for (const { name, typo, at, says, readsWithout } of TYPOS) {
    it(`gives ${name} one diagnostic at the mistake, and nothing else`, () => {
      const diagnostics = added(withTypos(typo)).filter((line) => !readsWithout?.test(line));
      assert.equal(diagnostics.length, 1, diagnostics.join('\n'));
      const [code, range, ...message] = diagnostics[0].split(' ');
      assert.equal(`${code} ${range}`, `RP001 ${at}`, diagnostics[0]);
      assert.match(message.join(' '), says);
    });
  }

  it('counts each mistake the same with a comment line added near it, at its indentation or at the first column', () => {
    // A suppression comment is such a line: adding one must not make one mistake read as two.
    for (const { name, typo } of TYPOS) {
      const typed = withTypos(typo);
      const lines = typed.split('\n');
      const line = typed.slice(0, typed.indexOf(typo[1])).split('\n').length - 1;
      const previous = parsePack(typed);
      for (let at = line - 1; at <= line + 2; at++) {
        for (const indent of ['', /^ */.exec(lines[at])![0]]) {
          const text = [...lines.slice(0, at), `${indent}# roadmap-disable-next-line RP102`, ...lines.slice(at)].join('\n');
          // The parse alone, as the editor makes it (the other pieces reused): the syntax findings are all made there.
          const found = parsePack(text, DEFAULT_PARSE_LIMITS, previous).findings.filter((finding) => finding.code === 'RP001');
          assert.equal(found.length, 1, `${name}, a comment before line ${at + 1} at column ${indent.length + 1}:\n${found.map((finding) => finding.message).join('\n')}`);
        }
      }
    }
  });

  it('gives a duplicate key one diagnostic, RP003 (its own rule), at the second key with the first related', () => {
    const diagnostics = added(withTypos([THEME, '    theme: Observability\n    theme: Reliability\n    owner: devex']));
    assert.deepEqual(diagnostics, ['RP003 117:5-117:10 `theme` appears twice in this mapping; only the first one is read.']);
  });

  it('points from an unclosed `{` to where YAML found it still open, on the next line', () => {
    const text = withTypos(['name: Vendor spike + selection }', 'name: Vendor spike + selection']);
    const [finding] = syntaxErrors(text);
    assert.deepEqual(finding.related.map((related) => [related.range.start.line + 1, related.range.start.character + 1, text[related.span.start]]), [[130, 7, '-']]);
  });

  it('gives two far-apart typos in one initiative two diagnostics, and two in two initiatives two', () => {
    const oneItem = added(withTypos([THEME, '\ttheme: Observability\n    owner: devex'], ['target: ">80%" }', 'target: ">80% }']));
    assert.deepEqual(oneItem.map((line) => line.split(' ').slice(0, 2).join(' ')), ['RP001 116:1-116:2', 'RP001 134:73-134:74'], oneItem.join('\n'));
    const twoItems = added(withTypos(['contributors: [Security]   #', 'contributors: [Security   #'], ['depends_on: [db-scaling-1, gate-db-phase1]', 'depends_on: [db-scaling-1, gate-db-phase1']));
    assert.deepEqual(twoItems.map((line) => line.split(' ').slice(0, 2).join(' ')), ['RP001 215:19-215:20', 'RP001 244:17-244:18'], twoItems.join('\n'));
  });

  it('still checks the rest of the pack: a typo elsewhere leaves the example findings as they were', () => {
    const text = withTypos(['contributors: [Security]   #', 'contributors: [Security   #']);
    const others = checkPack(text).diagnostics.filter((diagnostic) => diagnostic.code !== 'RP001').map(keyOf);
    assert.deepEqual(others, checkPack(EXAMPLE).diagnostics.map(keyOf));
  });

  it('reads nested brackets left open on one line as one mistake, at the innermost', () => {
    const errors = syntaxErrors('pack: 1\ntitle: t\nx: [a, {b: [c, {d: 1\n');
    assert.deepEqual(errors.map((error) => [error.span.start, error.message.slice(0, 28)]), [[32, 'This `{` is never closed: cl']]);
  });

  it('reads a leading space before `pack: 1` as one mistake, on that line', () => {
    const example = readFileSync(join(repoRoot(), 'examples', 'platform-inventory.roadmap.yaml'), 'utf8');
    const errors = syntaxErrors(example.replace(/^pack: 1/m, ' pack: 1'));
    assert.deepEqual(errors.map((error) => [error.range.start.line + 1, error.range.start.character + 1, error.range.end.character + 1]), [[9, 1, 2]]);
    assert.match(errors[0].message, /^This line is indented by 1 space, but the lines after it start at column 1/);
  });

  it('shows at most a handful per piece, then one finding that says more follow', () => {
    const lines = Array.from({ length: 40 }, (_, index) => `  k${index}: "open\n  t${index}: x"y"\n`);
    const errors = syntaxErrors(`pack: 1\ntitle: t\nx:\n${lines.join('')}`);
    assert.equal(errors.length, SHOWN_SYNTAX_ERRORS + 1);
    assert.match(errors[errors.length - 1].message, /^More YAML syntax errors follow in this part of the file/);
  });

  it('never reports the same finding twice at one place', () => {
    for (const text of ['pack: 1\nx: [[[[[a\n', 'pack: 1\nx: {a: {b: {c: 1\n', 'pack: 1\nx:\n\t- a\n\t- b\n']) {
      const placed = checkPack(text).diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.span.start} ${diagnostic.message}`);
      assert.equal(new Set(placed).size, placed.length, placed.join('\n'));
    }
  });
});
