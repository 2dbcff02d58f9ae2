import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseCommand } from '../../server/src/cli/args';
import { parseDiffArgs } from '../../server/src/cli/diffCommand';
import { repoPath } from '../helpers/repoRoot';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

const WORKFLOW = 'examples/ci/roadmap-review.yml';
const workflow = parse(readFileSync(repoPath(WORKFLOW), 'utf8')) as { jobs: Record<string, { steps: Step[] }>; permissions: Record<string, string> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

/** A `run:` line as the shell splits it: words, quotes removed, `$VAR` left as written, up to a redirection. */
function words(command: string): { argv: string[]; redirect?: { operator: string; target: string } } {
  const tokens = [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]);
  const at = tokens.findIndex((token) => token === '>' || token === '>>');
  if (at < 0) return { argv: tokens };
  return { argv: tokens.slice(0, at), redirect: { operator: tokens[at], target: tokens[at + 1] } };
}

function cliStep(subcommand: string): { step: Step; argv: string[]; redirect?: { operator: string; target: string } } {
  const step = steps.find((candidate) => candidate.run?.startsWith(`roadmap-pack ${subcommand} `));
  assert.ok(step, `a step runs roadmap-pack ${subcommand}`);
  const { argv, redirect } = words(step.run!);
  return { step, argv: argv.slice(1), redirect };
}

describe(`the CI example (${WORKFLOW})`, () => {
  it('checks with --format sarif into the file upload-sarif uploads, even when check fails', () => {
    const { step, argv, redirect } = cliStep('check');
    const command = parseCommand(argv);
    assert.equal(command.kind === 'check' && command.flags.format, 'sarif');
    const upload = steps.find((candidate) => candidate.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload);
    assert.equal(upload.with?.sarif_file, redirect?.target);
    assert.equal((step as { 'continue-on-error'?: boolean })['continue-on-error'], true);
    assert.equal((upload as { if?: string }).if, 'always()');
    assert.equal(workflow.permissions['security-events'], 'write');
  });

  it('appends the Markdown plan diff against the base branch to the job summary, failing on new errors', () => {
    const { step, argv, redirect } = cliStep('diff');
    const request = parseDiffArgs(argv);
    assert.ok(request !== 'help');
    assert.equal(request.base, 'origin/$BASE_REF');
    assert.equal(step.env?.BASE_REF, '${{ github.base_ref }}');
    assert.equal(request.format, 'markdown');
    assert.equal(request.failOnNewErrors, true);
    assert.deepEqual(redirect, { operator: '>>', target: '$GITHUB_STEP_SUMMARY' });
  });

  it('fetches the history diff --base reads', () => {
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    assert.equal(checkout?.with?.['fetch-depth'], 0);
  });
});
