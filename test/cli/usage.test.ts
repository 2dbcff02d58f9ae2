import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repoRoot';
import { runCli } from '../helpers/runCli';

/** Exit 2, nothing on stdout, and exactly one line on stderr that points at --help. */
function assertUsageError(args: string[], reason: RegExp): void {
  const result = runCli(args);
  assert.equal(result.status, 2, result.stdout + result.stderr);
  assert.equal(result.stdout, '');
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0]!, /^roadmap-pack: .*see roadmap-pack --help$/);
  assert.match(lines[0]!, reason);
}

describe('roadmap-pack usage', () => {
  it('exits 2 on an unknown flag', () => {
    assertUsageError(['check', '--bogus', 'examples/'], /unknown option '--bogus'/);
  });

  it('reports a path that does not exist as a file that could not be read (exit 1), after checking the rest', () => {
    const result = runCli(['check', 'examples/', 'no/such/folder']);
    assert.equal(result.status, 1, result.stderr);
    assert.ok(result.lines.includes('no/such/folder: error cannot read: no such file or folder'), result.stdout);
    assert.match(result.lines.at(-1)!, /^7 packs and 5 briefs checked: 0 errors, .*; 1 file could not be read$/);
  });

  it('exits 2 on an unknown rule code or a bad severity', () => {
    assertUsageError(['check', '--rule', 'RP999=off'], /unknown rule 'RP999'/);
    assertUsageError(['check', '--rule', 'RP502=loud'], /bad severity 'loud' for RP502/);
    assertUsageError(['check', '--rule', 'RP502'], /--rule expects CODE=SEVERITY/);
  });

  it('--today flags out-of-date plans at that date only, and refuses a date that is not one', function () {
    this.timeout(20_000);
    const fixture = 'test/fixtures/rules/RP404-out-of-date.roadmap.yaml';
    const late = runCli(['check', fixture, '--today', '2026-12-02']);
    assert.equal(late.lines.filter((line) => / warning RP404 /.test(line)).length, 3, late.stdout);
    const early = runCli(['check', fixture, '--today', '2026-08-03']);
    assert.equal(early.lines.filter((line) => / warning RP404 /.test(line)).length, 0, early.stdout);
    assertUsageError(['check', fixture, '--today', '2026-02-30'], /--today expects a date written YYYY-MM-DD/);
  });

  it('exits 2 on a bad format, size, command or no command', () => {
    assertUsageError(['check', '--format', 'xml'], /unknown format 'xml'/);
    assertUsageError(['check', '--max-file-size', '5MB'], /--max-file-size expects a positive number of bytes/);
    assertUsageError(['lint'], /unknown command 'lint'/);
    assertUsageError([], /missing command/);
  });

  it('--help describes the command, its flags and the config file', () => {
    const result = runCli(['--help']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: roadmap-pack check \[paths…\]/);
    for (const flag of ['--format', '--rule', '--if-hired', '--max-file-size', '--quiet', '--config', 'roadmap-packs.json']) assert.ok(result.stdout.includes(flag), flag);
  });

  it('--version prints the version in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { version: string };
    const result = runCli(['--version']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, `${manifest.version}\n`);
  });
});
