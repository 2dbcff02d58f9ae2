/**
 * Scenarios (format additions, "Scenarios (what if)"): each change validated
 * like the entity it names, with findings at the change's own range; a
 * scenario applied gives the pack with the change's keys in place of the
 * entity's, and a finding a replaced key causes lands on the change.
 */
import { strict as assert } from 'node:assert';
import { CheckCache, applyScenario, checkPack, checkScenario, scenarioIds, type PackDiagnostic } from '../../server/src/pack';

const BASE = [
  'pack: 1',
  'title: What if',
  'horizon: 2026-Q3..2026-Q4',
  'teams:',
  '  - { id: core, name: Core Squad, engineers: 4 }',
  'capacity: { bau: 50% }',
  'initiatives:',
  '  - id: api',
  '    title: Public API',
  '    owner: core',
  '    when: 2026-Q3-W2..W6',
  '    effort: 8',
  '  - id: docs',
  '    title: Docs',
  '    owner: core',
  '    when: 2026-Q4-W1..W10',
  '    effort: 4',
  '    depends_on: [api]',
  'gates:',
  '  - { id: launch, title: Launch, at: 2026-Q4-W12, depends_on: [docs] }',
];

function pack(...scenarioLines: string[]): string {
  return [...BASE, 'scenarios:', ...scenarioLines, ''].join('\n');
}

/** The text a diagnostic's range covers. */
function covered(text: string, diagnostic: PackDiagnostic): string {
  return text.slice(diagnostic.span.start, diagnostic.span.end);
}

function only(diagnostics: PackDiagnostic[], code: string): PackDiagnostic {
  const found = diagnostics.filter((diagnostic) => diagnostic.code === code);
  assert.equal(found.length, 1, JSON.stringify(diagnostics.map((d) => `${d.code} ${d.message}`)));
  return found[0];
}

