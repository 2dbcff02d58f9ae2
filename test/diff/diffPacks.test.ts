import { strict as assert } from 'node:assert';
import { checkChange, checkPack, diffPacks, isEmptyDiff, type PackDiff } from '../../server/src/pack';
import { generatePack } from '../../bench/generatePack';
import { WORKED, replaceOnce, workedChange, workedText } from './edits';

function diff(before: string | undefined, after: string | undefined, path = 'plan.roadmap.yaml'): PackDiff {
  return diffPacks(before === undefined ? undefined : checkPack(before), after === undefined ? undefined : checkPack(after), path);
}

const SMALL = `pack: 1
title: Small plan
horizon: 2026-Q3..2026-Q4
teams:
  - { id: infra, name: Infra Squad, engineers: 2 }
  - { id: devex, name: DevEx Squad, engineers: 2 }
initiatives:
  - id: alpha
    title: Alpha
    owner: infra
    when: 2026-Q3-W1..W4
    effort: 4
  # a comment about beta
  - id: beta
    title: Beta
    owner: devex
    when: 2026-Q3-W5..W8
    effort: 2-3
    depends_on: [alpha]
  - id: gamma
    title: Gamma
    owner: infra
    when: 2026-Q3-W12..W13
    effort: 2
gates:
  - { id: g1, title: Go, at: 2026-Q3-W9, depends_on: [beta] }
  - { id: g2, title: Later, at: 2026-Q4-W2 }
`;

