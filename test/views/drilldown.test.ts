import { strict as assert } from 'node:assert';
import { checkPack, renderView } from '../../server/src/pack';
import { generatePack } from '../../bench/generatePack';

describe('views: drill-down from an aggregated view', () => {
  const result = checkPack(generatePack(300));

  it('maps an aggregated Gantt bar to its group, and draws only that group when focused', () => {
    const all = renderView(result, 'gantt', { groupBy: 'theme', aggregateAbove: 200 });
    const groups = Object.values(all.sourceMap).filter((id) => id.startsWith('group:'));
    assert.ok(groups.length > 1, 'one bar per theme');
    const theme = groups[0].slice('group:'.length);
    const focused = renderView(result, 'gantt', { groupBy: 'theme', aggregateAbove: 200, focus: theme });
    const members = result.model.initiatives.filter((i) => (i.input.theme?.trim() || 'No theme') === theme);
    const tasks = Object.values(focused.sourceMap).filter((id) => result.model.byId.get(id)?.kind === 'initiative');
    assert.deepEqual(new Set(tasks), new Set(members.map((i) => i.id)));
    assert.ok(focused.warnings.some((w) => w.startsWith(`Showing only ${theme}`)));
  });

  it('maps a grouped dependency node to its group, and draws the members and their neighbours when focused', () => {
    const grouped = renderView(result, 'deps', { groupBy: 'team' });
    const group = Object.values(grouped.sourceMap).find((id) => id.startsWith('group:') && !/gates|Register/.test(id))!;
    const focused = renderView(result, 'deps', { groupBy: 'team', focus: group.slice('group:'.length) });
    assert.match(focused.text, /-->/, 'a detailed graph with arrows');
    assert.ok(Object.values(focused.sourceMap).every((id) => !id.startsWith('group:')));
    assert.ok(Object.keys(focused.sourceMap).length < result.model.byId.size, 'not the whole pack');
  });
});
