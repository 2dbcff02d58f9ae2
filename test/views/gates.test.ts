import { strict as assert } from 'node:assert';
import { gatesView } from '../../server/src/pack/views';
import { SEED, load, pack } from './packs';
import { checkDiagram, shownText } from './shape';

const SEED_GATES = `timeline
    title Decision gates: Platform Engineering -- Reliability & Scale
    section 2026-Q3
        2026-Q3-W3 (Sun 26 Jul 2026)
            : Tracing vendor selection<br>Decision#58; Select vendor (or open-source stack)<br>Output#58; Vendor contract / OSS deploy plan<br>Owner#58; Platform Eng Lead
            : PgBouncer evaluation<br>Decision#58; Proceed with PgBouncer or alternative pooler<br>Output#58; Architecture decision record<br>Owner#58; Infra Lead
        2026-Q3-W10 (Sun 13 Sep 2026)
            : DB Phase 1 completion check<br>Decision#58; Is connection pooling + job isolation stable? Go/no-go for Phase 2<br>Output#58; Load test results#59; go/no-go memo<br>Owner#58; Infra Lead
    section 2026-Q4
        2026-Q4-W5 (Sun 8 Nov 2026)
            : Redis migration go/no-go<br>Decision#58; Blue-green migration safe to proceed?<br>Output#58; Staging validation report<br>Owner#58; Infra Lead
        2026-Q4-W8 (Sun 29 Nov 2026)
            : SOC 2 audit readiness<br>Decision#58; All controls passing?<br>Output#58; Audit evidence package<br>Owner#58; Infra Lead + Security
        2026-Q4-W10 (Sun 13 Dec 2026)
            : 3x load test<br>Decision#58; System ready for international launch traffic?<br>Output#58; Load test report#59; remediation list<br>Owner#58; Platform Eng Lead
`;

describe('views: gate timeline', () => {
  it('draws the seed exactly', () => {
    const view = gatesView(load(SEED));
    assert.equal(view.text, SEED_GATES);
    assert.deepEqual(view.warnings, []);
  });

  it("lists the seed's six gates in time order, each with its decision, output and owner", () => {
    const view = gatesView(load(SEED));
    const events = checkDiagram(view.text, 'timeline').of('event').map((event) => shownText(event.label!).split('<br>'));
    assert.deepEqual(
      events.map((lines) => lines[0]),
      ['Tracing vendor selection', 'PgBouncer evaluation', 'DB Phase 1 completion check', 'Redis migration go/no-go', 'SOC 2 audit readiness', '3x load test'],
    );
    assert.deepEqual(events[2], ['DB Phase 1 completion check', 'Decision: Is connection pooling + job isolation stable? Go/no-go for Phase 2', 'Output: Load test results; go/no-go memo', 'Owner: Infra Lead']);
    assert.deepEqual(Object.values(view.sourceMap), ['gate-tracing-vendor', 'gate-pgbouncer', 'gate-db-phase1', 'gate-redis-migration', 'gate-soc2-readiness', 'gate-load-test']);
  });

  it('puts gates of the same week under one period and gates without a valid week last', () => {
    const view = gatesView(
      pack(`gates:
  - { id: late, title: Late, at: 2026-Q4-W2 }
  - { id: broken, title: Broken, at: 2026-Q5 }
  - { id: early, title: Early, at: 2026-Q3-W1, decision: Go? }
  - { id: same, title: Same week, at: 2026-07-08 }`),
    );
    const shape = checkDiagram(view.text, 'timeline');
    assert.deepEqual(shape.of('period').map((p) => p.label), ['2026-Q3-W1 (Sun 12 Jul 2026)', '2026-Q4-W2 (Sun 18 Oct 2026)', 'No valid week']);
    assert.deepEqual(shape.of('event').map((e) => shownText(e.label!)), ['Early<br>Decision: Go?', 'Same week', 'Late', 'Broken']);
    assert.deepEqual(view.warnings, ['1 gate without a valid `at` listed as not dated: broken.']);
  });

  it('says so when there are no gates, and still draws a valid timeline', () => {
    const view = gatesView(pack('initiatives: []'));
    assert.equal(view.text, 'timeline\n    title Decision gates: Test pack\n');
    assert.deepEqual(view.warnings, ['The pack has no decision gates.']);
  });
});
