import { strict as assert } from 'node:assert';
import { epochDay } from '../../server/src/pack';
import { ganttView } from '../../server/src/pack/views';
import { INVENTORY, NOW_NEXT_LATER, SEED, load, pack, taskLines } from './packs';
import { checkDiagram } from './shape';

const TODAY = epochDay(2026, 8, 5);

const SEED_GANTT = `gantt
    title Platform Engineering -- Reliability & Scale
    dateFormat YYYY-MM-DD
    inclusiveEndDates
    axisFormat %b %Y
    tickInterval 1month
    todayMarker off
    section 2026-Q3
        DB scaling Phase 1 -- connection pooling + job isolation :done, t1, 2026-07-06, 2026-09-20
        Distributed tracing + observability platform :crit, done, t2, 2026-07-06, 2026-09-27
        Deployment safety (canary + auto-rollback) :done, t3, 2026-07-13, 2026-09-13
        SLO framework + alerting overhaul :done, t4, 2026-07-27, 2026-09-27
        SOC 2 pre-work#58; gap assessment :done, t5, 2026-09-07, 2026-09-27
    section 2026-Q4
        SOC 2 controls remediation :done, t6, 2026-10-05, 2026-11-15
        DB scaling Phase 2 -- read-replica routing :done, t7, 2026-10-05, 2026-11-22
        Caching tier hardening (Redis Cluster) :done, t8, 2026-10-19, 2026-11-29
        Autoscaling overhaul :crit, active, t9, 2026-10-26, 2026-12-13
        Infra cost optimization program :crit, active, t10, 2026-11-23, 2026-12-27
        3x traffic load test (full stack) :t11, 2026-12-07, 2026-12-20
    section Decision gates
        Tracing vendor selection (2026-Q3-W3) :crit, milestone, g1, 2026-07-26, 0d
        PgBouncer evaluation (2026-Q3-W3) :milestone, g2, 2026-07-26, 0d
        DB Phase 1 completion check (2026-Q3-W10) :milestone, g3, 2026-09-13, 0d
        Redis migration go/no-go (2026-Q4-W5) :milestone, g4, 2026-11-08, 0d
        SOC 2 audit readiness (2026-Q4-W8) :milestone, g5, 2026-11-29, 0d
        3x load test (2026-Q4-W10) :milestone, g6, 2026-12-13, 0d
        2026-Q4 :vert, q1, 2026-10-05, 0d
        Today :vert, v1, 2026-08-05, 0d
`;

function tasksById(text: string): Map<string, { name: string; tags: string[]; start: string; end: string }> {
  const statements = checkDiagram(text, 'gantt').of('task');
  return new Map(statements.map(({ label, data }) => [data!.at(-3)!, { name: label!, tags: data!.slice(0, -3), start: data!.at(-2)!, end: data!.at(-1)! }]));
}

