import { strict as assert } from 'node:assert';
import { QUALITY_DIMENSIONS, checkPack, qualityGate, qualityGateMarkdown } from '../../server/src/pack';
import { section, seed, seedText } from './packs';

/** The seed's own "Rubric Self-Score": every dimension at 5. */
const SEED_SELF_SCORE = [5, 5, 5, 5, 5, 5];

describe('generate: quality gate', () => {
  const result = seed();
  const gate = qualityGate(result);
  const score = (name: string) => gate.dimensions.find((d) => d.name === name)!;

  it('scores the seed pack from its content, beside the seed self-score', () => {
    const rows = gate.dimensions.map((d, i) => `| ${d.name} | ${SEED_SELF_SCORE[i]} | ${d.score} |`);
    console.log(['      | Dimension | Seed self-score | Computed |', '      |---|---|---|', ...rows.map((row) => `      ${row}`)].join('\n'));
    assert.deepEqual(gate.dimensions.map((d) => d.name), [...QUALITY_DIMENSIONS]);
    // Diagnosis 4: summary (5 statements), 7 signals and 3 constraints are there, but one
    // signal's target is "Budget TBD" (Monthly infra cost): not every signal has a target.
    // Guiding policy 5: 5 policies (3..7), each with text, between a diagnosis and 11 initiatives.
    // Actionability 5: all 11 initiatives have owner, effort, confidence and milestones, and state
    // what they wait for (tracing and db-scaling-1 through a milestone's `after`); 6 gates with a
    // decision and an owner; the two high-risk initiatives wait for a gate (db-scaling-1 for
    // gate-pgbouncer, db-scaling-2 for gate-db-phase1).
    // Alignment 4: audience and decision, 4 review rhythms, 5 update rules, 5 decision owners,
    // but no goals: nothing says what the plan is for, so no goal coverage.
    // Feasibility 4: 3 teams of 4 with 40% BAU; 62-80 of 187.2 engineer-weeks and no RP501/RP504;
    // 4 non-goals with rationales; but no headroom: Infra Squad at 98% of Q4 (RP502) and two
    // schedule conflicts (RP401: cost-optimization and load-test-3x start before autoscaling ends).
    // Measurability 4: 7 complete risks tied to the plan, 7 portfolio metrics with baseline and
    // targets, but soc2-prework and load-test-3x have no metric with a baseline.
    assert.deepEqual(gate.dimensions.map((d) => d.score), [4, 5, 5, 4, 4, 4]);
    assert.equal(gate.verdict, 'Ship');
    assert.deepEqual(gate.weak, []);
    assert.equal(gate.verdictText, 'Ship. No dimension below 4; at 4: Diagnosis quality; Alignment and stakeholder usefulness; Feasibility and trade-offs; Measurability and risk management.');
  });

  it('names what is missing, by id', () => {
    const unmet = (name: string) => score(name).criteria.filter((c) => !c.met);
    assert.deepEqual(unmet('Diagnosis quality').map((c) => c.missing), [['Monthly infra cost (target Budget TBD)']]);
    assert.deepEqual(unmet('Measurability and risk management').map((c) => c.missing), [['soc2-prework (no metric with a baseline)', 'load-test-3x (no metric with a baseline)']]);
    const feasibility = unmet('Feasibility and trade-offs');
    assert.equal(feasibility.length, 1);
    assert.equal(feasibility[0].summary, '2 schedule conflicts (RP401), 1 team-quarter above 85% (RP502), 2 runs of weeks over capacity (RP503)');
    assert.ok(score('Feasibility and trade-offs').rationale.includes('planned 62–80 of 187.2 engineer-weeks (33%–43%)'));
    assert.equal(score('Feasibility and trade-offs').notes.filter((note) => note.startsWith('RP503: ')).length, 2);
    assert.deepEqual(score('Actionability of coherent actions').criteria[3].present, ['gate-tracing-vendor', 'gate-pgbouncer', 'gate-db-phase1', 'gate-redis-migration', 'gate-load-test', 'gate-soc2-readiness']);
  });

  it('gives each point back when the pack supplies what was missing', () => {
    const fixed = seedText()
      .replace('target: Budget TBD', 'target: $290K')
      .replace('- { name: Gap assessment document, target: Delivered }', '- { name: Gap assessment document, baseline: None, target: Delivered }')
      .replace('- { name: Availability during 4-hour 3x load test, target: ">99.9%" }', '- { name: Availability during 4-hour 3x load test, baseline: untested, target: ">99.9%" }');
    assert.deepEqual(qualityGate(checkPack(fixed)).dimensions.map((d) => d.score), [5, 5, 5, 4, 4, 5]);
  });

  it('counts trade-offs as well as non-goals, each needing its decision, rationale and mitigation', () => {
    const criterion = (text: string) => qualityGate(checkPack(text)).dimensions.find((d) => d.name === 'Feasibility and trade-offs')!.criteria[3];
    const pack = (tradeoff: string) => ['pack: 1', 'title: T', 'horizon: 2026-Q3', 'initiatives:', '  - { id: a, title: A }', 'tradeoffs:', tradeoff].join('\n');
    const complete = criterion(pack('  - { id: T1, title: Debt vs. speed, decision: Accept debt, rationale: The sale, mitigation: Refactor after }'));
    assert.equal(complete.met, true);
    assert.deepEqual(complete.present, ['Debt vs. speed']);
    const partial = criterion(pack('  - { id: T1, title: Debt vs. speed, decision: Accept debt }'));
    assert.equal(partial.met, false);
    assert.deepEqual(partial.missing, ['Debt vs. speed (no rationale, no mitigation)']);
  });

  it('says Revise for a bare pack and names the weak dimensions', () => {
    const bare = qualityGate(checkPack('pack: 1\ntitle: Bare\nhorizon: 2026-Q3\ninitiatives:\n  - { id: a, title: A }\n'));
    assert.deepEqual(bare.dimensions.map((d) => d.score), [1, 1, 1, 1, 1, 1]);
    assert.equal(bare.verdict, 'Revise');
    assert.equal(bare.weak.length, 6);
    assert.match(bare.verdictText, /^Revise\. Below 4: Diagnosis quality \(1\); Guiding policy coherence \(1\); Actionability of coherent actions \(1\);/);
  });

  it('writes the seed-shaped document: the table of six rows, findings, verdict', () => {
    const markdown = qualityGateMarkdown(gate, result.model.title);
    const table = section(markdown, '## Rubric score');
    assert.equal(table[0], '| Dimension | Score | Rationale |');
    assert.equal(table.length, 8);
    assert.deepEqual(table.slice(2).map((row) => row.split(' | ').slice(0, 2)), QUALITY_DIMENSIONS.map((name, i) => [`| ${name}`, String(gate.dimensions[i].score)]));
    assert.deepEqual(section(markdown, '### Diagnosis quality: 4').slice(2, 3), ['- [ ] Every signal has a current value and a target (not TBD): 6 of 7 signals with current and target. Present: Availability (30-day), P99 API latency, Sev-1/2 incidents/month, Deploy-triggered incidents, DB primary CPU (peak), MTTR (non-deploy incidents). Missing: Monthly infra cost (target Budget TBD).']);
    assert.deepEqual(section(markdown, '## Verdict'), ['**Verdict:** Ship. No dimension below 4; at 4: Diagnosis quality; Alignment and stakeholder usefulness; Feasibility and trade-offs; Measurability and risk management.']);
  });

  it('escapes pack text: nothing in the pack changes the table or adds HTML', () => {
    const hostile = checkPack(
      [
        'pack: 1',
        'title: "A | B <script>x</script>\\n# heading"',
        'horizon: 2026-Q3',
        'strategy:',
        '  diagnosis:',
        '    evidence: [ { signal: "p99 | <b>bold</b> *x* `code` [l](u)", current: 1 } ]',
      ].join('\n'),
    );
    const markdown = qualityGateMarkdown(qualityGate(hostile), hostile.model.title);
    assert.equal(markdown.split('\n')[0], '# Quality Gate: A \\| B \\<script\\>x\\</script\\> \\# heading');
    const rows = section(markdown, '## Rubric score').slice(2);
    assert.equal(rows.length, 6);
    for (const row of rows) assert.equal(row.replace(/\\\|/g, '').split('|').length, 5, row);
    assert.ok(!/<(?!=)[a-z/]/i.test(markdown.replace(/\\</g, '')), 'no raw HTML');
    assert.ok(markdown.includes('p99 \\| \\<b\\>bold\\</b\\> \\*x\\* \\`code\\` \\[l\\](u) (no target)'));
  });
});
