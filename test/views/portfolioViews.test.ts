import { strict as assert } from 'node:assert';
import { CROSS_LINK_STYLE, CYCLE_LINK_STYLE, ganttView, renderPortfolioView, sharedLoadOf, type PortfolioResult, type RenderedView, type ViewName } from '../../server/src/pack';
import { CONFLICT_LINK_STYLE } from '../../server/src/pack/views/dependencies';
import { checkPortfolioFile } from '../helpers/portfolioFolder';
import { Statements, checkDiagram, shownText } from './shape';

const EXAMPLE = 'examples/portfolio/portfolio.roadmap.yaml';
const fixture = (name: string) => checkPortfolioFile(`test/fixtures/portfolio/${name}/portfolio.roadmap.yaml`);
const round1 = (value: number) => Math.round(value * 10) / 10;

/** The gantt's sections, each with the tasks under it (markers left out: they take no row). */
function sections(text: string): { name: string; tasks: Statements['all'] }[] {
  const found: { name: string; tasks: Statements['all'] }[] = [];
  for (const statement of checkDiagram(text, 'gantt').all) {
    if (statement.kind === 'section') found.push({ name: shownText(statement.label!), tasks: [] });
    else if (statement.kind === 'task' && !statement.data!.includes('vert')) found.at(-1)!.tasks.push(statement);
  }
  return found;
}

/** A flowchart's edges in order (what linkStyle counts), each with the box its ends are drawn in. */
function edgesWithBoxes(text: string): { from: string; to: string; fromBox?: string; toBox?: string; styles: string[] }[] {
  const statements = checkDiagram(text, 'flowchart');
  const boxOf = new Map<string, string>();
  let box: string | undefined;
  for (const statement of statements.all) {
    if (statement.kind === 'subgraph') box = statement.data![0];
    else if (statement.kind === 'end') box = undefined;
    else if (statement.kind === 'node' && box) boxOf.set(statement.data![0], box);
  }
  const edges = statements.of('edge').map(({ data }) => ({ from: data![0], to: data![1], fromBox: boxOf.get(data![0]), toBox: boxOf.get(data![1]), styles: [] as string[] }));
  for (const style of statements.of('linkStyle')) for (const index of style.data!) edges[Number(index)].styles.push(style.label!);
  return edges;
}

function view(portfolio: PortfolioResult, name: ViewName, options = {}): RenderedView {
  return renderPortfolioView(portfolio, name, options);
}

