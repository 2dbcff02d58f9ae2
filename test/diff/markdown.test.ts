import { strict as assert } from 'node:assert';
import { PackResult, checkPack, diffMarkdown, diffPacks, diffText, MARKDOWN_MAX_LENGTH, MERMAID_DEFAULT_MAX_TEXT_SIZE, type PlanDiff } from '../../server/src/pack';
import { generatePack } from '../../bench/generatePack';
import { checkDiagram } from '../views/shape';
import { WORKED, replaceOnce, workedChange, workedText } from './edits';

interface Compared {
  diff: PlanDiff;
  markdown: string;
}

function compare(before: string, after: string, path = 'plan.roadmap.yaml'): Compared {
  const [old, now]: PackResult[] = [checkPack(before), checkPack(after)];
  const diff = { packs: [diffPacks(old, now, path)] };
  return { diff, markdown: diffMarkdown(diff, { checks: new Map([[path, { before: old, after: now }]]) }) };
}

/** The text of each ```mermaid block. */
function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
}

/** Table rows, each split at its unescaped pipes. */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split(/(?<!\\)\|/));
}

/** Every row of a table has as many cells as its head. */
function assertTablesIntact(markdown: string): void {
  const lines = markdown.split('\n');
  let width = 0;
  for (const [n, line] of lines.entries()) {
    if (!line.startsWith('|')) {
      width = 0;
      continue;
    }
    const cells = line.split(/(?<!\\)\|/).length;
    if (width === 0) width = cells;
    assert.equal(cells, width, `line ${n + 1} has ${cells - 2} cells, its table ${width - 2}: ${line}`);
  }
}

