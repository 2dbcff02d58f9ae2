import { strict as assert } from 'node:assert';
import { addBriefEdit, applyTextEdit, checkPack } from '../../server/src/pack';
import { seedText } from './packs';

/** The pack text with the edit applied; the edit must insert only. */
function withBrief(text: string, id: string, path = `briefs/${id}.md`): string | undefined {
  const edit = addBriefEdit(checkPack(text), id, path);
  if (!edit) return undefined;
  assert.equal(edit.span.start, edit.span.end, 'an insertion');
  return applyTextEdit(text, edit);
}

const SMALL = [
  'pack: 1',
  'title: Small',
  'horizon: 2026-Q3',
  'teams: [ { id: core, engineers: 2 } ]',
  'initiatives:',
  '  - id: a   # first',
  '    title: A',
  '    owner: core   # who',
  '    # a comment about b',
  '  - { id: b, title: B,   # note',
  '      owner: core }',
  '  - { id: c, title: C, }',
  '  - id: d',
  '    title: D',
  '    brief: briefs/d.md',
  '  - id: e',
  '    title: E',
  '    milestones:',
  '    - { when: 2026-Q3-W1, name: "Step: one" }',
  '# the end',
  '',
].join('\n');

describe('generate: addBriefEdit', () => {
  it('adds a line after the last line of a block item in the seed, at its keys\' indentation', () => {
    const text = seedText();
    const last = '      - { name: DB read load reduction, target: 40% }\n';
    assert.equal(text.split(last).length, 2);
    assert.equal(withBrief(text, 'redis-cluster'), text.replace(last, `${last}    brief: briefs/redis-cluster.md\n`));
    const soc2 = '      - { name: Gap assessment document, target: Delivered }\n';
    assert.equal(withBrief(text, 'soc2-prework'), text.replace(soc2, `${soc2}    brief: briefs/soc2-prework.md\n`));
  });

  it('returns undefined when the initiative has a brief or does not exist', () => {
    assert.equal(withBrief(seedText(), 'tracing'), undefined);
    assert.equal(withBrief(SMALL, 'd'), undefined);
    assert.equal(withBrief(SMALL, 'nope'), undefined);
    assert.equal(withBrief(SMALL, 'core'), undefined);
  });

  it('keeps comments where they are in a block item', () => {
    assert.equal(withBrief(SMALL, 'a'), SMALL.replace('    owner: core   # who\n', '    owner: core   # who\n    brief: briefs/a.md\n'));
    assert.equal(withBrief(SMALL, 'e'), SMALL.replace('name: "Step: one" }\n', 'name: "Step: one" }\n    brief: briefs/e.md\n'));
  });

  it('inserts after the last value of a flow item: before a comment, a trailing comma and the brace', () => {
    assert.equal(withBrief(SMALL, 'b'), SMALL.replace('      owner: core }', '      owner: core, brief: briefs/b.md }'));
    assert.equal(withBrief(SMALL, 'c'), SMALL.replace('{ id: c, title: C, }', '{ id: c, title: C, brief: briefs/c.md, }'));
    const one = 'pack: 1\ntitle: T\nhorizon: 2026-Q3\ninitiatives:\n  - { id: x, title: X }   # only\n';
    assert.equal(withBrief(one, 'x'), one.replace('title: X }', 'title: X, brief: briefs/x.md }'));
  });

  it('keeps CRLF line breaks and a last line without a break', () => {
    const crlf = 'pack: 1\r\ntitle: T\r\nhorizon: 2026-Q3\r\ninitiatives:\r\n  - id: x\r\n    title: X\r\n  - id: y\r\n    title: Y';
    assert.equal(withBrief(crlf, 'x'), crlf.replace('    title: X\r\n', '    title: X\r\n    brief: briefs/x.md\r\n'));
    assert.equal(withBrief(crlf, 'y'), `${crlf}\r\n    brief: briefs/y.md`);
  });

  it('works in a flow list, and leaves an item with a YAML syntax error alone', () => {
    const flow = 'pack: 1\ntitle: T\nhorizon: 2026-Q3\ninitiatives: [ { id: x, title: X }, { id: y, title: Y } ]\n';
    assert.equal(withBrief(flow, 'x'), flow.replace('title: X }', 'title: X, brief: briefs/x.md }'));
    const broken = SMALL.replace('    title: A\n', '    title: A\n    depends_on: [b\n');
    assert.ok(checkPack(broken).diagnostics.some((d) => d.code === 'RP001'));
    assert.ok(checkPack(broken).model.byId.has('a'));
    assert.equal(withBrief(broken, 'a'), undefined);
  });

  it('quotes a path YAML would misread, and the result reads back', () => {
    const text = withBrief(SMALL, 'b', 'briefs/b: draft.md')!;
    assert.ok(text.includes('owner: core, brief: "briefs/b: draft.md" }'));
    const checked = checkPack(text);
    const b = checked.model.byId.get('b');
    assert.equal(b?.kind === 'initiative' ? b.input.brief : undefined, 'briefs/b: draft.md');
    assert.deepEqual(checked.diagnostics.map((d) => d.code), checkPack(SMALL).diagnostics.map((d) => d.code));
  });

  it('adds a brief to every seed initiative without one, changing nothing else the checker sees', () => {
    const text = seedText();
    const before = checkPack(text).diagnostics.map((d) => `${d.code} ${d.message}`);
    for (const id of ['soc2-prework', 'db-scaling-2', 'redis-cluster', 'soc2-remediation', 'cost-optimization', 'load-test-3x']) {
      const edited = checkPack(withBrief(text, id)!);
      const entity = edited.model.byId.get(id);
      assert.equal(entity?.kind === 'initiative' ? entity.input.brief : undefined, `briefs/${id}.md`, id);
      assert.deepEqual(edited.diagnostics.map((d) => `${d.code} ${d.message}`), before, id);
    }
  });
});
