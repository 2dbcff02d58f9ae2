import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { PackResult, checkPack, epochDay, GROUP_PREFIX } from '../../server/src/pack';
import { ViewName, ViewOptions, renderView } from '../../server/src/pack/views';
import { repoPath } from '../helpers/repoRoot';
import { DiagramKind, Statements, checkDiagram, shownText } from './shape';

const FOLDER = 'test/fixtures/hostile';
const FIXTURES = readdirSync(repoPath(FOLDER)).filter((name) => name.endsWith('.roadmap.yaml'));

const RUNS: { view: ViewName; kind: DiagramKind; options?: ViewOptions }[] = [
  { view: 'gantt', kind: 'gantt' },
  { view: 'gantt', kind: 'gantt', options: { groupBy: 'theme', today: epochDay(2026, 8, 1), milestones: 'all' } },
  { view: 'gantt', kind: 'gantt', options: { groupBy: 'team' } },
  { view: 'gantt', kind: 'gantt', options: { groupBy: 'team', aggregateAbove: 2 } },
  { view: 'gates', kind: 'flowchart' },
  { view: 'deps', kind: 'flowchart' },
  { view: 'capacity', kind: 'xychart' },
  { view: 'capacity', kind: 'xychart', options: { weekly: true } },
];

/** What a label should show for text from the pack: one line, control and format characters gone. */
function expectedShown(text: string): string {
  return text.replace(/[\s\u0085]+/g, ' ').replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/ {2,}/g, ' ').trim();
}

function draw(fixture: string): { result: PackResult; source: string } {
  const source = readFileSync(repoPath(FOLDER, fixture), 'utf8');
  return { result: checkPack(source), source };
}

