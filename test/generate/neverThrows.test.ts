/**
 * The generators on whatever text an editor holds: the example packs with
 * random mutations (test/property/mutations.ts). None throws; the gate's
 * table keeps six rows of three cells whatever the pack says; an added brief
 * reads back as written and leaves the rest of the text as it was.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addBriefEdit, applyTextEdit, briefTemplate, checkBrief, checkPack, qualityGate, qualityGateMarkdown, statusUpdate } from '../../server/src/pack';
import { applyCase, caseArbitrary, loadExamples } from '../property/mutations';
import { section } from './packs';

describe('generate: never throws on mutated packs', () => {
  const examples = loadExamples();

  it('scores, reports, drafts briefs and adds brief keys on 150 mutated examples', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(caseArbitrary(examples), (testCase) => {
        const text = applyCase(examples, testCase);
        const result = checkPack(text);
        const gate = qualityGate(result);
        assert.ok(gate.dimensions.every((d) => d.score >= 1 && d.score <= 5));
        const rows = section(qualityGateMarkdown(gate, result.model.title), '## Rubric score').slice(2);
        assert.equal(rows.length, 6);
        for (const row of rows) assert.equal(row.replace(/\\\|/g, '').split('|').length, 5, row);
        statusUpdate(result, { year: 2026, month: 8 });
        for (const initiative of result.model.initiatives.slice(0, 4)) {
          const brief = briefTemplate(result, initiative.id);
          if (brief) checkBrief(brief.content, { pack: result });
          const edit = addBriefEdit(result, initiative.id, 'briefs/new.md');
          if (!edit) continue;
          assert.equal(edit.span.start, edit.span.end);
          const after = checkPack(applyTextEdit(text, edit)).model.byId.get(initiative.id);
          assert.equal(after?.kind === 'initiative' ? after.input.brief : undefined, 'briefs/new.md', initiative.id);
        }
      }),
      { numRuns: 150, seed: 20260801 },
    );
  });
});