describe('scenarios', () => {
  describe('validation, at the change', () => {
    it('accepts valid changes of every kind with no diagnostic', () => {
      const text = pack('  - id: a', '    title: A', '    changes:', '      - { team: core, engineers: 6 }', '      - { initiative: api, status: cut, when: 2026-Q3-W4..W8 }', '      - { gate: launch, at: 2026-Q4-W10 }', '      - { capacity: { bau: 30% } }');
      const problems = (pack: string) => checkPack(pack).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
      assert.deepEqual(problems(BASE.join('\n')).length, 0, 'the base pack is clean');
      assert.deepEqual(problems(text).map((d) => `${d.code} ${d.message}`), []);
    });

    it('reports an unknown key with "did you mean" from the named entity’s own keys', () => {
      const text = pack('  - id: a', '    changes:', '      - { initiative: api, staus: cut }');
      const diagnostic = only(checkPack(text).diagnostics, 'RP102');
      assert.equal(covered(text, diagnostic), 'staus');
      assert.match(diagnostic.message, /did you mean `status`/);
    });

    it('reports a bad value by the entity’s schema, at the value', () => {
      const text = pack('  - id: a', '    changes:', '      - { initiative: api, status: canceled }', '      - { team: core, engineers: lots }');
      const diagnostics = checkPack(text).diagnostics.filter((d) => d.code === 'RP101');
      assert.deepEqual(diagnostics.map((d) => covered(text, d)), ['canceled', 'lots']);
    });

    it('reports a malformed time in a change as RP103 at the change', () => {
      const text = pack('  - id: a', '    changes:', '      - { gate: launch, at: 2026-Q5 }');
      assert.equal(covered(text, only(checkPack(text).diagnostics, 'RP103')), '2026-Q5');
    });

    it('reports an unknown id with RP202, "did you mean" and a fix', () => {
      const text = pack('  - id: a', '    changes:', '      - { initiative: apj, status: cut }', '      - { team: cor, engineers: 2 }');
      const diagnostics = checkPack(text).diagnostics.filter((d) => d.code === 'RP202');
      assert.deepEqual(diagnostics.map((d) => covered(text, d)), ['apj', 'cor']);
      assert.match(diagnostics[0].message, /Did you mean `api`/);
      assert.equal(diagnostics[0].fixes[0].edits[0].newText, 'api');
    });

    it('reports an id of the wrong kind at the naming key', () => {
      const text = pack('  - id: a', '    changes:', '      - { initiative: launch, title: Go }');
      const diagnostic = only(checkPack(text).diagnostics, 'RP202');
      assert.equal(covered(text, diagnostic), 'initiative');
      assert.match(diagnostic.message, /`launch` is a gate/);
    });

    it('reports a change that names nothing, or two things', () => {
      const text = pack('  - id: a', '    changes:', '      - { status: cut }', '      - { initiative: api, gate: launch }');
      const diagnostics = checkPack(text).diagnostics.filter((d) => d.code === 'RP101');
      assert.deepEqual(diagnostics.map((d) => covered(text, d)), ['{ status: cut }', 'gate']);
    });

    it('reports a repeated scenario id (RP201)', () => {
      const text = pack('  - { id: a, changes: [] }', '  - { id: a, changes: [] }');
      const diagnostic = only(checkPack(text).diagnostics, 'RP201');
      assert.equal(diagnostic.range.start.line, BASE.length + 2);
    });
  });

  describe('applied', () => {
    it('replaces the named keys and keeps the rest of the entity', () => {
      const text = pack('  - id: late', '    changes:', '      - { initiative: api, when: 2026-Q3-W8..W12 }');
      const { model } = checkPack(text);
      const applied = checkPack(text);
      const result = checkScenario(applied.model, 'late')!;
      const api = result.model.initiatives.find((initiative) => initiative.id === 'api')!;
      assert.deepEqual(api.input, { ...model.initiatives[0].input, when: '2026-Q3-W8..W12' });
      assert.equal(result.model.initiatives.length, model.initiatives.length);
    });

    it('locates a finding caused by a replaced key at the change, and the others at the entity', () => {
      // docs waits for api: api ending in 2026-Q4-W3 puts docs (from 2026-Q4-W1) before its end.
      const text = pack('  - id: late', '    changes:', '      - { initiative: api, when: 2026-Q3-W8..2026-Q4-W3 }');
      assert.equal(checkPack(text).diagnostics.filter((d) => d.code === 'RP401').length, 0);
      const conflict = only(checkScenario(checkPack(text).model, 'late')!.diagnostics, 'RP401');
      assert.equal(covered(text, conflict), 'api');
      assert.equal(conflict.range.start.line, 17, 'the depends_on of docs, which the scenario did not change');
      const changed = conflict.related.find((info) => text.slice(info.span.start, info.span.end) === '2026-Q3-W8..2026-Q4-W3');
      assert.ok(changed, `a related place at the change: ${JSON.stringify(conflict.related.map((info) => text.slice(info.span.start, info.span.end)))}`);
    });

    it('puts a bad time that only the scenario writes at the change (RP403 outside the horizon)', () => {
      const text = pack('  - id: far', '    changes:', '      - { gate: launch, at: 2027-Q2 }');
      const outside = only(checkScenario(checkPack(text).model, 'far')!.diagnostics, 'RP403');
      assert.equal(covered(text, outside), '2027-Q2');
    });

    it('applies headcount and capacity changes to the capacity analysis', () => {
      const text = pack('  - id: small', '    changes:', '      - { team: core, engineers: 1 }', '      - { capacity: { bau: 80% } }');
      const over = checkScenario(checkPack(text).model, 'small')!.diagnostics.find((d) => d.code === 'RP501')!;
      assert.match(over.message, /Core Squad/);
      assert.equal(checkPack(text).diagnostics.filter((d) => d.code === 'RP501').length, 0);
    });

    it('applies later changes of the same entity over earlier ones', () => {
      const text = pack('  - id: twice', '    changes:', '      - { initiative: docs, effort: 5, status: cut }', '      - { initiative: docs, effort: 6 }');
      const docs = checkScenario(checkPack(text).model, 'twice')!.model.initiatives[1];
      assert.deepEqual([docs.input.effort, docs.input.status], [6, 'cut']);
    });

    it('works the same on a pack parsed whole (an anchor used across entries)', () => {
      const text = pack('  - id: late', '    changes:', '      - { initiative: api, when: 2026-Q3-W8..2026-Q4-W3 }').replace('title: What if', 'title: &t What if').replace('title: Docs', 'title: *t');
      const conflict = only(checkScenario(checkPack(text).model, 'late')!.diagnostics, 'RP401');
      assert.equal(covered(text, conflict), 'api');
      assert.ok(conflict.related.some((info) => text.slice(info.span.start, info.span.end) === '2026-Q3-W8..2026-Q4-W3'));
    });

    it('skips a change whose target does not exist and answers undefined for an unknown scenario', () => {
      const text = pack('  - id: a', '    changes:', '      - { initiative: nothing, status: cut }');
      const { model } = checkPack(text);
      assert.deepEqual(scenarioIds(model), ['a']);
      assert.equal(applyScenario(model, 'b'), undefined);
      assert.deepEqual(checkScenario(model, 'a')!.model.initiatives.map((i) => i.input), model.initiatives.map((i) => i.input));
    });

    it('leaves the document’s cache as a check without the scenario leaves it (incremental equals fresh)', () => {
      const text = pack('  - id: late', '    changes:', '      - { initiative: api, when: 2026-Q3-W8..2026-Q4-W3 }');
      const cache = new CheckCache();
      const first = checkPack(text, {}, cache);
      checkScenario(first.model, 'late');
      const edited = text.replace('effort: 4', 'effort: 5');
      assert.deepEqual(checkPack(edited, {}, cache).diagnostics, checkPack(edited).diagnostics);
    });
  });
});
