import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, checkBrief, checkDiagnosticsWithForecast, checkPack, checkPortfolios, levelFixes, portfolioSource } from '../../server/src/pack';
import type { CheckOptions, PackDiagnostic, PackResult, Rule, TextEdit } from '../../server/src/pack';

/**
 * Every rule has a page, docs/rules/<code>.md, whose "Bad" pack earns the
 * rule's diagnostic (with the message the page quotes) and whose "Good" pack
 * does not. A page may carry `<!-- test-options: {…} -->` with options for
 * checkPack: in the Bad or Good section for that section alone, or before the
 * first `##` heading for both. `"fileExists": true | false | ["path", …]`
 * stands for a function answering for every path, or only those listed.
 *
 * Brief rules (RP7xx) check a Markdown brief against a pack: their Bad and
 * Good sections hold a ```markdown block (the brief, which the quoted line
 * numbers count in) and a ```yaml block (the pack that owns it).
 *
 * Portfolio rules (RP9xx) check several files: their Bad and Good sections
 * hold one ```yaml block per file, each opening with `# file: <path>`; the
 * first is the portfolio, which the quoted line numbers count in.
 */

const ROOT = repoRoot();
const RULES_DIR = path.join(ROOT, 'docs', 'rules');

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

function readPage(code: string): string {
  return fs.readFileSync(path.join(RULES_DIR, `${code}.md`), 'utf8').replace(/\r\n/g, '\n');
}

/** The text under `## <title>` up to the next `## ` heading, or undefined; headings inside fenced blocks do not count. */
function section(page: string, title: string): string | undefined {
  const lines = page.split('\n');
  let fence = '';
  let start = -1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === '' || (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker))) fence = fence === '' ? marker : '';
    if (fence !== '' || !line.startsWith('## ')) continue;
    if (start >= 0) return lines.slice(start, index).join('\n') + '\n';
    if (new RegExp(`^## ${title}[ \\t]*$`).test(line)) start = index + 1;
  }
  return start >= 0 ? lines.slice(start).join('\n') : undefined;
}

function yamlBlock(text: string): string | undefined {
  return /^```yaml\n([\s\S]*?)^```/m.exec(text)?.[1];
}

