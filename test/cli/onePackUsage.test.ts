/**
 * The one-pack subcommands' usage errors (cli/onePack.ts, shared by
 * render, quality, forecast, level, scenarios and report): each says what was wrong in its own words,
 * on one line of stderr, with exit status 2.
 */
import { strict as assert } from 'node:assert';
import { runCli } from '../helpers/runCli';

const PACK = 'examples/platform-reliability/platform-reliability.roadmap.yaml';

const CASES: [string, string[], string][] = [
  ['forecast', [], 'missing the pack to forecast'],
  ['forecast', [PACK, PACK], 'one pack at a time (got 2 paths)'],
  ['forecast', [PACK, '--format', 'html'], "unknown --format 'html': use text or json"],
  ['level', [PACK, PACK, PACK], 'one pack at a time (got 3 paths)'],
  ['level', [PACK, '--format', 'markdown'], "unknown --format 'markdown': use text or json"],
  ['scenarios', [], 'missing the pack to compare'],
  ['scenarios', [PACK, PACK], 'one pack at a time (got 2 paths)'],
  ['scenarios', [PACK, '--format', 'html'], "unknown --format 'html': use text, markdown or json"],
];

describe('roadmap-pack forecast, level, scenarios: usage errors', function () {
  this.timeout(60000);
  for (const [command, args, reason] of CASES) {
    it(`${command} ${args.map((arg) => (arg === PACK ? 'PACK' : arg)).join(' ')}: ${reason}`, () => {
      const result = runCli([command, ...args]);
      assert.equal(result.status, 2);
      assert.equal(result.stderr, `roadmap-pack ${command}: ${reason}; see roadmap-pack ${command} --help\n`);
      assert.equal(result.stdout, '');
    });
  }
});