describe('views: a portfolio', () => {
  const example = checkPortfolioFile(EXAMPLE);

  describe('gantt by pack', () => {
    it('has a section per member, titled with its title, holding that pack’s bars as its own gantt draws them', () => {
      const drawn = view(example, 'gantt');
      const found = sections(drawn.text);
      assert.deepEqual(found.map((section) => section.name), ['Platform Engineering -- Reliability & Scale', 'Checkout -- Payments & Conversion']);
      example.members.forEach((member, n) => {
        const own = sections(ganttView(member.result).text).flatMap((section) => section.tasks);
        const names = (tasks: Statements['all']) => tasks.map((task) => `${shownText(task.label!)} ${task.data!.filter((part) => !/^[a-z]+\d+$/.test(part)).join(' ')}`).sort();
        assert.deepEqual(names(found[n].tasks), names(own), `${member.name}'s section`);
        for (const task of found[n].tasks) assert.match(drawn.sourceMap[task.data!.at(-3)!], new RegExp(`^${member.name}:`), 'click-to-source names the member');
      });
    });

    it('titles a section with the include name when the pack has no title', () => {
      const portfolio = checkPortfolioFile('test/fixtures/portfolio/shared-capacity/portfolio.roadmap.yaml');
      portfolio.members[1].result.model.title = '';
      assert.deepEqual(sections(view(portfolio, 'gantt').text).map((section) => section.name), ['Pack a', 'b']);
    });
  });

  describe('capacity of shared teams', () => {
    it('stacks each pack’s share of Infra Squad, the top band its load over both packs: 109% in 2026-Q3', () => {
      const drawn = view(example, 'capacity');
      assert.equal(drawn.diagrams.length, 1, 'one shared team');
      const chart = checkDiagram(drawn.diagrams[0], 'xychart');
      assert.match(shownText(chart.of('title')[0].label!), /^Infra Squad: peak 109% of capacity in 2026-Q3, over capacity/);
      assert.deepEqual(chart.of('x-axis')[0].data, ['2026-Q3', '2026-Q4']);
      const bars = chart.of('bar');
      assert.deepEqual(bars.map((bar) => shownText(bar.label!)), ['checkout', 'platform'], 'drawn from the whole load down: the last pack’s band first');
      const infra = sharedLoadOf(example.capacity.teams, example.portfolio.result.model.teams[0])!;
      assert.deepEqual(bars[0].data, infra.quarters.map((quarter) => String(round1(quarter.load))), 'the top band is the team’s load');
      assert.deepEqual(bars[0].data, ['34', '30.7']);
      assert.deepEqual(bars[1].data, ['22', '30.7'], 'platform alone: 22.0 in Q3 (70.5%), all of Q4');
      assert.deepEqual(chart.of('line')[0].data, ['31.2', '31.2']);
      assert.equal(round1((Number(bars[0].data![0]) / 31.2) * 100), 109);
    });

    it('gives each band the pack’s own share: 8 and 8 of Infra’s 16 in the shared-capacity fixture', () => {
      const chart = checkDiagram(view(fixture('shared-capacity'), 'capacity').diagrams[0], 'xychart');
      const [ab, a] = chart.of('bar');
      assert.deepEqual([shownText(a.label!), a.data![0]], ['a', '8']);
      assert.deepEqual([shownText(ab.label!), ab.data![0]], ['b', '16'], 'b’s band stacked on a’s');
    });

    it('stacks week by week too, each week’s top band the team’s load that week', () => {
      const chart = checkDiagram(view(example, 'capacity', { weekly: true }).diagrams[0], 'xychart');
      const infra = example.capacity.teams[0].analysis.load;
      assert.deepEqual(chart.of('bar')[0].data, Array.from(infra.load, (load) => String(round1(load))));
      chart.of('bar')[0].data!.forEach((top, week) => assert.ok(Number(top) >= Number(chart.of('bar')[1].data![week]), `week ${week}: bands are cumulative`));
    });
  });

  describe('dependencies across packs', () => {
    it('draws a box per pack, top to bottom, the arrows between packs blue', () => {
      const drawn = view(example, 'deps');
      const statements = checkDiagram(drawn.text, 'flowchart');
      assert.deepEqual(statements.of('header')[0].data, ['TB']);
      assert.deepEqual(statements.of('subgraph').map((box) => shownText(box.label!)), ['Platform Engineering -- Reliability & Scale', 'Checkout -- Payments & Conversion']);
      const edges = edgesWithBoxes(drawn.text);
      const across = edges.filter((edge) => edge.fromBox !== edge.toBox);
      assert.equal(across.length, 2, 'checkout waits for platform:db-scaling-1 and platform:redis-cluster');
      for (const edge of edges) assert.equal(edge.styles.includes(CROSS_LINK_STYLE), edge.fromBox !== edge.toBox, `${edge.from} --> ${edge.to}`);
      const targets = across.map((edge) => `${drawn.sourceMap[edge.from]} → ${drawn.sourceMap[edge.to]}`).sort();
      assert.deepEqual(targets, ['platform:db-scaling-1 → checkout:payments-db-split', 'platform:redis-cluster → checkout:checkout-cache']);
    });

    it('keeps the pack’s own marks: its schedule-breaking edges orange, with a hover', () => {
      const drawn = view(example, 'deps');
      const orange = edgesWithBoxes(drawn.text).filter((edge) => edge.styles.includes(CONFLICT_LINK_STYLE));
      assert.deepEqual(orange.map((edge) => drawn.sourceMap[edge.to]).sort(), ['platform:cost-optimization', 'platform:load-test-3x']);
      assert.equal(Object.keys(drawn.edgeTips ?? {}).length, 2);
    });

    it('draws an arrow across packs that breaks the schedule orange, not blue, with its hover', () => {
      const drawn = view(fixture('RP401-across-packs'), 'deps');
      const [edge] = edgesWithBoxes(drawn.text);
      assert.notEqual(edge.fromBox, edge.toBox);
      assert.deepEqual(edge.styles, [CONFLICT_LINK_STYLE]);
      assert.match(Object.values(drawn.edgeTips!)[0], /cart/);
      assert.ok(drawn.warnings.some((warning) => /breaking the schedule \(RP401\).*checkout:cart waits for platform:cache/.test(warning)), drawn.warnings.join('\n'));
    });

    it('draws a cycle through two packs purple', () => {
      const edges = edgesWithBoxes(view(fixture('RP301-across-packs'), 'deps').text);
      assert.equal(edges.length, 2);
      for (const edge of edges) assert.deepEqual(edge.styles, [CYCLE_LINK_STYLE]);
    });

    it('offers a compact copy for a narrow pane: only the dependencies between packs and the items they join', () => {
      const drawn = view(example, 'deps');
      assert.ok(drawn.compact, 'a compact copy');
      const edges = edgesWithBoxes(drawn.compact.text);
      assert.equal(edges.length, 2);
      for (const edge of edges) assert.notEqual(edge.fromBox, edge.toBox);
      const nodes = checkDiagram(drawn.compact.text, 'flowchart').of('node');
      assert.deepEqual(nodes.map((node) => drawn.compact!.sourceMap[node.data![0]]).sort(), ['checkout:checkout-cache', 'checkout:payments-db-split', 'platform:db-scaling-1', 'platform:redis-cluster']);
      assert.equal(view(fixture('RP401-across-packs'), 'deps').compact, undefined, 'no copy when every dependency is between packs');
    });
  });

  describe('the other views', () => {
    for (const name of ['gates', 'board', 'metrics', 'goals', 'forecast'] as const) {
      it(`${name}: no diagram, one line saying to open a member pack`, () => {
        const drawn = view(example, name);
        assert.deepEqual(drawn.diagrams, []);
        const reasons = drawn.warnings.filter((warning) => !/^The portfolio has/.test(warning));
        assert.equal(reasons.length, 1);
        assert.match(reasons[0], /^Open a member pack to see its /);
      });
    }
  });

  it('speaks of the portfolio’s errors, across its files, never of "the pack"', () => {
    for (const name of ['gantt', 'capacity', 'deps', 'gates'] as const) {
      const drawn = view(example, name);
      assert.ok(drawn.warnings.includes('The portfolio has 1 error in 1 of its 3 files; the view draws what is valid.'), drawn.warnings.join('\n'));
      assert.ok(!drawn.warnings.some((warning) => /^The pack has/.test(warning)));
    }
  });

  describe('hostile labels (test/fixtures/portfolio/hostile-labels)', () => {
    const hostile = fixture('hostile-labels');
    const diagramsOf = (drawn: RenderedView) => [...drawn.diagrams, ...(drawn.compact?.diagrams ?? [])];
    const cases = [
      { name: 'gantt', kind: 'gantt' },
      { name: 'capacity', kind: 'xychart' },
      { name: 'deps', kind: 'flowchart' },
    ] as const;
    for (const { name, kind } of cases) {
      it(`${name}: keeps its structure, every label shown as the text it is`, () => {
        const drawn = view(hostile, name);
        assert.ok(drawn.diagrams.length > 0);
        for (const diagram of diagramsOf(drawn)) {
          const statements = checkDiagram(diagram, kind);
          assert.ok(!diagram.includes('%%{'), '%%{');
          assert.ok(!/<b>|<script/i.test(diagram), 'markup');
          for (const line of diagram.split('\n')) assert.ok(!/^\s*(click|call|href)\b/i.test(line), `an interaction line: ${line}`);
          for (const statement of statements.all) if (statement.label && statement.kind !== 'classDef' && statement.kind !== 'linkStyle') assert.ok(!shownText(statement.label).includes('\u202e'), 'bidi override dropped');
        }
      });
    }

    it('shows the packs’ titles and the shared team’s name as written, in one line', () => {
      const titles = hostile.members.map((member) => member.result.model.title.replace(/\s+/g, ' ').replace(/[\p{Cc}\p{Cf}]/gu, '').trim());
      assert.deepEqual(sections(view(hostile, 'gantt').text).map((section) => section.name), titles);
      // A flowchart label breaks `$$` and `fa:fa-` with a zero-width space (escape.ts), which shows nothing.
      assert.deepEqual(checkDiagram(view(hostile, 'deps').text, 'flowchart').of('subgraph').map((box) => shownText(box.label!).replace(/\u200b/g, '')), titles);
      const title = shownText(checkDiagram(view(hostile, 'capacity').diagrams[0], 'xychart').of('title')[0].label!);
      assert.ok(title.startsWith(`${hostile.portfolio.result.model.teams[0].name}: peak`), title);
    });
  });
});
