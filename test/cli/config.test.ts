import assert from 'node:assert/strict';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hiresPack } from '../helpers/packs';
import { repoRoot } from '../helpers/repoRoot';
import { runCli, tempFolder } from '../helpers/runCli';

const RELIABILITY = 'examples/platform-reliability/platform-reliability.roadmap.yaml';

describe('roadmap-pack check: configuration files', () => {
  let folder: string;
  before(() => {
    // The briefs are not copied: RP204 is switched off wherever this pack is checked.
    folder = tempFolder({ 'custom.json': JSON.stringify({ severities: { RP502: 'error', 'missing-brief': 'off' } }), 'hiring/hires.roadmap.yaml': hiresPack() });
    copyFileSync(join(repoRoot(), RELIABILITY), join(folder, 'reliability.roadmap.yaml'));
  });
  afterEach(() => rmSync(join(folder, 'roadmap-packs.json'), { force: true }));
  after(() => rmSync(folder, { recursive: true, force: true }));

  function writeDefaultConfig(config: unknown): void {
    writeFileSync(join(folder, 'roadmap-packs.json'), JSON.stringify(config));
  }

  it('reads roadmap-packs.json from the working folder', () => {
    writeDefaultConfig({ severities: { RP502: 'off', RP204: 'off' } });
    const result = runCli(['check', 'reliability.roadmap.yaml'], folder);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.ok(!result.stdout.includes('RP502'));
    assert.match(result.stdout, / warning RP503 /);
  });

  it('lets a --rule flag win over the file', () => {
    writeDefaultConfig({ severities: { RP502: 'off', RP204: 'off' } });
    const result = runCli(['check', 'reliability.roadmap.yaml', '--rule', 'quarter-over-threshold=warning'], folder);
    assert.match(result.stdout, /:102:11 warning RP502 /);
  });

  it('reads --config FILE instead of roadmap-packs.json', () => {
    writeDefaultConfig({ severities: { RP502: 'off' } });
    const result = runCli(['check', 'reliability.roadmap.yaml', '--config', 'custom.json'], folder);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /:102:11 error RP502 /);
    assert.ok(!result.stdout.includes('RP204'));
  });

  it('takes maxFileSize from the file', () => {
    writeDefaultConfig({ maxFileSize: 1000, severities: { RP204: 'off' } });
    const result = runCli(['check', 'reliability.roadmap.yaml'], folder);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^reliability\.roadmap\.yaml:1:1 error RP002 /m);
    assert.match(runCli(['check', 'reliability.roadmap.yaml', '--max-file-size', '10000000'], folder).lines.at(-1)!, /^1 pack checked: 0 errors, /);
  });

  it('takes ifHired from the file', () => {
    assert.equal(runCli(['check', 'hiring'], folder).status, 1);
    writeDefaultConfig({ ifHired: true });
    const result = runCli(['check', 'hiring'], folder);
    assert.equal(result.status, 0, result.stdout);
    assert.ok(!result.stdout.includes('RP501'));
  });

  it('exits 2, with the reason, on a config file it cannot use', () => {
    const cases: [unknown, RegExp][] = [
      [{ severities: { RP999: 'off' } }, /unknown rule 'RP999'/],
      [{ severities: { RP502: 'loud' } }, /bad severity 'loud'/],
      [{ maxFileSize: '5MB' }, /'maxFileSize' in roadmap-packs\.json must be a number of bytes/],
      [{ ifHired: 'yes' }, /'ifHired' in roadmap-packs\.json must be true or false/],
      [{ severity: {} }, /unknown key 'severity' in roadmap-packs\.json/],
      [[1, 2], /roadmap-packs\.json must hold a JSON object/],
    ];
    for (const [config, reason] of cases) {
      writeDefaultConfig(config);
      const result = runCli(['check'], folder);
      assert.equal(result.status, 2, JSON.stringify(config));
      assert.match(result.stderr, reason);
      assert.match(result.stderr, /see roadmap-pack --help\n$/);
    }
    writeFileSync(join(folder, 'roadmap-packs.json'), '{ not json');
    assert.match(runCli(['check'], folder).stderr, /^roadmap-pack: roadmap-packs\.json is not valid JSON: /);
    assert.match(runCli(['check', '--config', 'absent.json'], folder).stderr, /^roadmap-pack: cannot read config file absent\.json \(ENOENT\)/);
  });
});
