import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkDiagnosticsWithForecast, checkPack } from '../../server/src/pack';
import { CheckPool } from '../../server/src/lsp/checkPool';
import { toLspDiagnostic } from '../../server/src/lsp/convert';
import { digestOf } from '../../server/src/lsp/packDigest';
import { Settings, readSettings, toCheckOptions } from '../../server/src/lsp/settings';
import { generateWorkedShape } from '../../bench/generateWorkedShape';
import { repoPath } from '../helpers/repoRoot';
import { smallPack } from '../helpers/packs';

const WORKER = join(__dirname, '..', '..', 'server', 'src', 'lsp', 'checkWorker.js');
const DYING_WORKER = join(__dirname, '..', 'helpers', 'dyingCheckWorker.js');
/** Settings unlike the defaults in every field a check reads. */
const SETTINGS: Settings = readSettings({ severity: { RP604: 'error', 'initiative-incomplete': 'off' }, capacity: { warnAt: 40 }, maxFileSize: 60_000, debounce: 0 });

/** A check on this thread, its options built here rather than by the code under test. */
function expected(file: string, text: string) {
  const uri = pathToFileURL(file).toString();
  const options = toCheckOptions(SETTINGS, (relative) => existsSync(resolve(dirname(file), relative)));
  const result = checkPack(text, options);
  // A worker is off the typing path: its diagnostics include the forecast's (RP405), as `check`'s do.
  return { diagnostics: checkDiagnosticsWithForecast(result, options).map((d) => toLspDiagnostic(uri, d)), digest: digestOf(result) };
}

describe('CheckPool: closed packs checked in worker threads', function () {
  this.timeout(60000);
  let folder: string;
  let packs: { file: string; uri: string; text: string }[];

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'rp-pool-'));
    const example = readFileSync(repoPath('examples', 'platform-reliability', 'platform-reliability.roadmap.yaml'), 'utf8');
    writeFileSync(join(folder, 'tracing.md'), '# only this brief exists beside the pack\n');
    const texts = [example.replace('brief: briefs/tracing.md', 'brief: tracing.md'), smallPack('Small'), generateWorkedShape(60, 7), generateWorkedShape(200, 8)];
    packs = texts.map((text, n) => ({ file: join(folder, `p${n}.roadmap.yaml`), uri: pathToFileURL(join(folder, `p${n}.roadmap.yaml`)).toString(), text }));
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  it('answers what a check on this thread gives, with the same settings and brief paths', async () => {
    const pool = new CheckPool(2, assert.fail, WORKER);
    try {
      const replies = await Promise.all(packs.map((pack) => pool.check(pack.uri, pack.text, SETTINGS)));
      replies.forEach((reply, n) => assert.deepEqual({ diagnostics: reply!.diagnostics, digest: reply!.digest }, expected(packs[n].file, packs[n].text), packs[n].uri));
      const codes = new Set(replies.flatMap((reply) => reply!.diagnostics.map((d) => d.code)));
      // The inputs are chosen so that each setting and the file lookup change the answer.
      for (const code of ['RP002', 'RP204', 'RP502']) assert.ok(codes.has(code), `some pack reports ${code}`);
      assert.ok(replies.some((reply) => reply!.diagnostics.some((d) => d.code === 'RP604' && d.severity === 1)), 'RP604 raised to an error');
      assert.ok(!codes.has('RP602'), 'RP602 is ignored');
    } finally {
      pool.close();
    }
  });

  it('leaves every job to the caller when its worker cannot start', async () => {
    const logged: string[] = [];
    const pool = new CheckPool(1, (message) => logged.push(message), join(folder, 'no-such-worker.js'));
    assert.equal(await pool.check(packs[1].uri, packs[1].text, SETTINGS), undefined);
    assert.equal(pool.size, 0);
    assert.equal(await pool.check(packs[1].uri, packs[1].text, SETTINGS), undefined, 'later jobs too, at once');
    assert.match(logged.join('\n'), /check worker failed/);
  });

  it('costs a dying worker its own job, and the others are still answered', async () => {
    const pool = new CheckPool(2, () => undefined, DYING_WORKER);
    try {
      const texts = [packs[1].text, `${packs[1].text}\n# die\n`, packs[0].text, packs[2].text, packs[1].text];
      const replies = await Promise.all(texts.map((text, n) => pool.check(packs[n % packs.length].uri, text, SETTINGS)));
      assert.equal(replies[1], undefined);
      for (const n of [0, 2, 3, 4]) assert.ok(replies[n], `job ${n} is answered by the worker left`);
      assert.equal(pool.size, 1);
    } finally {
      pool.close();
    }
  });
});
