import assert from 'node:assert/strict';
import { RULES } from '../../server/src/pack';
import { runCli, type CliResult } from '../helpers/runCli';

const CYCLE = 'test/fixtures/cli/cycle.roadmap.yaml';

interface JsonReport {
  version: number;
  packs: { path: string; diagnostics: { code: string; rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; docs: string; related: { message: string; line: number; column: number }[] }[] }[];
  summary: { packs: number; errors: number; warnings: number; information: number; hints: number };
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; name: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: SarifLocation[]; relatedLocations?: SarifLocation[] }[];
  }[];
}

describe('roadmap-pack check --format json', () => {
  let result: CliResult;
  let report: JsonReport;
  before(() => {
    result = runCli(['check', 'examples/', CYCLE, '--format', 'json']);
    report = JSON.parse(result.stdout) as JsonReport;
  });

  it('is version 1, pretty-printed, one entry per pack', () => {
    assert.equal(result.status, 1);
    assert.equal(report.version, 1);
    assert.ok(result.stdout.startsWith('{\n  "version": 1,'));
    assert.deepEqual(
      report.packs.map((pack) => pack.path),
      [
        'examples/backend-2025.roadmap.yaml',
        'examples/data-platform/by-service.roadmap.yaml',
        'examples/data-platform/mvf.roadmap.yaml',
        'examples/flash-sale.roadmap.yaml',
        'examples/platform-2025.roadmap.yaml', 'examples/platform-inventory.roadmap.yaml', 'examples/platform-reliability/platform-reliability.roadmap.yaml', CYCLE],
    );
  });

  it('has summary counts that match its diagnostics', () => {
    const all = report.packs.flatMap((pack) => pack.diagnostics);
    const count = (severity: string) => all.filter((d) => d.severity === severity).length;
    assert.equal(report.summary.packs, 8);
    assert.equal(report.summary.errors, count('error'));
    assert.equal(report.summary.warnings, count('warning'));
    assert.equal(report.summary.information, count('information'));
    assert.equal(report.summary.hints, count('hint'));
    assert.equal(report.summary.errors, 2);
  });

  it('gives 1-based positions, the docs link and related information', () => {
    const cycle = report.packs.find((pack) => pack.path === CYCLE)!.diagnostics.filter((d) => d.code === 'RP301');
    assert.deepEqual(
      cycle.map((d) => [d.line, d.column, d.endLine, d.endColumn]),
      [
        [19, 18, 19, 19],
        [26, 18, 26, 19],
      ],
    );
    assert.equal(cycle[0]!.rule, 'dependency-cycle');
    assert.match(cycle[0]!.docs, /RP301\.md$/);
    assert.deepEqual(cycle[0]!.related, [
      { message: 'a → b', line: 19, column: 18 },
      { message: 'b → a', line: 26, column: 18 },
    ]);
  });
});

describe('roadmap-pack check --format sarif', () => {
  let log: SarifLog;
  before(() => {
    log = JSON.parse(runCli(['check', 'examples/', CYCLE, '--format', 'sarif']).stdout) as SarifLog;
  });

  it('is SARIF 2.1.0 with one run by roadmap-pack', () => {
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.runs.length, 1);
    assert.equal(log.runs[0]!.tool.driver.name, 'roadmap-pack');
  });

  it('describes every rule, with its summary, docs link and default level', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    assert.deepEqual(
      rules.map((rule) => rule.id),
      RULES.map((rule) => rule.code),
    );
    const cycle = rules.find((rule) => rule.id === 'RP301')!;
    assert.equal(cycle.name, 'dependency-cycle');
    assert.match(cycle.helpUri, /^https:\/\/.*RP301\.md$/);
    assert.equal(cycle.defaultConfiguration.level, 'error');
    assert.ok(rules.every((rule) => rule.shortDescription.text.length > 0));
    assert.ok(rules.every((rule) => ['error', 'warning', 'note'].includes(rule.defaultConfiguration.level)));
  });

  it('points every result at a driver rule, by id and by index', () => {
    const { rules } = log.runs[0]!.tool.driver;
    const results = log.runs[0]!.results;
    assert.ok(results.length > 0);
    for (const result of results) assert.equal(rules[result.ruleIndex]?.id, result.ruleId);
  });

  it('uses 1-based regions and relative POSIX paths', () => {
    const locations = log.runs[0]!.results.flatMap((result) => [...result.locations, ...(result.relatedLocations ?? [])]);
    for (const { physicalLocation } of locations) {
      const { region, artifactLocation } = physicalLocation;
      assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine && region.endColumn >= 1, JSON.stringify(region));
      assert.match(artifactLocation.uri, /^(examples|test)\/[^\\]+\.roadmap\.yaml$/);
    }
    const cycle = log.runs[0]!.results.find((result) => result.ruleId === 'RP301')!;
    assert.deepEqual(cycle.locations[0]!.physicalLocation.region, { startLine: 19, startColumn: 18, endLine: 19, endColumn: 19 });
    assert.equal(cycle.relatedLocations?.length, 2);
  });

  it('maps severities to SARIF levels, hints and information to note', () => {
    const levels = new Map(log.runs[0]!.results.map((result) => [result.ruleId, result.level]));
    assert.equal(levels.get('RP301'), 'error');
    assert.equal(levels.get('RP502'), 'warning');
    assert.equal(levels.get('RP206'), 'note');
    assert.equal(levels.get('RP602'), 'note');
  });
});
