/**
 * A worker thread of the CheckPool (bundled as dist/checkWorker.js): checks
 * the closed packs it is sent and answers with their LSP diagnostics. The core
 * is pure and keeps no module state, so each worker simply imports it. A job
 * that throws is answered with `failed`, and the main thread checks it itself.
 */
import { parentPort } from 'node:worker_threads';
import { CheckJob, runCheckJob } from './checkJob';

parentPort?.on('message', (job: CheckJob) => {
  try {
    parentPort!.postMessage(runCheckJob(job));
  } catch {
    parentPort!.postMessage({ id: job.id, failed: true });
  }
});
