/**
 * A check worker for CheckPool's tests: it checks as the real one does, but
 * its thread ends, as a crash would end it, on a pack whose text holds
 * `# die`.
 */
import { parentPort } from 'node:worker_threads';
import { CheckJob, runCheckJob } from '../../server/src/lsp/checkJob';

parentPort?.on('message', (job: CheckJob) => {
  if (job.text.includes('# die')) process.exit(3);
  parentPort!.postMessage(runCheckJob(job));
});
