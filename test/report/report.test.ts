/**
 * The stakeholder report (server/src/pack/report): every section present for
 * the worked example, in both formats; pack text from the hostile fixtures
 * escaped (no raw tag in the HTML outside the renderer, no Markdown structure
 * changed); every ```mermaid fence under Mermaid's default limit, for a large
 * generated pack whose detailed graphs are far over it.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { generateWorkedShape } from '../../bench/generateWorkedShape';
import { withGoals } from '../../bench/withGoals';
import { MERMAID_DEFAULT_MAX_TEXT_SIZE, buildReport, checkPack, parseIsoDate, renderView, reportDocument, reportMarkdown } from '../../server/src/pack';
import { checkPortfolioFile } from '../helpers/portfolioFolder';
import { diagramBlocks } from '../../server/src/pack/report/fitDiagrams';
import { repoPath } from '../helpers/repoRoot';
import { TEST_TODAY } from '../helpers/today';

const EXAMPLE = 'examples/platform-reliability/platform-reliability.roadmap.yaml';
const HOSTILE = ['test/fixtures/hostile/labels.roadmap.yaml', 'test/fixtures/hostile/ids.roadmap.yaml', 'test/browser/fixtures/xss.roadmap.yaml'];
const TODAY = parseIsoDate(TEST_TODAY);
const SECTIONS = ['overview', 'strategy', 'goals', 'gantt', 'gates', 'deps', 'capacity', 'risks', 'register', 'metrics', 'findings', 'quality'];

const check = (path: string) => checkPack(readFileSync(repoPath(path), 'utf8'), { today: TEST_TODAY });
const ASSETS = { script: 'document.body.dataset.rendered = "true";', nonce: 'bm9uY2U=' };

/** Markdown's ```mermaid blocks, as GitHub reads them. */
function fences(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)^\1$/gm)].map((match) => match[2]);
}

describe('report: the worked example', () => {
  const result = check(EXAMPLE);
  const report = buildReport(result, { today: TODAY });

  it('has every section, in order', () => {
    assert.deepEqual(report.sections.map((section) => section.id), SECTIONS);
  });

  it('says what the pack and the editor say: audience, decision, the views, the registers, the findings, the verdict', () => {
    const markdown = reportMarkdown(report);
    const input = result.model.input;
    assert.ok(markdown.includes(`**Audience:** ${input.audience}`));
    assert.ok(markdown.includes(String(input.decision)));
    for (const risk of result.model.risks) assert.ok(markdown.includes(`| ${risk.id} |`), risk.id);
    for (const dependency of result.model.dependencies) assert.ok(markdown.includes(`| ${dependency.id} |`), dependency.id);
    const gantt = renderView(result, 'gantt', { today: TODAY }).diagrams[0];
    assert.ok(fences(markdown).includes(gantt), 'the gantt is the preview\'s');
    for (const code of new Set(result.diagnostics.map((d) => d.code))) assert.ok(markdown.includes(`| ${code} |`), code);
    assert.match(markdown, /\*\*Verdict:?\*\*|Verdict/);
  });

  it('HTML: one section per section, the CSP first, the diagrams as escaped <pre>, nothing fetched', () => {
    const html = reportDocument(result, 'html', { today: TODAY, assets: ASSETS });
    for (const id of SECTIONS) assert.ok(html.includes(`<section id="${id}">`), id);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;nonce-bm9uY2U=&#39;/);
    assert.ok(!/\b(src|href)=/.test(html), 'no src or href: nothing to fetch');
    assert.ok((html.match(/<pre class="rp-diagram"/g) ?? []).length >= 5);
  });
});

