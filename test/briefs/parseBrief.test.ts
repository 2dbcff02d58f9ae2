import { strict as assert } from 'node:assert';
import { briefHeader, parseBrief, sectionKey } from '../../server/src/pack';
import type { Span } from '../../server/src/pack';

const BRIEF = [
  '---', //                                      0
  'initiative: "tracing"', //                    1
  'owner: infra', //                             2
  '---', //                                      3
  '# Title #', //                                4
  '## Risks & Mitigations', //                   5
  '| Risk | Likelihood |', //                    6
  '| :--- | ---: |', //                         7
  '| a \\| b | `x` |', //                        8
  '|  | Low', //                                 9
  '', //                                        10
  '```markdown', //                             11
  '## Not a heading', //                        12
  '| not | a table |', //                      13
  '|---|---|', //                               14
  '```', //                                     15
  '## Milestones', //                           16
  '- 2026-Q3-W1..W3: Spike', //                 17
  '* 2026-Q3-W4:Rollout', //                    18
  '- Note: free text', //                       19
].join('\r\n');

function text(span: Span): string {
  return BRIEF.slice(span.start, span.end);
}

describe('briefs: parseBrief', () => {
  const brief = parseBrief(BRIEF);

  it('reads the front matter with the offsets of keys and values', () => {
    assert.deepEqual([...brief.frontMatter!.fields.keys()], ['initiative', 'owner']);
    assert.equal(brief.initiative!.value, 'tracing');
    assert.equal(text(brief.initiative!.keySpan), 'initiative');
    assert.equal(text(brief.initiative!.valueSpan), '"tracing"');
    assert.equal(text(brief.owner!.valueSpan), 'infra');
    assert.equal(text(brief.frontMatter!.span), BRIEF.split('\r\n').slice(0, 4).join('\r\n'));
    assert.deepEqual(briefHeader(BRIEF), { initiative: 'tracing', pack: undefined });
    assert.equal(briefHeader('# no front matter'), undefined);
  });

  it('finds ATX headings and level-2 sections outside fenced code', () => {
    assert.deepEqual(brief.headings.map((h) => [h.level, h.text, h.line, text(h.textSpan)]), [
      [1, 'Title', 4, 'Title'],
      [2, 'Risks & Mitigations', 5, 'Risks & Mitigations'],
      [2, 'Milestones', 16, 'Milestones'],
    ]);
    assert.deepEqual(brief.sections.map((s) => s.key), ['risksandmitigations', 'milestones']);
    assert.equal(brief.sections[0].end, BRIEF.indexOf('## Milestones'));
    assert.equal(brief.sections[1].end, BRIEF.length);
    assert.equal(brief.fences.length, 1);
  });

  it('splits table rows at unescaped pipes, with the span of every cell', () => {
    assert.equal(brief.tables.length, 1, 'the table inside the fence is not one');
    const [table] = brief.tables;
    assert.deepEqual(table.header.cells.map((c) => c.text), ['Risk', 'Likelihood']);
    assert.deepEqual(table.separator.cells.map((c) => c.text), [':---', '---:']);
    assert.deepEqual(table.rows.map((row) => row.cells.map((c) => [c.text, text(c.span)])), [
      [['a | b', 'a \\| b'], ['`x`', '`x`']],
      [['', '  '], ['Low', 'Low']],
    ]);
    assert.equal(table.rows[0].line, 8);
    assert.equal(table.section, brief.sections[0]);
  });

  it('marks a row split by a pipe inside inline code, as GitHub splits it', () => {
    const row = parseBrief('| a | b |\n|---|---|\n| `x|y` | z |\n').tables[0].rows[0];
    assert.deepEqual(row.cells.map((c) => c.text), ['`x', 'y`', 'z']);
    assert.equal(row.pipeInCode, true);
    assert.equal(parseBrief('| a |\n|---|\n| `x\\|y` |\n').tables[0].rows[0].cells.length, 1);
  });

  it('reads milestone bullets: a time, a colon, a name', () => {
    assert.deepEqual(brief.milestones.map((m) => [m.line, m.time, text(m.timeSpan), m.name]), [
      [17, '2026-Q3-W1..W3', '2026-Q3-W1..W3', 'Spike'],
    ]);
    const loose = parseBrief('## Milestones\n* 2026-Q3-W4: Rollout\n+ 2026-Q3-W5 : Review\n');
    assert.deepEqual(loose.milestones.map((m) => m.time), ['2026-Q3-W4', '2026-Q3-W5']);
  });

  it('matches section titles whatever their case, spacing, punctuation and numbering', () => {
    const key = sectionKey('Risks + mitigations');
    for (const title of ['Risks & Mitigations', 'risks and mitigations', '3. Risks + mitigations', 'Risks+Mitigations:']) assert.equal(sectionKey(title), key, title);
    assert.equal(sectionKey('Problem/Opportunity'), sectionKey('Problem / opportunity'));
    assert.notEqual(sectionKey('Risks'), key);
  });

  it('never throws on odd input', () => {
    for (const odd of ['', '---', '---\n', '---\n---', '|', '|\n|-|', '```', '## ', '---\n: :\n---\n', '---\n- a\n---\n', '\uFEFF---\ninitiative: x\n---\n']) {
      assert.doesNotThrow(() => parseBrief(odd), JSON.stringify(odd));
    }
    assert.equal(parseBrief('\uFEFF---\ninitiative: x\n---\n').initiative?.value, 'x');
  });
});
