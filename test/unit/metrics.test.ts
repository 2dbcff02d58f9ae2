import { strict as assert } from 'node:assert';
import { checkPack, locate } from '../../server/src/pack';
import { MetricRow, MetricsDashboard, metricPath, renderView } from '../../server/src/pack/views';
import { NOW_NEXT_LATER, SEED, load, pack } from '../views/packs';

function dashboardOf(result: ReturnType<typeof checkPack>): MetricsDashboard {
  const drawn = renderView(result, 'metrics');
  assert.ok(drawn.dashboard, 'the metrics view carries its table');
  assert.deepEqual(drawn.diagrams, [], 'and no Mermaid');
  return drawn.dashboard;
}

function rowNamed(dashboard: MetricsDashboard, name: string, group?: string): MetricRow {
  const rows = dashboard.groups.filter((g) => group === undefined || g.title === group).flatMap((g) => g.rows);
  const found = rows.find((row) => row.name === name);
  assert.ok(found, `a row named ${name}`);
  return found;
}

/** The cells of a Markdown table row, split at the pipes that are not escaped. */
function cells(line: string): string[] {
  return line.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);
}

describe('views: metrics dashboard', () => {
  describe('the worked example', () => {
    const result = load(SEED);
    const dashboard = dashboardOf(result);

    it('lists every pack and initiative metric once, the pack’s first', () => {
      const written = result.model.metrics.length + result.model.initiatives.filter((i) => i.status !== 'cut').reduce((sum, i) => sum + (i.input.metrics ?? []).length, 0);
      assert.equal(dashboard.groups.flatMap((group) => group.rows).length, written);
      assert.equal(written, 27);
      assert.equal(dashboard.groups[0].title, 'Pack metrics');
      assert.deepEqual(dashboard.groups.slice(1).map((group) => group.initiative?.id), result.model.initiatives.filter((i) => (i.input.metrics ?? []).length > 0).map((i) => i.id));
    });

    it('puts baseline and targets per quarter in their columns', () => {
      assert.deepEqual(dashboard.quarters, ['2026-Q3', '2026-Q4']);
      const availability = rowNamed(dashboard, 'Availability (30-day rolling)');
      assert.equal(availability.baseline, '99.5%');
      assert.deepEqual(availability.byQuarter.map((cell) => cell?.text), ['99.8%', '99.95%']);
      assert.equal(availability.target, null);
    });

    it('gives a single target the week its initiative ends, and marks a missing baseline', () => {
      const coverage = rowNamed(dashboard, 'Tracing coverage (% of requests)');
      assert.deepEqual(coverage.target, { text: '>80%', tbd: false, due: 'by 2026-Q3-W12' });
      assert.deepEqual(coverage.byQuarter, [null, null]);
      assert.equal(rowNamed(dashboard, 'Cache hit rate').baseline, null);
    });

    it('names the initiatives that move each pack metric, matched by name as briefs are', () => {
      assert.deepEqual(rowNamed(dashboard, 'Deploy-triggered incidents/month', 'Pack metrics').movedBy.map((link) => link.id), ['deploy-safety']);
      // "DB primary CPU at peak (current traffic)" and "(3x traffic)": the same metric without the qualifier.
      assert.deepEqual(rowNamed(dashboard, 'DB primary CPU at peak').movedBy.map((link) => link.id), ['db-scaling-1', 'db-scaling-2']);
      assert.deepEqual(rowNamed(dashboard, 'MTTR (non-deploy)').movedBy.map((link) => link.id), ['tracing']);
      assert.deepEqual(rowNamed(dashboard, 'P99 API latency').movedBy, []);
      assert.equal(rowNamed(dashboard, 'MTTR (non-deploy incidents)').countsToward, 'MTTR (non-deploy)');
      assert.equal(rowNamed(dashboard, 'Rollback time').countsToward, null);
    });

    it('sums up what a reader checks first', () => {
      assert.equal(dashboard.summary, '27 metrics · 5 without a baseline · 4 pack metrics no initiative names');
    });

    it('links every metric to where it is written (locate finds its name)', () => {
      for (const row of dashboard.groups.flatMap((group) => group.rows)) {
        const path = metricPath(result.model, row.source);
        assert.ok(path, row.source);
        const span = locate(result.parsed, [...path, 'name']);
        assert.equal(result.parsed.text.slice(span.start, span.end).replace(/^"|"$/g, ''), row.name);
      }
    });
  });

  it('marks TBD targets, alone or with words, in either shape', () => {
    const result = pack(`initiatives:
  - id: a
    title: Alpha
    when: 2026-Q3-W1..W6
    metrics:
      - { name: Latency, baseline: 300ms, target: TBD }
      - { name: Errors, baseline: 2%, targets: { 2026-Q3: 1%, 2026-Q4: "TBD (after the audit)" } }
metrics:
  - { name: Uptime, baseline: 99%, targets: { 2026-Q3: tbd } }`);
    const dashboard = dashboardOf(result);
    assert.deepEqual(rowNamed(dashboard, 'Latency').target, { text: 'TBD', tbd: true, due: 'by 2026-Q3-W6' });
    assert.deepEqual(rowNamed(dashboard, 'Errors').byQuarter, [{ text: '1%', tbd: false }, { text: 'TBD (after the audit)', tbd: true }]);
    assert.deepEqual(rowNamed(dashboard, 'Uptime').byQuarter, [{ text: 'tbd', tbd: true }, null]);
    assert.match(dashboard.summary, /3 targets TBD/);
    const markdown = renderView(result, 'metrics').text;
    assert.ok(markdown.includes('| Latency | 300ms |  |  | **TBD** (by 2026-Q3-W6) |'), markdown);
    assert.ok(markdown.includes('**TBD** TBD (after the audit)'), markdown);
  });

  it('reads quarter keys in any case as one column, and says when a metric has no target', () => {
    const dashboard = dashboardOf(pack(`metrics:
  - { name: A, baseline: 1, targets: { 2026-q4: 3, 2026-Q3: 2 } }
  - { name: B, baseline: 1, targets: { 2026-Q4: 5 } }
  - { name: C, baseline: 1 }`));
    assert.deepEqual(dashboard.quarters, ['2026-Q3', '2026-Q4']);
    assert.deepEqual(rowNamed(dashboard, 'A').byQuarter.map((cell) => cell?.text), ['2', '3']);
    assert.equal(dashboard.targetColumn, false);
    assert.match(dashboard.summary, /^3 metrics · 1 without a target · 3 pack metrics no initiative names$/);
  });

  it('leaves cut initiatives out and names the live ones without a metric', () => {
    const dashboard = dashboardOf(pack(`initiatives:
  - { id: cut-one, title: Cut, status: cut, metrics: [ { name: Speed, baseline: 1, target: 2 } ] }
  - { id: bare, title: No metric here }
metrics:
  - { name: Speed, baseline: 1, target: 3 }`));
    assert.deepEqual(dashboard.groups.map((group) => group.title), ['Pack metrics']);
    assert.deepEqual(rowNamed(dashboard, 'Speed').movedBy, [], 'a cut initiative moves nothing');
    assert.deepEqual(dashboard.unmeasured, [{ id: 'bare', title: 'No metric here' }]);
    assert.deepEqual(rowNamed(dashboard, 'Speed').target, { text: '3', tbd: false, due: 'by 2026-Q4' }, 'a pack metric is due at the end of the horizon');
  });

  it('dates a now-next-later initiative’s target by its column', () => {
    const dashboard = dashboardOf(load(NOW_NEXT_LATER));
    assert.deepEqual(rowNamed(dashboard, 'Services publishing events').target, { text: '5', tbd: false, due: 'in Now' });
  });

  it('says so when the pack has no metric', () => {
    const drawn = renderView(pack('initiatives:\n  - { id: a, title: Alpha }'), 'metrics');
    assert.deepEqual(drawn.dashboard?.groups, []);
    assert.deepEqual(drawn.warnings, ['The pack has no metrics: add `metrics:` to the pack or to its initiatives.']);
    assert.match(drawn.text, /^# Metrics: Test pack\n\n0 metrics · 1 initiative without a metric\n/);
  });

  describe('hostile labels', () => {
    const evil = {
      name: 'Evil | col\nnext line <img src=x onerror=alert(1)> \u202Eesrever',
      title: '# Heading | **bold** `code` <script>alert(1)</script>',
    };
    const result = pack(`initiatives:
  - id: evil
    title: ${JSON.stringify(evil.title)}
    owner: "a|b"
    when: 2026-Q3-W1..W4
    metrics:
      - { name: ${JSON.stringify(evil.name)}, baseline: "| 1 |", target: "<b>2</b>\\n| --- |" }
metrics:
  - { name: ${JSON.stringify(evil.name)}, baseline: 0, targets: { 2026-Q3: "1 | 2" } }`);
    const drawn = renderView(result, 'metrics');

    it('keeps the text as text in the data, on one line, without control or format characters', () => {
      const row = rowNamed(drawn.dashboard!, 'Evil | col next line <img src=x onerror=alert(1)> esrever');
      assert.equal(row.movedBy[0].title, '# Heading | **bold** `code` <script>alert(1)</script>');
      for (const text of JSON.stringify(drawn.dashboard).match(/"(?:[^"\\]|\\.)*"/g)!.map((s) => JSON.parse(s) as string)) {
        assert.doesNotMatch(text, /[\n\r\u2028\u2029\u202e]/u, JSON.stringify(text));
      }
    });

    it('cannot break the Markdown table: every row keeps its cells, no raw markup', () => {
      const lines = drawn.text.split('\n').filter((line) => line.startsWith('|'));
      const width = cells(lines[0]).length;
      assert.equal(width, 5, 'Metric | Baseline | 2026-Q3 | Target | Moved by');
      for (const line of lines) assert.equal(cells(line).length, width, line);
      assert.doesNotMatch(drawn.text, /(?<!\\)<(img|script|b)\b/, 'every < escaped');
      assert.doesNotMatch(drawn.text, /^#(?! Metrics:)/m, 'no heading from the pack');
      assert.ok(drawn.text.includes('Evil \\| col next line \\<img src=x onerror=alert(1)\\> esrever'), drawn.text);
    });
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', 'not: [yaml', 'pack: 1\nmetrics: 7', 'pack: 1\nmetrics: [ { baseline: 1 } ]', 'pack: 1\ninitiatives:\n  - metrics: [ { name: 5, targets: { 2026-Q3: [1] } } ]', '\u0000\ud800']) {
      const drawn = renderView(checkPack(text), 'metrics');
      assert.ok(drawn.text.startsWith('# Metrics: '), text);
    }
  });

  it('finds metrics only by a key the model has', () => {
    const { model } = load(SEED);
    assert.deepEqual(metricPath(model, 'metric:metrics/0'), ['metrics', 0]);
    assert.deepEqual(metricPath(model, 'metric:initiatives/0/metrics/1'), ['initiatives', 0, 'metrics', 1]);
    for (const junk of ['metric:initiatives/0/metrics/2', 'metric:initiatives/0/metrics/01', 'metric:initiatives/0/metrics/1/name', 'metric:metrics/99', 'metric:teams/0', 'metrics/0', 'tracing', 'metric:']) {
      assert.equal(metricPath(model, junk), undefined, junk);
    }
  });
});