describe('report: the metrics and the quality gate as structure, not Markdown shown as text', () => {
  const result = check(EXAMPLE);
  const html = reportDocument(result, 'html', { today: TODAY, assets: ASSETS });
  const section = (id: string) => html.slice(html.indexOf(`<section id="${id}">`), html.indexOf('</section>', html.indexOf(`<section id="${id}">`)));

  it('prints each metric group as an HTML table: the baseline and target of every metric of the dashboard', () => {
    const metrics = section('metrics');
    assert.ok(!/\|---|\*\*|<pre/.test(metrics), 'no Markdown table, emphasis or preformatted text');
    const dashboard = renderView(result, 'metrics', { today: TODAY }).dashboard!;
    assert.equal((metrics.match(/<table>/g) ?? []).length, dashboard.groups.length);
    assert.equal((metrics.match(/<h3>/g) ?? []).length, dashboard.groups.length);
    assert.ok(metrics.includes('<th>Baseline</th>'));
    // Availability's row: its baseline and its quarter targets, cell by cell.
    assert.match(metrics, /<tr><td>Availability \(30-day rolling\)<\/td><td>99\.5%<\/td><td>99\.8%<\/td><td>99\.95%<\/td>/);
  });

  it('prints the gate as checklists and a rubric table, the verdict first', () => {
    const quality = section('quality');
    assert.ok(!/- \[[x ]\]|\|---|<pre/.test(quality), 'no Markdown checklist, table or preformatted text');
    assert.match(quality, /<h2>Quality gate<\/h2>\n<p>Verdict: Ship/);
    assert.match(quality, /<li class="rp-met">No errors<\/li>/);
    assert.match(quality, /<tr><td>Diagnosis quality<\/td><td>\d<\/td>/);
    assert.equal((quality.match(/<ul class="rp-checklist">/g) ?? []).length, 1 + 6, 'the checks, then each dimension');
  });

  it('says the same in Markdown: each group under its own heading, the checks as a task list', () => {
    const markdown = reportDocument(result, 'markdown', { today: TODAY });
    assert.match(markdown, /^### Pack metrics: the whole plan/m);
    assert.match(markdown, /^- \[x\] No errors$/m);
    assert.match(markdown, /^\| Diagnosis quality \| \d \|/m);
  });
});

describe('report: hostile pack text', () => {
  for (const path of HOSTILE) {
    it(`${path}: no tag from the pack in the HTML, no Markdown structure from it`, () => {
      const result = check(path);
      const html = reportDocument(result, 'html', { today: TODAY, assets: ASSETS });
      const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1].toLowerCase());
      const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'section', 'p', 'dl', 'dt', 'dd', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'pre', 'script', 'h3']);
      assert.deepEqual([...new Set(tags.filter((tag) => !allowed.has(tag)))], []);
      assert.equal((html.match(/<script/g) ?? []).length, 1, 'only the renderer');
      const markdown = reportDocument(result, 'markdown', { today: TODAY });
      const headings = markdown.split('\n').filter((line) => /^#{1,2} /.test(line));
      assert.equal(headings.length, 1 + SECTIONS.length, headings.join('\n'));
      assert.ok(!/(?<!\\)<(script|img|b)\b/i.test(markdown.replace(/^(`{3,})mermaid\n[\s\S]*?^\1$/gm, '')), 'no raw tag outside the fences');
    });
  }
});

describe('report: Markdown fences under Mermaid\'s default maxTextSize', function () {
  this.timeout(30_000);
  /** Every fence of a report, checked against the limit. */
  function assertFencesFit(markdown: string): void {
    const all = fences(markdown);
    assert.ok(all.length >= 5, `${all.length} fences`);
    for (const fence of all) assert.ok(fence.length <= MERMAID_DEFAULT_MAX_TEXT_SIZE, `a fence of ${fence.length}: ${fence.slice(0, 60)}`);
  }

  it('a diagram over the limit is drawn aggregated: 200 initiatives, one gantt bar each, against a limit below it', () => {
    const result = checkPack(withGoals(generateWorkedShape(200, 3)), { today: TEST_TODAY });
    const detailed = renderView(result, 'gantt', { today: TODAY });
    const aggregated = renderView(result, 'gantt', { today: TODAY, aggregateAbove: 0 });
    const limit = 10_000;
    assert.ok(detailed.diagrams[0].length > limit && aggregated.diagrams[0].length < limit, `${detailed.diagrams[0].length} and ${aggregated.diagrams[0].length}`);
    assert.deepEqual(diagramBlocks('gantt', detailed, () => aggregated, limit), [{ kind: 'diagram', view: 'gantt', text: aggregated.diagrams[0] }]);
    const [note] = diagramBlocks('gantt', detailed, () => detailed, limit);
    assert.equal(note.kind, 'paragraph', 'nothing fits: a sentence, not a fence');
  });

  it('a 1,000-initiative pack with goals: every fence fits', () => {
    assertFencesFit(reportDocument(checkPack(withGoals(generateWorkedShape(1_000, 3)), { today: TEST_TODAY }), 'markdown', { today: TODAY }));
  });
});

describe('report: a portfolio, across its packs', () => {
  const portfolio = checkPortfolioFile('examples/portfolio/portfolio.roadmap.yaml', { today: TEST_TODAY });
  const markdown = reportDocument(portfolio, 'markdown', { today: TODAY });

  it('has its packs with their verdicts, the three views across packs, its findings and its gate', () => {
    assert.deepEqual(markdown.split('\n').filter((line) => line.startsWith('## ')), ['## Overview', '## Schedule, by pack', '## Shared teams', '## Dependencies across packs', '## Findings', '## Quality gate']);
    assert.match(markdown, /^\| checkout \| Checkout -- Payments & Conversion \| Revise \|/m);
    assert.match(markdown, /^\| platform \| Platform Engineering -- Reliability & Scale \| Ship \|/m);
    assert.equal(fences(markdown).length, 3);
    assert.ok(fences(markdown)[1].includes('Infra Squad: peak 109% of capacity in 2026-Q3'), 'the shared team stacked over both packs');
    assert.match(markdown, /^\| RP501 \| quarter-over-capacity \| error \| 1 \|/m);
    assert.match(markdown, /^Verdict: Revise: the portfolio has 1 error/m);
  });

  it('HTML: no tag from the packs’ text, the hostile labels’ portfolio included', () => {
    const html = reportDocument(checkPortfolioFile('test/fixtures/portfolio/hostile-labels/portfolio.roadmap.yaml', { today: TEST_TODAY }), 'html', { today: TODAY, assets: ASSETS });
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1].toLowerCase()));
    const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'section', 'p', 'dl', 'dt', 'dd', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'pre', 'script']);
    assert.deepEqual([...tags].filter((tag) => !allowed.has(tag)), []);
    assert.equal((html.match(/<script/g) ?? []).length, 1, 'only the renderer');
  });
});
