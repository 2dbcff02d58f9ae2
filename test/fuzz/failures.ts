/** One thing the fuzz found wrong, with what it takes to see it again. */
export interface Failure {
  stage: 'edits' | 'requests' | 'fixes';
  document: string;
  problem: string;
  /** The smallest text and edit (or request, or fix) that showed it. */
  reproduction: { text: string; step: unknown };
}

/** What a run did and found, printed at its end. */
export class FuzzReport {
  edits = 0;
  batches = 0;
  comparisons = 0;
  requests = 0;
  fixesApplied = 0;
  readonly failures: Failure[] = [];

  fail(failure: Failure): void {
    this.failures.push(failure);
    console.error(`FAIL [${failure.stage}] ${failure.document}: ${failure.problem}`);
  }

  print(seed: number, seconds: number): void {
    console.log(`fuzz seed ${seed}: ${this.edits} edits in ${this.batches} batches, ${this.comparisons} fresh comparisons, ${this.requests} requests, ${this.fixesApplied} fixes applied, ${this.failures.length} failures (${seconds.toFixed(1)} s)`);
    // The closing line every stage of `npm test` ends with: here each comparison, request and fix checked counts once.
    console.log(`fuzz: ${this.comparisons + this.requests + this.fixesApplied} passed, ${this.failures.length} failed`);
    const first = this.failures[0];
    if (!first) return;
    console.log(`\nFirst failure, to reproduce: FUZZ_SEED=${seed} npm run test:fuzz`);
    console.log(`[${first.stage}] ${first.document}: ${first.problem}`);
    console.log(`step: ${JSON.stringify(first.reproduction.step)}`);
    console.log(`text (${first.reproduction.text.length} chars):\n${first.reproduction.text}`);
  }
}
