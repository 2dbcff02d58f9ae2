import { strict as assert } from 'node:assert';
import { DEFAULT_REQUIRED_SECTIONS, briefTemplate, checkBrief, checkPack, parseBrief } from '../../server/src/pack';
import { section, seed } from './packs';

describe('generate: brief template', () => {
  const result = seed();

  it('writes redis-cluster (which has no brief yet) from the pack', () => {
    const brief = briefTemplate(result, 'redis-cluster')!;
    assert.equal(brief.relativePath, 'briefs/redis-cluster.md');
    const text = brief.content;
    assert.ok(text.startsWith('---\ninitiative: redis-cluster\ntitle: Caching tier hardening (Redis Cluster)\nowner: infra\n---\n\n# Initiative Brief: Caching tier hardening (Redis Cluster)\n\n## Problem / opportunity\n'));
    const headings = text.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    assert.deepEqual(headings, [...DEFAULT_REQUIRED_SECTIONS]);
    assert.deepEqual(section(text, '## Problem / opportunity'), ['- What is broken: _…_', '- Evidence: _…_', '- Outcome sought: Eliminate single-node Redis as SPOF; reduce DB read load by 40%+']);
    assert.deepEqual(section(text, '## Why now'), ['- Redis failure = full site degradation; no failover today']);
    assert.deepEqual(section(text, '## Dependencies'), [
      '| Dependency | Type | Status |',
      '|---|---|---|',
      '| DB scaling Phase 2 -- read-replica routing (db-scaling-2) | Initiative (start-to-start, +2w) | done, 2026-Q4-W1..W7 |',
      '| Redis migration go/no-go (gate-redis-migration) | Decision gate, before "Migration from single-node (blue-green)" | decided end of 2026-Q4-W5 |',
    ]);
    assert.deepEqual(section(text, '## Milestones'), [
      '- 2026-Q4-W3..W5: Redis Cluster deployment (staging)',
      '- 2026-Q4-W5: [GATE] Redis migration go/no-go — Blue-green migration safe to proceed?',
      '- 2026-Q4-W6..W7: Migration from single-node (blue-green)',
      '- 2026-Q4-W8: Cache-aside pattern for top 5 hot paths',
    ]);
    assert.deepEqual(section(text, '## Risks + mitigations').slice(2), ['| Redis Cluster migration causes cache inconsistency | Medium | Medium | Blue-green migration; maintain single-node fallback for 1 week post-migration |']);
    assert.deepEqual(section(text, '## Success metrics'), [
      '| Metric | Baseline | Target |',
      '|---|---|---|',
      '| Redis single point of failure | Single node (no failover) | Eliminated |',
      '| Cache hit rate | _…_ | >90% |',
      '| DB read load reduction | _…_ | 40% |',
    ]);
  });

  it('writes tracing: register dependency, gate inside the span, quarterly targets joined', () => {
    const text = briefTemplate(result, 'tracing')!.content;
    assert.deepEqual(section(text, '## Dependencies').slice(2), [
      '| Tracing vendor selection (gate-tracing-vendor) | Decision gate, before "Core instrumentation (top 10 services)" | decided end of 2026-Q3-W3 |',
      '| Tracing vendor procurement approval (D1) | Cross-team: Finance to Platform Eng, before "Core instrumentation (top 10 services)" | open, needed by 2026-Q3-W3 |',
    ]);
    assert.deepEqual(section(text, '## Milestones'), [
      '- 2026-Q3-W1..W3: Vendor spike + selection',
      '- 2026-Q3-W3: [GATE] Tracing vendor selection — Select vendor (or open-source stack)',
      '- 2026-Q3-W4..W8: Core instrumentation (top 10 services)',
      '- 2026-Q3-W9..W12: Full rollout + dashboards',
    ]);
    assert.deepEqual(section(text, '## Risks + mitigations').slice(2).map((row) => row.split(' | ')[0]), ['| Tracing instrumentation causes production performance regression', '| Product launch dates shift, consuming platform eng capacity for support']);
    assert.deepEqual(section(text, '## Success metrics').slice(2), ['| Tracing coverage (% of requests) | 0% | >80% |', '| MTTR (non-deploy incidents) | 45 min | <25 min (2026-Q3), <15 min (2026-Q4) |']);
  });

  it('writes a gate outside the span as a [GATE] line the checker does not read as a milestone', () => {
    assert.deepEqual(section(briefTemplate(result, 'db-scaling-2')!.content, '## Milestones')[0], '- [GATE] 2026-Q3-W10, before this starts: DB Phase 1 completion check — Is connection pooling + job isolation stable? Go/no-go for Phase 2');
    assert.deepEqual(section(briefTemplate(result, 'soc2-remediation')!.content, '## Milestones').at(-1), '- [GATE] 2026-Q4-W8, after this ends: SOC 2 audit readiness — All controls passing?');
    assert.equal(parseBrief(briefTemplate(result, 'db-scaling-2')!.content).milestones.length, 3);
  });

  it('checks clean with checkBrief for every initiative of the seed pack', () => {
    for (const initiative of result.model.initiatives) {
      const brief = briefTemplate(result, initiative.id)!;
      const diagnostics = checkBrief(brief.content, { pack: result }).diagnostics;
      assert.deepEqual(diagnostics.map((d) => `${d.code} ${d.message}`), [], initiative.id);
    }
  });

  it('leaves placeholders where the pack says nothing, and quotes and escapes what needs it', () => {
    const pack = checkPack(
      ['pack: 1', 'title: T', 'horizon: 2026-Q3', 'teams: [ { id: core, engineers: 2 }, { id: web, engineers: 2 } ]', 'initiatives:', '  - id: x', '    title: "Fix: the | pipe <b>now</b>"', '    owner: [core, web]', '    metrics: [ { name: "Errors | day", target: "<1" } ]', ''].join('\n'),
    );
    const text = briefTemplate(pack, 'x')!.content;
    assert.ok(text.startsWith('---\ninitiative: x\ntitle: "Fix: the | pipe <b>now</b>"\nowner: "core, web"\n---\n\n# Initiative Brief: Fix: the \\| pipe \\<b>now\\</b>\n'));
    assert.deepEqual(section(text, '## Why now'), ['- _…_']);
    assert.deepEqual(section(text, '## Dependencies').slice(2), ['| _…_ | _…_ | _…_ |']);
    assert.deepEqual(section(text, '## Milestones'), ['- _When_: _What is delivered or decided_']);
    assert.deepEqual(section(text, '## Risks + mitigations'), ['| Risk | Likelihood | Impact | Mitigation |', '|---|---|---|---|', '_No risk in the pack names this initiative in its `affects`: add rows to the table._']);
    assert.deepEqual(section(text, '## Success metrics').slice(2), ['| Errors \\| day | _…_ | <1 |']);
    assert.deepEqual(checkBrief(text, { pack }).diagnostics.map((d) => d.code), []);
    assert.equal(briefTemplate(pack, 'nope'), undefined);
  });
});
