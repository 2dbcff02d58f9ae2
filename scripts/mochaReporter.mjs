// Mocha's spec reporter plus one closing line, `<label>: N passed, N failed`,
// the summary every test stage prints (`--reporter-option label=unit`).
import Mocha from 'mocha';

const { Spec } = Mocha.reporters;

export default class SpecWithSummary extends Spec {
  constructor(runner, options = {}) {
    super(runner, options);
    const label = options.reporterOption?.label ?? options.reporterOptions?.label ?? 'tests';
    runner.once('end', () => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
      console.log(`${label}: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
    });
  }
}