describe('diffPacks', () => {
  describe('the worked example: redis-cluster slips 2 weeks, soc2-remediation effort raised', () => {
    const result = diff(workedText(), workedChange(), WORKED);

    it('reports exactly the two initiatives, by id, with the weeks and the effort', () => {
      assert.deepEqual(
        result.initiatives.map(({ id, change, startWeeks, endWeeks, effort }) => ({ id, change, startWeeks, endWeeks, effort })),
        [
          { id: 'redis-cluster', change: 'changed', startWeeks: 2, endWeeks: 2, effort: undefined },
          { id: 'soc2-remediation', change: 'changed', startWeeks: undefined, endWeeks: undefined, effort: { before: '4–6', after: '8–10' } },
        ],
      );
      assert.equal(result.initiatives[0].line, 255);
      assert.equal(result.change, 'changed');
    });

    it("reports Infra Squad's 2026-Q4 rising past its capacity, and no other team-quarter", () => {
      assert.equal(result.capacity.length, 1);
      const [infra] = result.capacity;
      assert.deepEqual([infra.team, infra.teamName, infra.quarter], ['infra', 'Infra Squad', '2026-Q4']);
      assert.equal(Math.round(infra.before), 98);
      assert.equal(Math.round(infra.after), 111);
    });

    it('finds the over-capacity error new and the 98% warning resolved, matched by subject not line', () => {
      assert.deepEqual(result.findings.added.map((f) => `${f.severity} ${f.code}`).sort(), ['error RP501', 'warning RP401', 'warning RP402']);
      assert.deepEqual(result.findings.resolved.map((f) => `${f.severity} ${f.code}`), ['warning RP502']);
      const rp501 = result.findings.added.find((f) => f.code === 'RP501')!;
      assert.deepEqual([rp501.line, rp501.column], [102, 11]);
      // The two RP503 weekly overloads are still there (with other figures): neither new nor resolved.
      assert.ok(!result.findings.added.concat(result.findings.resolved).some((f) => f.code === 'RP503'));
    });

    it('moves no gate', () => {
      assert.deepEqual(result.gates, []);
    });
  });

  it('a reordered list, moved comments and a blank line are no change', () => {
    const reordered = replaceOnce(
      SMALL,
      `  - id: alpha\n    title: Alpha\n    owner: infra\n    when: 2026-Q3-W1..W4\n    effort: 4\n`,
      '',
    ).replace('gates:\n', `  - id: alpha\n    title: Alpha   # moved to the end\n    owner: infra\n    when: 2026-Q3-W1..W4\n    effort: 4\n\ngates:\n`);
    const moved = `# a new comment on top\n\n${reordered.replace('  # a comment about beta\n', '')}`.replace(
      '  - { id: g1, title: Go, at: 2026-Q3-W9, depends_on: [beta] }\n  - { id: g2, title: Later, at: 2026-Q4-W2 }',
      '  - { id: g2, title: Later, at: 2026-Q4-W2 }\n  - { id: g1, title: Go, at: 2026-Q3-W9, depends_on: [beta] }',
    );
    assert.notEqual(moved, SMALL);
    const result = diff(SMALL, moved);
    assert.ok(isEmptyDiff(result), JSON.stringify(result, null, 1));
  });

  it('the worked example with its initiatives reversed is no change', () => {
    const text = workedText();
    const start = text.indexOf('initiatives:\n') + 'initiatives:\n'.length;
    const end = text.indexOf('\n# Step 4', start) > 0 ? text.indexOf('\n# Step 4', start) : text.indexOf('\ngates:', start);
    const items = text.slice(start, end).split(/\n(?= {2}- id: )/);
    const reversed = text.slice(0, start) + [...items].reverse().join('\n') + '\n' + text.slice(end);
    assert.notEqual(reversed, text);
    const result = diff(text, reversed, WORKED);
    assert.ok(isEmptyDiff(result), JSON.stringify(result, null, 1));
  });

  it('counts weeks on the quarter-week grid: W12..W13 of Q3 to W1..W2 of Q4 is 2 weeks later', () => {
    const result = diff(SMALL, replaceOnce(SMALL, 'when: 2026-Q3-W12..W13', 'when: 2026-Q4-W1..W2'));
    assert.deepEqual(result.initiatives.map(({ id, startWeeks, endWeeks }) => ({ id, startWeeks, endWeeks })), [{ id: 'gamma', startWeeks: 2, endWeeks: 2 }]);
  });

  it('pulled in is negative; start and end move apart', () => {
    const result = diff(SMALL, replaceOnce(SMALL, 'when: 2026-Q3-W5..W8', 'when: 2026-Q3-W4..W10'));
    assert.deepEqual(result.initiatives.map(({ startWeeks, endWeeks }) => ({ startWeeks, endWeeks })), [{ startWeeks: -1, endWeeks: 2 }]);
  });

  it('reports status, owner and dependency edges changed', () => {
    const after = replaceOnce(replaceOnce(SMALL, '    owner: devex\n    when: 2026-Q3-W5..W8\n    effort: 2-3\n    depends_on: [alpha]', '    owner: infra\n    status: in-progress\n    when: 2026-Q3-W5..W8\n    effort: 2-3\n    depends_on: [gamma]'), 'title: Alpha', 'title: Alpha');
    const [beta] = diff(SMALL, after).initiatives;
    assert.equal(beta.id, 'beta');
    assert.deepEqual(beta.status, { before: 'planned', after: 'in-progress' });
    assert.deepEqual(beta.owner, { before: ['DevEx Squad'], after: ['Infra Squad'] });
    assert.deepEqual(beta.dependsOn, { added: ['gamma'], removed: ['alpha'] });
  });

  it('reports dates that appeared or went, which no week count says, and a new title', () => {
    const after = replaceOnce(replaceOnce(replaceOnce(SMALL, '    when: 2026-Q3-W1..W4\n', ''), 'title: Gamma', 'title: Gamma, renamed'), ', at: 2026-Q4-W2 }', ' }');
    const result = diff(SMALL, after);
    assert.deepEqual(result.initiatives.map(({ id, when, retitled }) => ({ id, when, retitled })), [
      { id: 'alpha', when: { before: '2026-Q3-W1..W4', after: 'none' }, retitled: undefined },
      { id: 'gamma', when: undefined, retitled: { before: 'Gamma', after: 'Gamma, renamed' } },
    ]);
    assert.deepEqual(result.gates.map(({ id, at, weeks }) => ({ id, at, weeks })), [{ id: 'g2', at: { before: '2026-Q4-W2', after: 'none' }, weeks: undefined }]);
    const back = diff(after, SMALL);
    assert.deepEqual(back.initiatives[0].when, { before: 'none', after: '2026-Q3-W1..W4' });
  });

  it('reports initiatives and gates added and removed, and gates moved', () => {
    const after = replaceOnce(SMALL, '  - { id: g2, title: Later, at: 2026-Q4-W2 }', '  - { id: g3, title: New, at: 2026-Q4-W5 }')
      .replace('at: 2026-Q3-W9', 'at: 2026-Q3-W11')
      .replace('  - id: gamma\n    title: Gamma', '  - id: delta\n    title: Delta');
    const result = diff(SMALL, after);
    assert.deepEqual(result.initiatives.map((i) => `${i.id} ${i.change}`), ['delta added', 'gamma removed']);
    assert.deepEqual(result.gates.map((g) => `${g.id} ${g.change} ${g.weeks ?? ''}`.trim()), ['g1 changed 2', 'g3 added', 'g2 removed']);
  });

  it('reports the critical path when it changed, and only then', () => {
    assert.equal(diff(SMALL, replaceOnce(SMALL, 'effort: 4', 'effort: 5')).criticalPath, undefined);
    // gamma now waits for g1 and ends last: the chain behind it becomes the critical path.
    const after = replaceOnce(SMALL, '    when: 2026-Q3-W12..W13\n    effort: 2', '    when: 2026-Q4-W3..W4\n    effort: 2\n    depends_on: [g1]');
    const result = diff(SMALL, after);
    assert.deepEqual(result.criticalPath, { before: ['g2'], after: ['alpha', 'beta', 'g1', 'gamma'] });
  });

  it('a pack added has every initiative, gate and finding as new; removed, as gone', () => {
    const added = diff(undefined, SMALL);
    assert.equal(added.change, 'added');
    assert.deepEqual(added.initiatives.map((i) => `${i.id} ${i.change}`), ['alpha added', 'beta added', 'gamma added']);
    assert.deepEqual(added.gates.map((g) => g.change), ['added', 'added']);
    assert.equal(added.findings.added.length, checkPack(SMALL).diagnostics.length);
    assert.ok(added.capacity.every((c) => c.before === 0 && c.after > 0));
    const removed = diff(SMALL, undefined);
    assert.equal(removed.change, 'removed');
    assert.deepEqual(removed.initiatives.map((i) => i.change), ['removed', 'removed', 'removed']);
    assert.equal(removed.findings.resolved.length, checkPack(SMALL).diagnostics.length);
    assert.ok(removed.capacity.every((c) => c.after === 0));
  });

  it('a finding that only moved with its entity is neither new nor resolved; one on another entity is new', () => {
    const broken = replaceOnce(SMALL, 'depends_on: [alpha]', 'depends_on: [nowhere]');
    const movedDown = `# pushed down\n# by two lines\n${broken}`;
    const moved = diff(broken, movedDown);
    assert.deepEqual(moved.findings, { added: [], resolved: [] });
    const another = diff(broken, replaceOnce(movedDown, '    when: 2026-Q3-W12..W13', '    when: 2026-Q3-W12..W13\n    depends_on: [elsewhere]'));
    assert.deepEqual(another.findings.added.map((f) => f.code), ['RP202']);
  });

  it('never throws on text that is not a pack', () => {
    for (const [before, after] of [['', SMALL], ['{{{', ']]]'], [SMALL, 'initiatives: 3'], ['- - -\n: :', '\u0000']]) {
      const result = diff(before, after);
      assert.equal(result.change, 'changed');
    }
  });
});