describe('views: hostile packs', () => {
  it('has fixtures for labels, ids and keywords', () => {
    assert.deepEqual(FIXTURES.sort(), ['ids.roadmap.yaml', 'keywords.roadmap.yaml', 'labels.roadmap.yaml']);
  });

  for (const fixture of FIXTURES) {
    describe(fixture, () => {
      const { result } = draw(fixture);

      for (const run of RUNS) {
        it(`${run.view} ${JSON.stringify(run.options ?? {})}: keeps its structure`, () => {
          const view = renderView(result, run.view, run.options);
          assert.ok(view.diagrams.length > 0);
          for (const diagram of view.diagrams) {
            const statements = checkDiagram(diagram, run.kind);
            assertNoInjection(diagram);
            assertGeneratedIds(statements, run.kind);
          }
          assertSourceMap(view.sourceMap, result);
        });
      }

      it('gantt: one task line per dated initiative, one milestone per dated gate, each showing its text', () => {
        const view = renderView(result, 'gantt', { milestones: 'none' });
        const tasks = checkDiagram(view.text, 'gantt').of('task');
        const initiatives = result.model.initiatives.filter((initiative) => initiative.span && initiative.status !== 'cut');
        const drawn = tasks.filter((task) => task.data!.at(-3)!.startsWith('t'));
        assert.equal(drawn.length, initiatives.length);
        assert.equal(tasks.filter((task) => task.data!.at(-3)!.startsWith('g')).length, result.model.gates.filter((gate) => gate.at !== undefined).length);
        const shown = new Set(drawn.map((task) => shownText(task.label!)));
        for (const initiative of initiatives) {
          const expected = expectedShown(initiative.title) || initiative.id;
          assert.ok(shown.has(expected), `${JSON.stringify(initiative.title)} should show as ${JSON.stringify(expected)}`);
        }
      });

      it('board: every card shows its title as plain text (no markup, one line), the Markdown escaping it', () => {
        const view = renderView(result, 'board', { today: epochDay(2026, 8, 1) });
        const cards = view.board!.columns.flatMap((column) => column.cards);
        assert.ok(cards.length > 0);
        const titles = new Set(result.model.initiatives.map((initiative) => expectedShown(initiative.title) || initiative.id));
        for (const card of cards) {
          assert.ok(titles.has(card.title), JSON.stringify(card));
          assert.ok(!/[\p{Cc}\p{Cf}]/u.test(card.title + card.detail), JSON.stringify(card));
        }
        assert.ok(!/(^|[^\\])</.test(view.text), 'a < unescaped in the Markdown');
        // Every row of the table has its columns' cells, however many pipes the titles hold.
        const rows = view.text.split('\n').filter((line) => line.startsWith('|'));
        for (const row of rows) assert.equal(row.split(/(?<!\\)\|/).length - 2, view.board!.columns.length, row);
      });

      it('deps: one node per initiative, gate and register dependency', () => {
        const view = renderView(result, 'deps');
        const nodes = checkDiagram(view.text, 'flowchart').of('node');
        const { model } = result;
        const ghosts = new Set(model.edges.filter((edge) => !model.byId.has(edge.to)).map((edge) => edge.to)).size;
        assert.equal(nodes.length, model.initiatives.length + model.gates.length + model.dependencies.length + ghosts);
      });

      it('never writes pack text that holds a special character as it is', () => {
        const { model } = result;
        const texts = [model.title, ...model.initiatives.map((i) => i.title), ...model.gates.map((g) => g.title), ...model.teams.map((t) => t.name)];
        const all = RUNS.map((run) => renderView(result, run.view, run.options).text).join('\n');
        // `&`, `:` and `%` before a space may stay as they are where no lexer reads them (escape.ts); no other special character ever does.
        const special = (text: string) => /[^A-Za-z0-9 .,\-_()/+'?!]/.test(text.replace(/[&:%](?= )/g, ''));
        for (const text of texts.filter(special)) assert.ok(!all.includes(text), `raw: ${JSON.stringify(text)}`);
      });
    });
  }

  it('labels: the keyword-led titles still show as written', () => {
    const { result } = draw('keywords.roadmap.yaml');
    const tasks = checkDiagram(renderView(result, 'gantt').text, 'gantt').of('task');
    const shown = tasks.map((task) => shownText(task.label!));
    assert.ok(shown.includes('click here') && shown.includes('section Two') && shown.includes('2026-01-01 date first') && shown.includes('%% comment'));
    assert.ok(shown.includes('k24'), 'a blank title falls back to the id');
  });
});

function assertNoInjection(diagram: string): void {
  assert.ok(!diagram.includes('%%{'), '%%{');
  assert.ok(!/<script|<img|<b>|onerror=|javascript:/i.test(diagram), 'markup or a script URL');
  for (const line of diagram.split('\n')) {
    assert.ok(!/^\s*click\b/i.test(line), `a click line: ${line}`);
    assert.ok(!/^\s*(call|href)\s/i.test(line), `an interaction line: ${line}`);
  }
}

/** Every id in the syntax is a generated one: letters then digits, never pack text. */
function assertGeneratedIds(statements: Statements, kind: DiagramKind): void {
  const generated = /^[a-z]+\d+$/;
  for (const statement of statements.all) {
    if (kind === 'gantt' && statement.kind === 'task') assert.match(statement.data!.at(-3)!, generated);
    if (kind === 'flowchart' && ['node', 'edge', 'subgraph', 'invisible', 'class', 'member'].includes(statement.kind)) {
      for (const id of statement.data!) assert.match(id, generated);
    }
  }
}

function assertSourceMap(sourceMap: Record<string, string>, result: PackResult): void {
  for (const [mermaidId, packId] of Object.entries(sourceMap)) {
    assert.match(mermaidId, /^[a-z]+\d+$/);
    const isEdgeTarget = result.model.edges.some((edge) => edge.to === packId);
    // An aggregated bar or node maps to its group, for the drill-down.
    const isGroup = packId.startsWith(GROUP_PREFIX) && packId.length > GROUP_PREFIX.length;
    assert.ok(result.model.byId.has(packId) || isEdgeTarget || isGroup, `${mermaidId} → ${packId}`);
  }
}