function yamlBlocks(text: string): string[] {
  return [...text.matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map((match) => match[1]);
}

function markdownBlock(text: string): string | undefined {
  return /^```markdown\n([\s\S]*?)^```/m.exec(text)?.[1];
}

/** What a page's example checks: a pack, or for brief rules a brief with the pack that owns it. */
interface Example {
  /** The text the quoted lines count in and the quick fixes edit. */
  text: string;
  check(text: string): PackDiagnostic[];
}

function isBriefRule(rule: Rule): boolean {
  return rule.code.startsWith('RP7');
}

function isPortfolioRule(rule: Rule): boolean {
  return rule.code.startsWith('RP9');
}

/** A portfolio rule's example: the portfolio (the first block) checked with the other blocks as the files it may include. */
function portfolioExample(rule: Rule, part: string, options: Partial<CheckOptions>): Example {
  const files = new Map(yamlBlocks(part).map((text) => [`/docs/${/^# file: (\S+)/.exec(text)?.[1]}`, text]));
  const [portfolioPath] = files.keys();
  assert.ok(portfolioPath && !portfolioPath.endsWith('undefined'), `${rule.code}.md: every \`\`\`yaml block opens with \`# file: <path>\``);
  const source = (path: string, text: string) => ({ path, uri: `file://${path}`, text });
  const read = (path: string) => (files.has(path) ? source(path, files.get(path)!) : undefined);
  const check = (text: string) => checkPortfolios([portfolioSource(source(portfolioPath, text), read)], { options: () => options })[0].portfolio.diagnostics;
  return { text: files.get(portfolioPath)!, check };
}

function exampleIn(rule: Rule, part: string, title: string, options: Partial<CheckOptions>): Example {
  if (isPortfolioRule(rule)) return portfolioExample(rule, part, options);
  const yaml = yamlBlock(part);
  assert.ok(yaml, `${rule.code}.md: no \`\`\`yaml block under "## ${title}"`);
  // What `check` reports, the forecast's findings (RP405) included, and the levelling's fixes the editor offers.
  if (!isBriefRule(rule)) return { text: yaml, check: (text) => withLevelFixes(checkPack(text, options), options) };
  const markdown = markdownBlock(part);
  assert.ok(markdown, `${rule.code}.md: no \`\`\`markdown block (the brief) under "## ${title}"`);
  const pack = checkPack(yaml, options);
  const packIds = pack.model.initiatives.map((initiative) => initiative.id);
  return { text: markdown, check: (text) => checkBrief(text, { pack, packIds }, options).diagnostics };
}

/** The diagnostics with the levelling's moves (RP503, RP401), which the editor computes when asked, among their fixes. */
function withLevelFixes(result: PackResult, options: Partial<CheckOptions>): PackDiagnostic[] {
  return checkDiagnosticsWithForecast(result, options).map((d) => ({ ...d, fixes: [...d.fixes, ...levelFixes(result, d, (text) => checkPack(text, options))] }));
}

function testOptions(text: string): Partial<CheckOptions> | undefined {
  const match = /<!--\s*test-options:\s*([\s\S]*?)-->/.exec(text);
  if (!match) return undefined;
  const raw = JSON.parse(match[1]) as Record<string, unknown>;
  const options = { ...raw } as Partial<CheckOptions>;
  const exists = raw.fileExists;
  if (typeof exists === 'boolean') options.fileExists = () => exists;
  else if (Array.isArray(exists)) options.fileExists = (file) => exists.includes(file);
  return options;
}

function optionsFor(page: string, part: string): Partial<CheckOptions> {
  const head = page.slice(0, page.search(/^## /m));
  return testOptions(part) ?? testOptions(head) ?? {};
}

function describeAll(diagnostics: PackDiagnostic[]): string {
  return diagnostics.map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`).join('\n') || '  (none)';
}

/** `> **error RP202** at line 12: message` */
const QUOTED = /^> \*\*(\w+) (RP\d{3})\*\* at line (\d+): (.*)$/gm;

function checkBad(rule: Rule, page: string): void {
  const bad = section(page, 'Bad');
  assert.ok(bad, `${rule.code}.md has no "## Bad" section`);
  const example = exampleIn(rule, bad, 'Bad', optionsFor(page, bad));
  const diagnostics = example.check(example.text);
  const own = diagnostics.filter((d) => d.code === rule.code);
  assert.ok(own.length > 0, `${rule.code}.md: the Bad ${isBriefRule(rule) ? 'brief' : 'pack'} earns no ${rule.code}; it earns:\n${describeAll(diagnostics)}`);
  checkQuickFix(rule, page, example, own);
  const quoted = [...bad.matchAll(QUOTED)];
  assert.ok(quoted.length > 0, `${rule.code}.md: the Bad section quotes no diagnostic as "> **severity CODE** at line N: message"`);
  for (const [line, severity, code, lineNumber, message] of quoted) {
    const found = diagnostics.some((d) => d.code === code && d.severity === severity && d.range.start.line + 1 === Number(lineNumber) && d.message === message);
    assert.ok(found, `${rule.code}.md quotes a diagnostic the Bad example does not earn:\n  ${line}\nIt earns:\n${describeAll(diagnostics)}`);
  }
}

/** A page has a "Quick fix" section exactly when the diagnostic carries fixes, and the fix works. */
function checkQuickFix(rule: Rule, page: string, example: Example, own: PackDiagnostic[]): void {
  const quickFix = section(page, 'Quick fix');
  const fixes = own.flatMap((d) => d.fixes);
  if (fixes.length === 0) {
    assert.equal(quickFix, undefined, `${rule.code}.md describes a quick fix, but the Bad diagnostic carries none`);
    return;
  }
  assert.ok(quickFix, `${rule.code}.md has no "## Quick fix" section, but the Bad diagnostic offers: ${fixes.map((f) => f.title).join('; ')}`);
  for (const fix of fixes) assert.ok(quickFix.includes(`**${fix.title}**`), `${rule.code}.md: "## Quick fix" should name **${fix.title}**`);
  const edits = own.flatMap((d) => (d.fixes.find((f) => f.preferred) ?? d.fixes[0])?.edits ?? []);
  const fixed = applyEdits(example.text, edits);
  const left = example.check(fixed).filter((d) => d.code === rule.code);
  assert.deepEqual(left, [], `${rule.code}.md: the Bad example still earns ${rule.code} after its quick fix:\n${describeAll(left)}`);
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.span.start - a.span.start).reduce((result, edit) => result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end), text);
}

function checkGood(rule: Rule, page: string): void {
  const good = section(page, 'Good');
  assert.ok(good, `${rule.code}.md has no "## Good" section`);
  const example = exampleIn(rule, good, 'Good', optionsFor(page, good));
  const diagnostics = example.check(example.text);
  const serious = diagnostics.filter((d) => d.code === rule.code || d.severity === 'error' || d.severity === 'warning');
  assert.deepEqual(serious, [], `${rule.code}.md: the Good ${isBriefRule(rule) ? 'brief' : 'pack'} should earn no ${rule.code} and no error or warning; it earns:\n${describeAll(diagnostics)}`);
}

/** The rules table of docs/rules/README.md, one row per rule, as RULES says. */
function tableRow(rule: Rule): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return `| [${rule.code}](${rule.code}.md) | ${rule.name} | ${rule.severity} | ${escape(rule.summary)} |`;
}

describe('rule docs (docs/rules)', () => {
  for (const rule of RULES) {
    describe(`${rule.code} ${rule.name}`, () => {
      const file = path.join(RULES_DIR, `${rule.code}.md`);

      it('has a page with a title, its default severity and every section', () => {
        assert.ok(fs.existsSync(file), `missing ${path.relative(ROOT, file)}`);
        const page = readPage(rule.code);
        assert.match(page, new RegExp(`^# ${rule.code} ${rule.name}\\n`), `${rule.code}.md should start with "# ${rule.code} ${rule.name}"`);
        assert.match(page, new RegExp(`^Default severity: \\*\\*${rule.severity}\\*\\*`, 'm'));
        for (const title of ['What it finds', 'Why it matters', 'Bad', 'Good', 'Configure']) assert.ok(section(page, title) !== undefined, `${rule.code}.md has no "## ${title}" section`);
      });

      it('has a Bad pack that earns the diagnostic it quotes', () => {
        checkBad(rule, readPage(rule.code));
      });

      it('has a Good pack that earns neither it nor any error or warning', () => {
        checkGood(rule, readPage(rule.code));
      });
    });
  }

  it('format.md opens with a complete pack that earns no finding at all', () => {
    const guide = fs.readFileSync(path.join(ROOT, 'docs', 'format.md'), 'utf8').replace(/\r\n/g, '\n');
    const yaml = yamlBlock(section(guide, 'A complete small pack') ?? '');
    assert.ok(yaml, 'docs/format.md has no ```yaml block under "## A complete small pack"');
    const diagnostics = checkPack(yaml).diagnostics;
    assert.deepEqual(diagnostics, [], `the example in docs/format.md earns:\n${describeAll(diagnostics)}`);
  });

  it('README.md lists exactly the rules in RULES, as RULES describes them', () => {
    const readme = fs.readFileSync(path.join(RULES_DIR, 'README.md'), 'utf8').replace(/\r\n/g, '\n');
    const rows = readme.split('\n').filter((line) => /^\| \[RP\d{3}\]/.test(line));
    assert.deepEqual(
      rows.map((row) => /^\| \[(RP\d{3})\]/.exec(row)![1]),
      RULES.map((rule) => rule.code),
    );
    assert.deepEqual(rows, RULES.map(tableRow));
  });
});
