import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repoRoot';
import { hiresPack, smallPack } from '../helpers/packs';
import { runCli, tempFolder, type CliResult } from '../helpers/runCli';

const RELIABILITY = 'examples/platform-reliability/platform-reliability.roadmap.yaml';
const CYCLE = 'test/fixtures/cli/cycle.roadmap.yaml';

describe('roadmap-pack check (text output)', () => {
  describe('on examples/', () => {
    let result: CliResult;
    let diagnosticLines: string[];
    before(() => {
      result = runCli(['check', 'examples/']);
      diagnosticLines = result.lines.filter((line) => /^\S+:\d+:\d+ /.test(line));
    });

    it('exits 0 with no error lines and nothing on stderr', () => {
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr, '');
      assert.deepEqual(diagnosticLines.filter((line) => / error /.test(line)), []);
    });

    it('reports Infra Squad at 98% of its 2026-Q4 capacity (RP502)', () => {
      const line = diagnosticLines.find((candidate) => candidate.includes(' RP502 '));
      assert.ok(line, result.stdout);
      assert.match(line, new RegExp(`^${RELIABILITY}:102:11 warning RP502 `));
      assert.match(line, /Infra Squad/);
      assert.match(line, /98%/);
    });

    it('reports the seed plan’s known warnings and the service-by-service plan’s late first value, and no others', () => {
      const warnings = diagnosticLines.filter((line) => / warning /.test(line)).map((line) => line.split(' ').slice(0, 3).join(' '));
      assert.deepEqual(warnings, [
        'examples/data-platform/by-service.roadmap.yaml:128:11 warning RP804',
        `${RELIABILITY}:102:11 warning RP502`,
        `${RELIABILITY}:102:11 warning RP503`,
        `${RELIABILITY}:102:11 warning RP503`,
        `${RELIABILITY}:342:18 warning RP401`,
        `${RELIABILITY}:365:47 warning RP401`,
      ]);
      assert.ok(diagnosticLines.some((line) => line.includes('RP503') && line.includes('192%')));
    });

    it('reports the unused register entries D3 and D5 as information', () => {
      const information = diagnosticLines.filter((line) => / information RP206 /.test(line));
      assert.equal(information.length, 2);
      assert.match(information[0]!, /D3/);
      assert.match(information[1]!, /D5/);
    });

    it('resolves `brief:` paths against the pack’s folder, not the working folder', () => {
      assert.ok(!result.stdout.includes('RP204'), result.stdout);
    });

    it('ends with a blank line and a summary of the seven example packs and their five briefs', () => {
      const all = result.stdout.split('\n');
      assert.equal(all.at(-3), '');
      assert.match(all.at(-2)!, /^7 packs and 5 briefs checked: 0 errors, 6 warnings, 2 information, \d+ hints$/);
    });

    it('prints no colour codes when stdout is not a terminal', () => {
      assert.ok(!result.stdout.includes('\x1b['));
    });
  });

  describe('on a dependency cycle', () => {
    let result: CliResult;
    before(() => {
      result = runCli(['check', CYCLE]);
    });

    it('exits 1', () => {
      assert.equal(result.status, 1, result.stdout);
    });

    it('reports RP301 on each edge of the cycle, at the edge', () => {
      const cycle = result.lines.filter((line) => line.includes(' RP301 '));
      assert.equal(cycle.length, 2, result.stdout);
      assert.match(cycle[0]!, new RegExp(`^${CYCLE}:19:18 error RP301 a depends on b, which closes a dependency cycle: a → b → a\\.`));
      assert.match(cycle[1]!, new RegExp(`^${CYCLE}:26:18 error RP301 b depends on a, which closes a dependency cycle: b → a → b\\.`));
    });

    it('counts the errors in the summary', () => {
      assert.match(result.lines.at(-1)!, /^1 pack checked: 2 errors, /);
    });
  });

  describe('--rule, --quiet, --max-file-size', () => {
    it('--rule RP502=off removes the RP502 line and its count', () => {
      const result = runCli(['check', 'examples/', '--rule', 'RP502=off']);
      assert.equal(result.status, 0);
      assert.ok(!result.stdout.includes('RP502'));
      assert.match(result.lines.at(-1)!, / 5 warnings,/);
    });

    it('--rule takes a rule name too, and raising a warning to an error fails the run', () => {
      const result = runCli(['check', 'examples/', '--rule=quarter-over-threshold=error']);
      assert.equal(result.status, 1);
      assert.match(result.stdout, /:102:11 error RP502 /);
    });

    it('--quiet shows errors only', () => {
      const result = runCli(['check', 'examples/', CYCLE, '--quiet']);
      const diagnostics = result.lines.filter((line) => /^\S+:\d+:\d+ /.test(line));
      assert.equal(result.status, 1);
      assert.equal(diagnostics.length, 2);
      assert.ok(diagnostics.every((line) => / error RP301 /.test(line)));
      assert.equal(result.lines.at(-1), '8 packs and 5 briefs checked: 2 errors, 0 warnings, 0 information, 0 hints');
    });

    it('--max-file-size reports a larger file as RP002 instead of checking it', () => {
      const result = runCli(['check', CYCLE, '--max-file-size', '100']);
      assert.equal(result.status, 1);
      assert.match(result.stdout, new RegExp(`^${CYCLE}:1:1 error RP002 `, 'm'));
      assert.ok(!result.stdout.includes('RP301'));
    });
  });

  describe('packs outside the repository', () => {
    let folder: string;
    before(() => {
      folder = tempFolder({
        'plans/missing.roadmap.yaml': smallPack('Missing brief', '    brief: briefs/absent.md'),
        'plans/present.roadmap.yaml': smallPack('Present brief', '    brief: briefs/here.md'),
        'plans/briefs/here.md': '# Here\n',
        'notes.yaml': 'pack: [unclosed\n',
        'binary.roadmap.yaml': '\u0000\u0001\u00ff\ufffe{{{',
        'hires.roadmap.yaml': hiresPack(),
      });
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('reports a missing brief (RP204) relative to the pack, from any working folder', () => {
      const result = runCli(['check', join(folder, 'plans')], repoRoot());
      assert.equal(result.status, 1);
      const briefLines = result.lines.filter((line) => line.includes('RP204'));
      assert.equal(briefLines.length, 1, result.stdout);
      assert.match(briefLines[0]!, /missing\.roadmap\.yaml:\d+:\d+ error RP204 The brief `briefs\/absent\.md`/);
    });

    it('checks a file named on the command line whatever its name', () => {
      const result = runCli(['check', 'notes.yaml'], folder);
      assert.equal(result.status, 1);
      assert.match(result.stdout, /^notes\.yaml:\d+:\d+ error RP001 /m);
    });

    it('--if-hired counts unconfirmed hires in capacity', () => {
      const without = runCli(['check', 'hires.roadmap.yaml'], folder);
      assert.equal(without.status, 1);
      assert.match(without.stdout, /^hires\.roadmap\.yaml:\d+:\d+ error RP501 Core Squad is over capacity in 2026-Q3/m);
      const withHires = runCli(['check', 'hires.roadmap.yaml', '--if-hired'], folder);
      assert.equal(withHires.status, 0, withHires.stdout);
      assert.ok(!withHires.stdout.includes('RP501'));
    });

    it('reports a path it cannot read as an error line, and goes on', function () {
      if (process.platform === 'win32') this.skip();
      const result = runCli(['check', '/dev/null', 'hires.roadmap.yaml', '--if-hired', '--quiet'], folder);
      assert.equal(result.status, 1);
      assert.equal(result.stderr, '');
      assert.match(result.stdout, /^\S*dev\/null: error cannot read: not a regular file or folder$/m);
      assert.equal(result.lines.at(-1), '1 pack checked: 0 errors, 0 warnings, 0 information, 0 hints; 1 file could not be read');
    });

    it('reports garbage as diagnostics, never a stack trace', () => {
      const result = runCli(['check', 'binary.roadmap.yaml'], folder);
      assert.ok(result.status === 0 || result.status === 1, result.stderr);
      assert.equal(result.stderr, '');
      assert.match(result.lines.at(-1)!, /^1 pack checked: /);
    });
  });
});

describe('roadmap-pack check in this repository', () => {
  it('checks clean with no arguments: roadmap-packs.json ignores the failing fixtures', () => {
    const result = runCli(['check']);
    assert.equal(result.status, 0, result.stdout.split('\n').filter((line) => / error /.test(line)).join('\n'));
    assert.match(result.lines.at(-1)!, /^\d+ packs and \d+ briefs checked: 0 errors, /);
  });
});
