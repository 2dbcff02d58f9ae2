import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FreshChecks } from './freshCompare';
import { FuzzDocument, scratchDocuments } from './fuzzDocument';
import { FuzzServer } from './fuzzServer';
import { FuzzContext, editBatch } from './editStage';
import { FuzzReport } from './failures';
import { fixBatch } from './fixStage';
import { Random } from './random';
import { requestBatch } from './requestStage';

/**
 * The fuzz stage (issue 10): random incremental edits of every example pack
 * (and a CRLF copy) compared with a fresh server after every batch, random
 * requests at random positions, and quick fixes applied and re-checked.
 * `FUZZ_SEED` picks the run (CI uses the default), `FUZZ_EDITS` its size.
 * The protocol-abuse cases are in the unit suite (test/lsp/protocolAbuse.test.ts).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const EDITS = Number(process.env.FUZZ_EDITS ?? 2000);
const BATCH_EDITS = 20;
const REQUESTS_PER_BATCH = 12;

async function fuzzDocument(context: FuzzContext, document: FuzzDocument, edits: number): Promise<void> {
  await context.incremental.open(document.uri, document.text);
  // The pristine example: every diagnostic's fixes, before edits scatter them.
  const first = await context.incremental.diagnosticsOf(document.uri, 1);
  await fixBatch(context, document, first.diagnostics, { asked: Infinity, suppressions: Infinity });
  for (let done = 0; done < edits && context.incremental.alive; done += BATCH_EDITS) {
    await editBatch(context, document, Math.min(BATCH_EDITS, edits - done));
    if (!context.incremental.alive) break;
    await requestBatch(context, document, REQUESTS_PER_BATCH);
    const published = await context.incremental.diagnosticsOf(document.uri, document.version).catch(() => undefined);
    if (published) await fixBatch(context, document, published.diagnostics);
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const scratch = mkdtempSync(join(tmpdir(), 'rp-fuzz-'));
  const documents = scratchDocuments(scratch);
  const incremental = new FuzzServer();
  const fresh = new FuzzServer();
  await Promise.all([incremental.start(scratch), fresh.start(scratch)]);
  const context: FuzzContext = { incremental, fresh: new FreshChecks(fresh), random: new Random(SEED), report: new FuzzReport() };
  try {
    for (const [index, document] of documents.entries()) {
      const share = Math.floor(EDITS / documents.length) + (index < EDITS % documents.length ? 1 : 0);
      await fuzzDocument(context, document, share);
    }
    if (!incremental.alive) context.report.fail({ stage: 'edits', document: '-', problem: `the server died: ${incremental.client.stderr.slice(-2000)}`, reproduction: { text: '', step: null } });
  } finally {
    await Promise.all([incremental.stop(), fresh.stop()]);
    rmSync(scratch, { recursive: true, force: true });
  }
  context.report.print(SEED, (performance.now() - started) / 1000);
  return context.report.failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`fuzz seed ${SEED}: the run itself failed:`, error);
    process.exit(1);
  },
);