describe('checkChange', () => {
  it('gives the diff that two fresh checks give, on the worked example and on a generated pack with slips and effort changes', () => {
    const generated = generatePack(1_000, 3);
    let shifted = 0;
    const changed = generated.replace(/when: (\d{4})-Q(\d)-W(\d+)\.\.W(\d+)/g, (line, year, quarter, first, last) => {
      if (shifted++ % 17 !== 0 || Number(last) > 11) return line;
      return `when: ${year}-Q${quarter}-W${Number(first) + 1}..W${Number(last) + 2}`;
    });
    for (const [before, after] of [[workedText(), workedChange()], [generated, changed.replace(/effort: 3\b/, 'effort: 30')]]) {
      assert.notEqual(before, after);
      const pair = checkChange(before, after);
      const incremental = diffPacks(pair.before, pair.after, 'p');
      const fresh = diffPacks(checkPack(before), checkPack(after), 'p');
      assert.deepEqual(incremental, fresh);
      assert.ok(incremental.initiatives.length > 0);
      // The old side's result is still the old text's, whole.
      assert.deepEqual(pair.before!.diagnostics, checkPack(before).diagnostics);
    }
  });

  it('checks the same text once', () => {
    const pair = checkChange(SMALL, SMALL);
    assert.equal(pair.before, pair.after);
    assert.deepEqual(Object.keys(checkChange(undefined, SMALL)), ['before', 'after']);
    assert.equal(checkChange(SMALL, undefined).after, undefined);
  });
});