describe('views: gantt', () => {
  it('draws the seed exactly: 11 initiatives by quarter, real dates, critical path, six gates with their weeks, where 2026-Q4 starts, today', () => {
    const view = ganttView(load(SEED), { today: TODAY });
    assert.equal(view.text, SEED_GANTT);
    assert.deepEqual(view.warnings, []);
    checkDiagram(view.text, 'gantt');
  });

  it('gives each of the seed\'s 11 initiatives its first day to its last (tracing 2026-07-06 to 2026-09-27)', () => {
    const view = ganttView(load(SEED));
    const initiatives = [...tasksById(view.text)].filter(([id]) => id.startsWith('t'));
    assert.equal(initiatives.length, 11);
    const byPackId = new Map(initiatives.map(([id, task]) => [view.sourceMap[id], task]));
    assert.deepEqual(byPackId.get('tracing'), { name: 'Distributed tracing + observability platform', tags: ['crit', 'done'], start: '2026-07-06', end: '2026-09-27' });
    assert.deepEqual([byPackId.get('cost-optimization')!.start, byPackId.get('cost-optimization')!.end], ['2026-11-23', '2026-12-27']);
    assert.deepEqual([byPackId.get('load-test-3x')!.start, byPackId.get('load-test-3x')!.end], ['2026-12-07', '2026-12-20']);
    assert.deepEqual(new Set(byPackId.keys()).size, 11);
  });

  it('marks the critical path: vendor gate → tracing → autoscaling → cost optimization', () => {
    const view = ganttView(load(SEED));
    const critical = [...tasksById(view.text)].filter(([, task]) => task.tags.includes('crit')).map(([id]) => view.sourceMap[id]);
    assert.deepEqual(critical.sort(), ['autoscaling', 'cost-optimization', 'gate-tracing-vendor', 'tracing']);
  });

  it('draws gates as 0-day milestones on the last day of their week, in time order', () => {
    const gates = [...tasksById(ganttView(load(SEED)).text)].filter(([id]) => id.startsWith('g'));
    assert.deepEqual(gates.map(([, task]) => task.start), ['2026-07-26', '2026-07-26', '2026-09-13', '2026-11-08', '2026-11-29', '2026-12-13']);
    assert.ok(gates.every(([, task]) => task.tags.includes('milestone') && task.end === '0d'));
  });

  it('groups by theme (first appearance) or by main owner (team order)', () => {
    const byTheme = checkDiagram(ganttView(load(SEED), { groupBy: 'theme' }).text, 'gantt');
    assert.deepEqual(byTheme.of('section').map((s) => s.label), ['Observability', 'Reliability', 'Scale', 'Compliance', 'Cost', 'Decision gates']);
    assert.equal(byTheme.of('task').filter((t) => t.data!.at(-3)!.startsWith('t')).length, 11);
    const byTeam = ganttView(load(SEED), { groupBy: 'team' });
    const sections = byTeam.text.split('\n').filter((line) => line.startsWith('    section')).map((line) => line.slice(12));
    assert.deepEqual(sections, ['Infra Squad', 'DevEx Squad', 'Data Platform Squad', 'Decision gates']);
    // load-test-3x is split evenly over three squads: it goes to the first.
    const infra = byTeam.text.split('section DevEx Squad')[0];
    assert.match(infra, /3x traffic load test \(full stack\) :t\d+, 2026-12-07, 2026-12-20/);
  });

  it('ticks a short plan weekly, on the Mondays its weeks start', () => {
    const short = ganttView(pack(`initiatives:\n  - { id: a, title: A, when: 2026-Q3-W1..W6 }`)).text;
    assert.ok(short.includes('    tickInterval 1week\n    weekday monday\n'), short);
    assert.ok(!ganttView(load(SEED)).text.includes('weekday'), 'monthly ticks need no weekday');
  });

  it('shows done and in-progress work as done and active', () => {
    const view = ganttView(
      pack(`initiatives:
  - { id: a, title: Shipped, status: done, when: 2026-Q3-W1..W2 }
  - { id: b, title: Underway, status: in-progress, when: 2026-Q3-W3..W5 }
  - { id: c, title: Planned, when: 2026-Q3-W6 }`),
    );
    const tasks = tasksById(view.text);
    assert.deepEqual([tasks.get('t1')!.tags, tasks.get('t2')!.tags, tasks.get('t3')!.tags], [['done'], ['active'], ['crit']]);
  });

  it("leaves Mermaid's today marker alone without `today`, and turns it off with todayMarker: false", () => {
    const plain = ganttView(load(SEED)).text;
    assert.ok(!plain.includes('todayMarker') && !plain.includes('Today :vert'));
    const off = ganttView(load(SEED), { today: TODAY, todayMarker: false }).text;
    assert.ok(off.includes('    todayMarker off\n') && !off.includes('Today :vert'));
    const outside = ganttView(load(SEED), { today: epochDay(2030, 1, 1) }).text;
    assert.ok(outside.includes('    todayMarker off\n') && !outside.includes('Today :vert'), 'a today far outside would stretch the axis');
  });

  it('aggregates above `aggregateAbove`: one bar per group over its members and its gates, labelled with the counts', () => {
    const view = ganttView(load(SEED), { groupBy: 'theme', aggregateAbove: 5 });
    const shape = checkDiagram(view.text, 'gantt');
    const bars = shape.of('task').filter((t) => t.data!.at(-3)!.startsWith('a'));
    const shown = bars.map((bar) => [bar.label, bar.data!.at(-2), bar.data!.at(-1)]);
    assert.deepEqual(shown, [
      ['Observability (1 initiative, 1 gate)', '2026-07-06', '2026-09-27'],
      ['Scale (5 initiatives, 3 gates)', '2026-07-06', '2026-12-20'],
      ['Reliability (2 initiatives)', '2026-07-13', '2026-09-27'],
      ['Compliance (2 initiatives, 1 gate)', '2026-09-07', '2026-11-29'],
      ['Cost (1 initiative)', '2026-11-23', '2026-12-27'],
      ['Decision gates (1 gate)', '2026-12-13', '0d'],
    ]);
    assert.ok(bars.find((bar) => bar.label!.startsWith('Scale'))!.data!.includes('crit'));
    assert.ok(bars.find((bar) => bar.label!.startsWith('Observability'))!.data!.includes('crit'), 'its gate, tracing vendor selection, is critical');
    assert.equal(shape.of('task').filter((t) => t.data!.at(-3)!.startsWith('g')).length, 0, 'no gate drawn one by one under the group bars');
    assert.match(view.warnings.join('\n'), /11 initiatives .* one bar per theme \(6 bars\), each with its gates/);
  });

  it('drills into a group on its own dates: its initiatives and its gates only', () => {
    const focused = ganttView(load(SEED), { groupBy: 'theme', focus: 'Compliance', today: TODAY, milestones: 'none' });
    const tasks = [...tasksById(focused.text)].map(([id, task]) => [focused.sourceMap[id] ?? task.name, task.start, task.end]);
    assert.deepEqual(tasks, [
      ['soc2-prework', '2026-09-07', '2026-09-27'],
      ['soc2-remediation', '2026-10-05', '2026-11-15'],
      ['gate-soc2-readiness', '2026-11-29', '0d'],
      ['2026-Q4', '2026-10-05', '0d'],
    ]);
    assert.ok(!focused.text.includes('Today :vert'), 'today (2026-08-05) is before the group: the axis does not stretch to it');
  });

  it('puts a gate by quarter in its quarter, by team or theme with the initiatives it waits for', () => {
    const byQuarter = ganttView(load(SEED), { groupBy: 'quarter', aggregateAbove: 5 });
    const bars = checkDiagram(byQuarter.text, 'gantt').of('task').filter((t) => t.data!.at(-3)!.startsWith('a')).map((t) => t.label);
    assert.deepEqual(bars, ['2026-Q3 (5 initiatives, 3 gates)', '2026-Q4 (6 initiatives, 3 gates)']);
    const infra = Object.values(ganttView(load(SEED), { groupBy: 'team', focus: 'Infra Squad' }).sourceMap);
    assert.ok(infra.includes('gate-pgbouncer'), 'the pooling work (Infra Squad) waits for the PgBouncer evaluation');
    assert.ok(infra.includes('gate-soc2-readiness'), 'SOC 2 audit readiness waits for the remediation (Infra Squad)');
    assert.ok(!Object.values(ganttView(load(SEED), { groupBy: 'team', focus: 'DevEx Squad' }).sourceMap).includes('gate-pgbouncer'));
  });

  it('aggregates by default above 200 initiatives', () => {
    const initiatives = Array.from({ length: 201 }, (_, i) => `  - { id: i${i}, title: Work ${i}, theme: T${i % 3}, when: 2026-Q3-W${(i % 13) + 1} }`);
    const view = ganttView(pack(`initiatives:\n${initiatives.join('\n')}`), { groupBy: 'theme' });
    const tasks = checkDiagram(view.text, 'gantt').of('task');
    assert.deepEqual(tasks.map((t) => t.label), ['T0 (67 initiatives)', 'T1 (67 initiatives)', 'T2 (67 initiatives)']);
    assert.equal(ganttView(pack(`initiatives:\n${initiatives.slice(0, 200).join('\n')}`)).text.match(/ :(crit, )?t\d+,/g)!.length, 200);
  });

  it("draws initiatives' milestones when there are few, after their initiative, on their last day", () => {
    const few = ganttView(
      pack(`initiatives:
  - id: a
    title: Work
    when: 2026-Q3-W1..W6
    milestones: [{ when: 2026-Q3-W1..W2, name: Spike }, { when: 2026-Q3-W6, name: Rollout }]`),
    );
    assert.deepEqual(taskLines(few.text), ['        Work :crit, t1, 2026-07-06, 2026-08-16', '        Spike :milestone, m1, 2026-07-19, 0d', '        Rollout :milestone, m2, 2026-08-16, 0d']);
    assert.equal(few.sourceMap.m1, 'a');
    assert.equal(ganttView(load(SEED)).text.includes('m1'), false, '30 milestones are too many by default');
    assert.equal(taskLines(ganttView(load(SEED), { milestones: 'all' }).text).filter((line) => line.includes(':milestone, m')).length, 30);
  });

  it('draws the inventory: eight initiatives over the whole half', () => {
    const tasks = checkDiagram(ganttView(load(INVENTORY)).text, 'gantt').of('task').filter((t) => t.data!.at(-3)!.startsWith('t'));
    assert.equal(tasks.length, 8);
    assert.ok(tasks.every((t) => t.data!.at(-2) === '2026-07-06' && t.data!.at(-1) === '2027-01-03'));
  });

  it('says what it cannot draw: undated, cut, now-next-later', () => {
    const view = ganttView(pack(`initiatives:\n  - { id: a, title: A }\n  - { id: b, title: B, status: cut, when: 2026-Q3 }\n  - { id: c, title: C, when: 2026-Q3 }\ngates:\n  - { id: g, title: G, at: 2026-Q9 }`));
    assert.equal(taskLines(view.text).length, 1);
    assert.deepEqual(view.warnings, ['1 initiative without a valid `when` not drawn: a.', '1 cut initiative not drawn: b.', '1 gate without a valid `at` not drawn: g.']);
    const board = ganttView(load(NOW_NEXT_LATER));
    assert.equal(taskLines(board.text).length, 0);
    assert.match(board.warnings.join('\n'), /now-next-later pack.*board view/);
    checkDiagram(board.text, 'gantt');
    assert.deepEqual(board.diagrams, [], 'nothing for the preview to draw: it opens the board instead');
  });
});