describe('diffMarkdown', () => {
  describe('the worked example', () => {
    const { diff, markdown } = compare(workedText(), workedChange(), WORKED);

    it('opens with the headline a reviewer reads first', () => {
      assert.match(markdown, /^## Roadmap changes\n\n\*\*1 initiative slips, 1 effort changes, Infra Squad's 2026-Q4 rises 98% → 111%, 1 new error, 2 new warnings, 1 resolved\*\*\n/);
    });

    it('lists the slip and the effort in the initiatives table, the capacity move and the findings', () => {
      assert.match(markdown, /\| Caching tier hardening \(Redis Cluster\) \(redis-cluster\) \| changed \| slips 2 weeks \|/);
      assert.match(markdown, /\| SOC 2 controls remediation \(soc2-remediation\) \| changed \|\s+\| effort 4–6 → 8–10 \|/);
      assert.match(markdown, /\| Infra Squad \| 2026-Q4 \| 98% → 111% \| \+13 points \|/);
      assert.match(markdown, /\| error \| RP501 \| 102 \| Infra Squad is over capacity in 2026-Q4/);
      assertTablesIntact(markdown);
    });

    it('draws the new plan with redis-cluster where it was as a ghost', () => {
      const [gantt] = mermaidBlocks(markdown);
      const tasks = checkDiagram(gantt, 'gantt').of('task');
      const redis = tasks.filter((task) => task.label!.startsWith('Caching tier hardening'));
      assert.deepEqual(redis.map((task) => task.data!.join(', ')), ['crit, t7, 2026-11-02, 2026-12-13', 'done, o1, 2026-10-19, 2026-11-29']);
      assert.equal(tasks.filter((task) => task.data![0] === 'done').length, 1, 'only what moved has a ghost');
      assert.equal(diff.packs[0].initiatives.length, 2);
    });

    it('the text report says the same, with new findings in the check format', () => {
      const text = diffText(diff);
      assert.equal(text.split('\n')[0], "1 initiative slips, 1 effort changes, Infra Squad's 2026-Q4 rises 98% → 111%, 1 new error, 2 new warnings, 1 resolved");
      assert.ok(text.includes(`\n${WORKED}:102:11 error RP501 Infra Squad is over capacity in 2026-Q4`));
      assert.ok(text.includes('  initiative redis-cluster (Caching tier hardening (Redis Cluster)): slips 2 weeks\n'));
    });
  });

  it('says when an initiative loses its dates, in the headline, the table and the text report', () => {
    const after = replaceOnce(workedText(), '    status: done\n    when: 2026-Q4-W3..W8\n', '    status: done\n');
    const { diff, markdown } = compare(workedText(), after, WORKED);
    assert.match(markdown.split('\n').find((line) => line.startsWith('**'))!, /1 initiative loses its dates/);
    const row = tableRows(markdown).find((cells) => cells.some((cell) => cell.includes('(redis-cluster)')))!;
    assert.ok(row.some((cell) => cell.includes('unscheduled (was 2026-Q4-W3..W8)')), row.join('|'));
    assert.ok(diffText(diff).includes('  initiative redis-cluster (Caching tier hardening (Redis Cluster)): unscheduled (was 2026-Q4-W3..W8)'));
  });

  it('says so when nothing in the plan changed', () => {
    const { markdown } = compare(workedText(), `# only a comment\n${workedText()}`, WORKED);
    assert.match(markdown, /\*\*No change to the plan\*\*/);
    assert.match(markdown, /No change to the plan: what changed is layout, comments or prose\./);
  });

  describe('a 10,000-initiative diff', function () {
    this.timeout(120_000);
    let markdown = '';
    let diff: PlanDiff;
    before(() => {
      ({ markdown, diff } = compare(generatePack(10_000, 1), generatePack(10_000, 2)));
    });

    it(`stays within a GitHub comment (${MARKDOWN_MAX_LENGTH} characters), the chart within Mermaid's maxTextSize`, () => {
      assert.ok(diff.packs[0].initiatives.length > 1_000, 'the two packs differ widely');
      assert.ok(markdown.length <= MARKDOWN_MAX_LENGTH, `${markdown.length} characters`);
      const blocks = mermaidBlocks(markdown);
      assert.equal(blocks.length, 1);
      assert.ok(blocks[0].length <= MERMAID_DEFAULT_MAX_TEXT_SIZE, `${blocks[0].length} characters of Mermaid`);
      checkDiagram(blocks[0], 'gantt');
    });

    it('cuts long tables with "and N more", the count right', () => {
      const total = diff.packs[0].initiatives.length;
      const rows = markdown.slice(markdown.indexOf('#### Initiatives'), markdown.indexOf('\n#### ', markdown.indexOf('#### Initiatives') + 1));
      const shown = tableRows(rows).length - 2;
      assert.match(rows, new RegExp(`…and ${total - shown} more initiatives`));
      assertTablesIntact(markdown);
    });

    it('fits a smaller limit too', () => {
      const small = diffMarkdown(diff, { maxLength: 5_000 });
      assert.ok(small.length <= 5_000, `${small.length}`);
      assertTablesIntact(small);
    });
  });

  describe('hostile pack text', () => {
    const TITLE = 'Pipe | and\\n ```mermaid\\n| forged | row |\\n<script>alert(1)</script> `tick` **bold** [link](javascript:alert(1)) %%{init: {}}%% click t1 call alert(1)';
    const base = `pack: 1
title: "${TITLE}"
horizon: 2026-Q3..2026-Q4
teams:
  - { id: infra, name: "Infra | \\"Squad\\"\\n## Heading", engineers: 2 }
initiatives:
  - id: hostile
    title: "${TITLE}"
    owner: infra
    when: 2026-Q3-W1..W4
    effort: 4
  - id: calm
    title: Calm
    owner: infra
    when: 2026-Q3-W5..W6
    effort: 1
gates:
  - { id: g1, title: "${TITLE}", at: 2026-Q3-W5 }
`;
    const after = replaceOnce(replaceOnce(replaceOnce(base, 'when: 2026-Q3-W1..W4\n    effort: 4', 'when: 2026-Q3-W3..W9\n    effort: 9'), 'at: 2026-Q3-W5', 'at: 2026-Q3-W8'), '    owner: infra\n    when: 2026-Q3-W5..W6', '    owner: infra\n    status: cut\n    when: 2026-Q3-W5..W6');
    const { markdown, diff } = compare(base, after, 'hostile | path.roadmap.yaml');

    it('cannot add a row, a column, a heading or a code block to the report', () => {
      assert.deepEqual([diff.packs[0].initiatives.length, diff.packs[0].gates.length], [2, 1]);
      assertTablesIntact(markdown);
      assert.equal(markdown.match(/^```/gm)!.length, 2, 'one mermaid block, opened and closed');
      assert.deepEqual(markdown.match(/^#+ .*/gm)!.filter((line) => line.includes('Heading')), []);
      assert.ok(!/(?<!\\)<script/.test(markdown), 'no markup that is not escaped');
      assert.ok(!/\]\(javascript:/.test(markdown.replace(/\\\]/g, '')), 'no link');
    });

    it('cannot break the Mermaid chart', () => {
      const [gantt] = mermaidBlocks(markdown);
      const tasks = checkDiagram(gantt, 'gantt').of('task');
      for (const task of tasks) assert.match(task.data!.at(-3)!, /^[a-z]+\d+$/);
      assert.ok(!/^\s*click\b/im.test(gantt));
    });
  });
});
