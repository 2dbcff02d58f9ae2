import { strict as assert } from 'node:assert';
import { baselineGantt, checkPack } from '../../server/src/pack';
import { checkDiagram } from '../views/shape';
import { replaceOnce, workedChange, workedText } from './edits';

describe('baselineGantt', () => {
  const before = checkPack(workedText());
  const after = checkPack(workedChange());

  it('draws each initiative once where it is now, and a ghost where a moved one was, both mapped to its id', () => {
    const gantt = baselineGantt(before, after);
    const tasks = checkDiagram(gantt.text, 'gantt').of('task');
    const initiatives = after.model.initiatives.filter((initiative) => initiative.status !== 'cut' && initiative.span);
    assert.equal(tasks.filter((task) => /^t\d+$/.test(task.data!.at(-3)!)).length, initiatives.length);
    assert.equal(gantt.ghosts.length, 1);
    assert.equal(gantt.sourceMap[gantt.ghosts[0]], 'redis-cluster');
    assert.deepEqual(gantt.slipped.map((id) => gantt.sourceMap[id]), ['redis-cluster']);
    assert.deepEqual(gantt.pulledIn, []);
    assert.equal(gantt.omitted, 0);
    assert.ok(gantt.axis, 'the quarter axis the preview draws');
  });

  it('marks a pulled-in bar, a cut one (a ghost only) and a moved gate', () => {
    let text = replaceOnce(workedText(), 'when: 2026-Q4-W3..W8\n    effort: 6-8', 'when: 2026-Q4-W1..W6\n    effort: 6-8');
    text = replaceOnce(text, '    title: SOC 2 controls remediation', '    title: SOC 2 controls remediation\n    status: cut');
    text = replaceOnce(text, '    status: cut\n    theme: Compliance\n    owner: infra\n    contributors: [Security]   # Step 5 owner: "Infra Squad + Security"\n    tier: 2\n    status: done', '    status: cut\n    theme: Compliance\n    owner: infra\n    contributors: [Security]   # Step 5 owner: "Infra Squad + Security"\n    tier: 2');
    text = replaceOnce(text, 'at: 2026-Q4-W10', 'at: 2026-Q4-W12');
    const gantt = baselineGantt(before, checkPack(text));
    assert.deepEqual(gantt.pulledIn.map((id) => gantt.sourceMap[id]), ['redis-cluster']);
    assert.deepEqual(gantt.slipped.map((id) => gantt.sourceMap[id]), ['gate-load-test']);
    assert.deepEqual(gantt.ghosts.map((id) => gantt.sourceMap[id]).sort(), ['gate-load-test', 'redis-cluster', 'soc2-remediation']);
    assert.match(gantt.text, /SOC 2 controls remediation \(cut\) :done, o\d+,/);
    assert.match(gantt.text, /3x load test \(2026-Q4-W10\) \(before\) :done, milestone, o\d+, 2026-12-13, 0d/);
  });

  it('keeps within maxLength, moved work first, and counts what it left out', () => {
    const gantt = baselineGantt(before, after, { maxLength: 700 });
    assert.ok(gantt.text.length <= 700, `${gantt.text.length}`);
    assert.ok(gantt.omitted > 0);
    assert.deepEqual(gantt.ghosts.map((id) => gantt.sourceMap[id]), ['redis-cluster']);
    assert.match(gantt.warnings[0], /not drawn/);
    checkDiagram(gantt.text, 'gantt');
  });

  it('a pack added draws its bars; one removed, its ghosts', () => {
    assert.equal(baselineGantt(undefined, after).ghosts.length, 0);
    const removed = baselineGantt(before, undefined);
    assert.equal(removed.ghosts.length, before.model.initiatives.filter((i) => i.span).length + before.model.gates.length);
    checkDiagram(removed.text, 'gantt');
  });
});
