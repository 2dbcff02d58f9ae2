/**
 * RP203's "add team" quick fix: the unknown owner becomes a team with no
 * engineers yet, written where the pack keeps its teams (block or flow list),
 * or as a new `teams:` list when it has none, in the pack's own line endings.
 * The fixture harness applies it too (test/fixtures/rules/RP203-*); these
 * pin the text it writes.
 */
import { strict as assert } from 'node:assert';
import { Fix, applyTextEdit, checkPack } from '../../server/src/pack';

const HEAD = 'pack: 1\ntitle: T\nhorizon: 2026-Q3\n';

function addTeamFix(text: string): Fix | undefined {
  const diagnostic = checkPack(text).diagnostics.find((d) => d.code === 'RP203');
  return diagnostic?.fixes.find((fix) => fix.title.startsWith('Add team'));
}

function fixed(text: string): string {
  const fix = addTeamFix(text);
  assert.ok(fix, 'no "Add team" fix offered');
  assert.equal(fix.edits.length, 1);
  return applyTextEdit(text, fix.edits[0]);
}

describe('RP203 quick fix: add the unknown owner as a team', () => {
  it('appends a block item after the last team, and the owner is then known', () => {
    const text = `${HEAD}teams:\n  - id: infra\n    engineers: 4\ninitiatives:\n  - { id: a, title: A, owner: nobody }\n`;
    const after = fixed(text);
    assert.equal(after, `${HEAD}teams:\n  - id: infra\n    engineers: 4\n  - { id: nobody, engineers: 0 }\ninitiatives:\n  - { id: a, title: A, owner: nobody }\n`);
    assert.deepEqual(checkPack(after).diagnostics.filter((d) => d.code === 'RP203'), []);
  });

  it('keeps a display name that is not an id as the team name, with an id made from it', () => {
    const text = `${HEAD}teams: [{ id: infra, engineers: 4 }]\ninitiatives:\n  - { id: a, title: A, owner: "Data Squad" }\n`;
    const fix = addTeamFix(text)!;
    assert.equal(fix.title, 'Add team `data-squad` to the pack');
    assert.equal(fixed(text), `${HEAD}teams: [{ id: infra, engineers: 4 }, { id: data-squad, name: "Data Squad", engineers: 0 }]\ninitiatives:\n  - { id: a, title: A, owner: "Data Squad" }\n`);
  });

  it('writes a `teams:` list at the end of a pack without one, in its line endings', () => {
    const text = `${HEAD}initiatives:\n  - { id: a, title: A, owner: infra }`.replace(/\n/g, '\r\n');
    assert.equal(fixed(text), `${text}\r\nteams:\r\n  - { id: infra, engineers: 0 }\r\n`);
    assert.deepEqual(checkPack(fixed(text)).diagnostics.filter((d) => d.code === 'RP203' || d.code === 'RP001'), []);
  });

  it('comes after "did you mean" when there is a close team', () => {
    const text = `${HEAD}teams:\n  - { id: infra, engineers: 4 }\ninitiatives:\n  - { id: a, title: A, owner: infar }\n`;
    const titles = checkPack(text).diagnostics.find((d) => d.code === 'RP203')!.fixes.map((fix) => fix.title);
    assert.deepEqual(titles, ['Change to `infra`', 'Add team `infar` to the pack']);
  });
});
