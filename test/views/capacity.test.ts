import { strict as assert } from 'node:assert';
import { capacityData, capacityView } from '../../server/src/pack/views';
import { SEED, load, pack } from './packs';
import { checkDiagram, shownText } from './shape';

describe('views: capacity', () => {
  it('draws one chart per team; Infra Squad in Q4: bar 30.7 against line 31.2, peak 98%', () => {
    const view = capacityView(load(SEED));
    assert.equal(view.diagrams.length, 3);
    const infra = checkDiagram(view.diagrams[0], 'xychart');
    assert.equal(shownText(infra.of('title')[0].label!), 'Infra Squad: peak 98% of capacity in 2026-Q4, 192% in week 2026-Q4-W4');
    assert.deepEqual(infra.of('x-axis')[0].data, ['2026-Q3', '2026-Q4']);
    assert.deepEqual(infra.of('bar')[0].data, ['22', '30.7']);
    assert.deepEqual(infra.of('line')[0].data, ['31.2', '31.2']);
    assert.ok(view.diagrams[0].includes('    bar "Planned load" [22, 30.7]\n    line "Capacity" [31.2, 31.2]\n'));
  });

  it('shows, quarterly, the load above its own week’s capacity: Infra’s 98% quarter hides weeks at up to 192%', () => {
    const infra = checkDiagram(capacityView(load(SEED), { team: 'infra' }).text, 'xychart');
    const [, overload] = infra.of('bar');
    assert.equal(shownText(overload.label!), 'Over weekly capacity');
    const weeks = capacityData(load(SEED), { weekly: true })[0].periods;
    const above = (quarter: string) => weeks.filter((week) => week.period.startsWith(quarter)).reduce((sum, week) => sum + Math.max(0, week.load - week.capacity), 0);
    assert.deepEqual(overload.data, [String(Math.round(above('2026-Q3') * 10) / 10), String(Math.round(above('2026-Q4') * 10) / 10)], 'the sum of each week’s load above that week’s capacity');
    assert.ok(Number(overload.data![1]) > 5, `Q4 has weeks well over capacity: ${overload.data!.join(', ')}`);
    const devex = checkDiagram(capacityView(load(SEED), { team: 'devex' }).text, 'xychart');
    assert.equal(devex.of('bar').length, 1, 'no third series for a team never over in a week');
    assert.equal(checkDiagram(capacityView(load(SEED), { team: 'infra', weekly: true }).text, 'xychart').of('bar').length, 1, 'weekly: the bar above the line says it');
  });

  it('makes `text` one document: every team summed in one chart, its title naming the busiest team', () => {
    const view = capacityView(load(SEED));
    assert.equal(view.text.match(/xychart-beta/g)!.length, 1);
    const total = checkDiagram(view.text, 'xychart');
    const teams = capacityData(load(SEED));
    const sum = (quarter: number, key: 'load' | 'capacity') => String(Math.round(teams.reduce((s, team) => s + team.periods[quarter][key], 0) * 10) / 10);
    assert.deepEqual(total.of('bar')[0].data, [sum(0, 'load'), sum(1, 'load')]);
    assert.deepEqual(total.of('line')[0].data, [sum(0, 'capacity'), sum(1, 'capacity')]);
    assert.equal(shownText(total.of('title')[0].label!), 'All 3 teams: peak 45% of capacity in 2026-Q3, busiest Infra Squad at 98% in 2026-Q4');
    assert.equal(capacityView(load(SEED), { team: 'devex' }).text, capacityView(load(SEED), { team: 'devex' }).diagrams[0], 'one team: its own chart');
  });

  it('sums teams whose weeks differ, week by week, in week order', () => {
    const view = capacityView(
      pack(`teams:
  - { id: early, name: Early, engineers: 2 }
  - { id: late, name: Late, engineers: 1 }
capacity: { bau: 0% }
initiatives:
  - { id: a, title: A, owner: early, when: 2026-Q3-W1..W2, effort: 2 }
  - { id: b, title: B, owner: late, when: 2026-Q4-W12..W13, effort: 4 }`),
      { weekly: true },
    );
    const total = checkDiagram(view.text, 'xychart');
    const axis = total.of('x-axis')[0].data!;
    const bars = total.of('bar')[0].data!;
    assert.equal(bars[axis.indexOf('Q3 W1')], '1');
    assert.equal(bars[axis.indexOf('Q4 W13')], '2');
    assert.equal(axis.indexOf('Q4 W13'), axis.length - 1);
    assert.match(shownText(total.of('title')[0].label!), /busiest Late at 200% in 2026-Q4-W12/);
  });

  it('exports the figures for a table: DevEx at 64.1% in Q3', () => {
    const data = capacityData(load(SEED));
    assert.deepEqual(data.map((team) => team.name), ['Infra Squad', 'DevEx Squad', 'Data Platform Squad']);
    const devex = data[1];
    assert.equal(devex.periods[0].period, '2026-Q3');
    assert.equal(Math.round(devex.periods[0].utilisation! * 1000) / 10, 64.1);
    assert.equal(Math.round(data[0].periods[1].load * 10) / 10, 30.7);
    assert.equal(data[0].peak!.period, '2026-Q4');
  });

  it('draws weeks on demand: Infra peaks at 192% in 2026-Q4-W4, the bar above the line', () => {
    const view = capacityView(load(SEED), { weekly: true, team: 'Infra Squad' });
    assert.equal(view.diagrams.length, 1);
    const shape = checkDiagram(view.text, 'xychart');
    assert.equal(shape.of('x-axis')[0].data!.length, 26);
    assert.equal(shape.of('x-axis')[0].data![16], 'Q4 W4');
    assert.equal(shownText(shape.of('title')[0].label!), 'Infra Squad: peak 192% of capacity in 2026-Q4-W4, over capacity');
    const bars = shape.of('bar')[0].data!.map(Number);
    const line = shape.of('line')[0].data!.map(Number);
    assert.ok(bars[16] > line[16]);
  });

  it('counts hires from their week and shows work with no capacity', () => {
    const view = capacityView(
      pack(`teams:
  - { id: core, name: Core, engineers: [{ from: 2026-Q3, count: 2 }, { from: 2026-Q4-W1, count: 4 }] }
  - { id: ghost, name: Nobody, engineers: 0 }
initiatives:
  - { id: a, title: A, owner: core, when: 2026-Q3, effort: 13 }
  - { id: b, title: B, owner: ghost, when: 2026-Q3, effort: 2 }`),
    );
    const core = checkDiagram(view.diagrams[0], 'xychart');
    assert.deepEqual(core.of('line')[0].data, ['26', '52']);
    assert.equal(shownText(core.of('title')[0].label!), 'Core: peak 50% of capacity in 2026-Q3');
    assert.equal(shownText(checkDiagram(view.diagrams[1], 'xychart').of('title')[0].label!), 'Nobody: work planned in 2026-Q3 with no capacity');
  });

  it('warns about an unknown team and draws them all', () => {
    const view = capacityView(load(SEED), { team: 'nope' });
    assert.equal(view.diagrams.length, 3);
    assert.deepEqual(view.warnings, ['No team `nope` in the pack; drawing every team.']);
  });
});
