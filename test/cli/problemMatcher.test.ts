import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { run } from '../../server/src/cli/run';
import { repoPath, repoRoot } from '../helpers/repoRoot';
import { runCli } from '../helpers/runCli';
import { TEST_TODAY } from '../helpers/today';

interface Pattern {
  regexp: string;
  file: number;
  line: number;
  column: number;
  severity: number;
  code: number;
  message: number;
}

interface Matcher {
  name: string;
  severity: string;
  fileLocation: string[];
  pattern: Pattern;
}

const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { contributes: { problemMatchers: Matcher[] } };
const PATHS = ['test/fixtures/cli/cycle.roadmap.yaml', 'examples/platform-reliability'];

interface Problem {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

/** What VS Code reads from a line with the matcher, or undefined when it does not match. */
function matched(matcher: Matcher, line: string): Problem | undefined {
  const match = new RegExp(matcher.pattern.regexp).exec(line);
  if (!match) return undefined;
  const { pattern } = matcher;
  return { file: match[pattern.file], line: Number(match[pattern.line]), column: Number(match[pattern.column]), severity: match[pattern.severity], code: match[pattern.code], message: match[pattern.message] };
}

/** The same run's diagnostics as JSON: what each text line must be read back as. */
function expected(): Problem[] {
  const report = JSON.parse(runCli(['check', ...PATHS, '--format', 'json']).stdout) as { packs: { path: string; diagnostics: Omit<Problem, 'file'>[] }[] };
  return report.packs.flatMap((pack) => pack.diagnostics.map(({ line, column, severity, code, message }) => ({ file: pack.path, line, column, severity, code, message })));
}

/** `roadmap-pack check` run in-process on a terminal (colour) or a pipe. */
function textOutput(isTTY: boolean): string[] {
  let stdout = '';
  run(['check', ...PATHS, '--today', TEST_TODAY], { cwd: repoRoot(), env: {}, today: TEST_TODAY, stdout: { write: (text: string) => (stdout += text), isTTY }, stderr: { write: () => true } });
  return stdout.split('\n');
}

describe('the $roadmap-pack problem matcher', () => {
  const [matcher] = manifest.contributes.problemMatchers;

  it('is contributed once, named roadmap-pack, with paths relative to the workspace folder', () => {
    assert.equal(manifest.contributes.problemMatchers.length, 1);
    assert.equal(matcher.name, 'roadmap-pack');
    assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
    // "information" is not a word VS Code's matcher knows: it falls back to the matcher's severity.
    assert.equal(matcher.severity, 'info');
  });

  for (const isTTY of [false, true]) {
    it(`reads every diagnostic line of check's text output back as the diagnostic (${isTTY ? 'coloured, on a terminal' : 'plain, on a pipe'})`, () => {
      const lines = textOutput(isTTY);
      if (isTTY) assert.ok(lines.some((line) => line.includes('\x1b[31merror\x1b[0m')), 'the terminal output is coloured');
      const problems = lines.map((line) => matched(matcher, line)).filter((problem) => problem !== undefined);
      const want = expected();
      assert.ok(want.some((problem) => problem.severity === 'error') && want.some((problem) => problem.severity === 'hint'), 'errors and hints both');
      assert.deepEqual(problems, want);
    });
  }

  it('matches nothing else check prints: the summary, a blank line', () => {
    const lines = textOutput(false);
    const others = lines.filter((line) => !/^\S+:\d+:\d+ /.test(line));
    assert.ok(others.some((line) => / checked: /.test(line)));
    for (const line of others) assert.equal(matched(matcher, line), undefined, line);
  });

  it("reads diff's new findings too, in the same format", () => {
    const result = runCli(['diff', 'examples/platform-inventory.roadmap.yaml', 'examples/platform-reliability/platform-reliability.roadmap.yaml']);
    const problems = result.lines.map((line) => matched(matcher, line)).filter((problem) => problem !== undefined);
    assert.ok(problems.length > 0, result.stdout);
    for (const problem of problems) assert.equal(problem.file, 'examples/platform-reliability/platform-reliability.roadmap.yaml');
    assert.ok(problems.every((problem) => /^RP\d{3}$/.test(problem.code) && problem.line > 0 && problem.column > 0));
  });
});
