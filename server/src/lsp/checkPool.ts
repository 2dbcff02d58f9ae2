import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckReply } from './checkJob';
import type { Settings } from './settings';

/** More workers than this gain little on a laptop and cost a heap each. */
const MAX_WORKERS = 4;
/** One pack of the largest allowed size (5 MiB) checks in well under this; past it the worker dies and the pack is checked here. */
const WORKER_HEAP_MB = 512;

interface Job {
  id: number;
  uri: string;
  text: string;
  settings: Settings;
  done: (reply: CheckReply | undefined) => void;
}

type Answer = CheckReply | { id: number; failed: true };

/**
 * A few worker threads (dist/checkWorker.js) that check closed packs while the
 * main thread stays free for the editor's requests. One job per worker at a
 * time, the rest queued here. A worker that fails to start, throws or dies is
 * dropped: its job, and every job once none is left, is answered `undefined`,
 * and the caller checks that pack itself. So a broken worker costs speed,
 * never a pack's diagnostics, and never the server.
 */
export class CheckPool {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private nextId = 1;

  /**
   * As many workers as the machine has cores, within MAX_WORKERS: the main
   * thread only reads files and publishes meanwhile. ROADMAP_PACKS_CHECK_WORKERS
   * overrides it (0: every pack is checked on the main thread), for tests and
   * for a machine where threads misbehave.
   */
  static sizeFor(env: NodeJS.ProcessEnv = process.env): number {
    const asked = Number.parseInt(env.ROADMAP_PACKS_CHECK_WORKERS ?? '', 10);
    if (Number.isInteger(asked) && asked >= 0) return Math.min(MAX_WORKERS, asked);
    return Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
  }

  constructor(
    size: number,
    private readonly log: (message: string) => void = () => undefined,
    script = join(__dirname, 'checkWorker.js'),
  ) {
    for (let n = 0; n < size; n++) this.spawn(script);
  }

  /** Workers still alive. */
  get size(): number {
    return this.idle.length + this.running.size;
  }

  /** The pack's diagnostics from a worker, or `undefined` when no worker could check it. */
  check(uri: string, text: string, settings: Settings): Promise<CheckReply | undefined> {
    if (this.size === 0) return Promise.resolve(undefined);
    return new Promise((done) => {
      this.queue.push({ id: this.nextId++, uri, text, settings, done });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs not answered yet are answered `undefined`. */
  close(): void {
    for (const worker of [...this.idle, ...this.running.keys()]) this.drop(worker);
  }

  private spawn(script: string): void {
    let worker: Worker;
    try {
      worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    } catch (error) {
      return this.log(`check worker did not start, checking here: ${(error as Error).message}`);
    }
    worker.unref(); // a worker never keeps the server alive after `exit`
    worker.on('message', (answer: Answer) => this.answered(worker, answer));
    worker.on('error', (error) => this.log(`check worker failed, checking here: ${error.message}`));
    worker.on('exit', () => this.drop(worker));
    this.idle.push(worker);
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.postMessage({ id: job.id, uri: job.uri, text: job.text, settings: job.settings });
    }
  }

  private answered(worker: Worker, answer: Answer): void {
    const job = this.running.get(worker);
    if (!job || job.id !== answer.id) return;
    this.running.delete(worker);
    this.idle.push(worker);
    job.done('failed' in answer ? undefined : answer);
    this.dispatch();
  }

  /** Forgets the worker; its job, and the queue if it was the last, fall back to the caller. */
  private drop(worker: Worker): void {
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    else if (!this.running.has(worker)) return; // already dropped
    this.running.get(worker)?.done(undefined);
    this.running.delete(worker);
    void worker.terminate();
    if (this.size === 0) this.queue.splice(0).forEach((job) => job.done(undefined));
  }
}
