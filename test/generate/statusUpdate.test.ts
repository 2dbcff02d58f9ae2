import { strict as assert } from 'node:assert';
import { checkPack, statusUpdate } from '../../server/src/pack';
import { section, seed } from './packs';

/** The date, the name and the id of each item of a period list. */
function items(lines: string[]): string[] {
  return lines.map((line) => /^- (\w{3} \d+ \w{3} \d{4}): (.*?) — `([^`]+)`/.exec(line)!.slice(1, 4).join(' | '));
}

describe('generate: monthly status update', () => {
  const result = seed();

  // 2026-Q3 W1 starts Mon 6 Jul 2026 (1 Jul is a Wednesday); an item is due at the end of its last week.
  it('August 2026: what ends in August, then what ends in September', () => {
    const text = statusUpdate(result, { year: 2026, month: 8 });
    assert.equal(text.split('\n')[0], '## Platform Engineering -- Reliability & Scale -- Monthly Status Update');
    assert.ok(text.includes('**Period:** August 2026'));
    assert.ok(text.includes('**Overall health:** Yellow\n\n**Why:** no errors, but 5 capacity or schedule warnings (RP401 ×2, RP502 ×1, RP503 ×2).'));
    assert.deepEqual(items(section(text, '### This period')), [
      'Sun 2 Aug 2026 | Canary framework (RFC + build) | deploy-safety', // W2..W4
      'Sun 16 Aug 2026 | Define SLOs for top 5 services | slo-framework', // W4..W6
      'Sun 30 Aug 2026 | Core instrumentation (top 10 services) | tracing', // W4..W8
      'Sun 30 Aug 2026 | Auto-rollback on error-rate spike | deploy-safety',
      'Sun 30 Aug 2026 | Pooling rollout | db-scaling-1',
    ]);
    assert.deepEqual(items(section(text, '### Next period')), [
      'Sun 6 Sep 2026 | SLO-based alerts live | slo-framework',
      'Sun 13 Sep 2026 | Rollout to all production services | deploy-safety',
      'Sun 13 Sep 2026 | [GATE] DB Phase 1 completion check | gate-db-phase1',
      'Sun 20 Sep 2026 | Background job queue isolation (separate DB connection pool + dedicated queue) | db-scaling-1',
      'Sun 27 Sep 2026 | Full rollout + dashboards | tracing',
      'Sun 27 Sep 2026 | Error budget dashboards + on-call runbook refresh | slo-framework',
      'Sun 27 Sep 2026 | Identify all control gaps; produce remediation plan | soc2-prework',
    ]);
    assert.ok(section(text, '### Next period')[2].endsWith('2026-Q3-W10; decision: Is connection pooling + job isolation stable? Go/no-go for Phase 2; owner: Infra Lead'));
    assert.deepEqual(section(text, '### Metrics movement').slice(2).map((row) => row.split(' | ').at(-1)), ['99.8% |', '350ms |', '4 |', '\\<=1 |', '25 min |', '55% |', '\\$210K |']);
    assert.ok(section(text, '### Metrics movement')[2].startsWith('| Availability (30-day rolling) | _ | _ |'));
    const blockers = section(text, '### Risks / blockers (needs help)').map((line) => line.split(' ')[1]);
    // R5 (review Q3-W12) and R6 (Q4-W6) are not due and affect nothing running in August.
    assert.deepEqual(blockers, ['`R1`', '`R2`', '`R3`', '`R4`', '`R7`', '`D1`', '`D2`', '`D3`', '`D4`', '`D5`']);
    assert.deepEqual(section(text, '### Changes to roadmap'), ['- _What moved and why_']);
  });

  it('November 2026: both Q4 gates of the month, Q4 targets, every risk', () => {
    const text = statusUpdate(result, { year: 2026, month: 11 });
    assert.ok(text.includes('**Period:** November 2026'));
    assert.deepEqual(items(section(text, '### This period')), [
      'Sun 1 Nov 2026 | Access management controls (RBAC overhaul) | soc2-remediation',
      'Sun 8 Nov 2026 | Redis Cluster deployment (staging) | redis-cluster',
      'Sun 8 Nov 2026 | [GATE] Redis migration go/no-go | gate-redis-migration', // Q4-W5 ends Sun 8 Nov
      'Sun 15 Nov 2026 | Progressive rollout (read-heavy endpoints first) | db-scaling-2',
      'Sun 15 Nov 2026 | Predictive scaling model (based on traffic patterns) | autoscaling',
      'Sun 15 Nov 2026 | Evidence collection + dry run | soc2-remediation',
      'Sun 22 Nov 2026 | Validation under load | db-scaling-2',
      'Sun 22 Nov 2026 | Migration from single-node (blue-green) | redis-cluster',
      'Sun 29 Nov 2026 | Cache-aside pattern for top 5 hot paths | redis-cluster',
      'Sun 29 Nov 2026 | Reactive scaling tuning (\\<90s scale-up) | autoscaling',
      'Sun 29 Nov 2026 | [GATE] SOC 2 audit readiness | gate-soc2-readiness', // Q4-W8
    ]);
    assert.ok(section(text, '### This period')[2].endsWith('decision: Blue-green migration safe to proceed?; owner: Infra Lead'));
    assert.deepEqual(items(section(text, '### Next period')), [
      'Sun 13 Dec 2026 | Load test validation at 3x | autoscaling',
      'Sun 13 Dec 2026 | Right-sizing analysis | cost-optimization',
      'Sun 13 Dec 2026 | Full-stack load test at 3x | load-test-3x',
      'Sun 13 Dec 2026 | [GATE] 3x load test | gate-load-test',
      'Sun 20 Dec 2026 | Reserved instance / savings plan procurement | cost-optimization',
      'Sun 20 Dec 2026 | Remediate findings | load-test-3x',
      'Sun 27 Dec 2026 | Cost alerting dashboards | cost-optimization',
    ]);
    assert.deepEqual(section(text, '### Metrics movement').slice(2).map((row) => row.split(' | ').at(-1)), ['99.95% |', '200ms |', '\\<=2 |', '0 |', '\\<15 min |', '\\<40% at 3x traffic |', '\\$290K (at 3x traffic) |']);
    const blockers = section(text, '### Risks / blockers (needs help)');
    assert.deepEqual(blockers.map((line) => line.split(' ')[1]), ['`R1`', '`R2`', '`R3`', '`R4`', '`R5`', '`R6`', '`R7`', '`D1`', '`D2`', '`D3`', '`D4`', '`D5`']);
    // redis-cluster ran in November and is done (the example is current as of 2026-12-01): R6 affects nothing still running.
    assert.ok(blockers[5].endsWith('review due (2026-Q4-W6, Mon 9 Nov 2026)'), blockers[5]);
    assert.ok(blockers[7].includes('needed from Finance by Sun 26 Jul 2026 (end of 2026-Q3-W3, overdue) — owner: DevEx Lead; status: open'));
  });

  it('is Green for a clean pack and Red with errors; says so when nothing is due', () => {
    const clean = checkPack('pack: 1\ntitle: Clean\nhorizon: 2026-Q3\nteams: [ { id: core, engineers: 2 } ]\ncapacity: { bau: 20% }\ninitiatives:\n  - { id: a, title: A, owner: core, when: 2026-Q3-W1..W2, effort: 1 }\n');
    const green = statusUpdate(clean, { year: 2026, month: 9 });
    assert.ok(green.includes('**Overall health:** Green\n\n**Why:** no errors and no capacity or schedule warnings in the pack.'));
    assert.deepEqual(section(green, '### This period'), ['- _Nothing due in September 2026._']);
    assert.deepEqual(section(statusUpdate(clean, { year: 2026, month: 7 }), '### This period'), ['- Sun 19 Jul 2026: A (whole initiative) — `a`, 2026-Q3-W1..W2']);
    assert.deepEqual(section(green, '### Metrics movement').slice(2), ['| _Metric_ | _ | _ | _ |']);
    const red = statusUpdate(checkPack('pack: 1\ntitle: Broken\nhorizon: 2026-Q3\ninitiatives:\n  - { id: a, title: A, owner: nobody }\n'), { year: 2026, month: 7 });
    assert.match(red, /\*\*Overall health:\*\* Red\n\n\*\*Why:\*\* the pack has 1 error \(RP203 ×1\)\./);
  });

  it('rolls a month outside 1..12 into the next year', () => {
    assert.equal(statusUpdate(result, { year: 2026, month: 13 }), statusUpdate(result, { year: 2027, month: 1 }));
    assert.ok(statusUpdate(result, { year: 2027, month: 0 }).includes('**Period:** December 2026'));
  });

  it('takes targets for the quarter of the month, else the single target, else the next one', () => {
    const pack = checkPack('pack: 1\ntitle: T\nhorizon: 2026-Q3..2026-Q4\nmetrics:\n  - { name: A, baseline: 1, targets: { 2026-Q4: 3 } }\n  - { name: B, baseline: 1, target: 2 }\n  - { name: C }\n');
    const rows = section(statusUpdate(pack, { year: 2026, month: 7 }), '### Metrics movement').slice(2);
    assert.deepEqual(rows, ['| A | _ | _ | 3 (by 2026-Q4) |', '| B | _ | _ | 2 |', '| C | _ | _ | _ |']);
  });
});
