/**
 * The scale audit (issue 10 item 16): every task of scaleWork.ts on one shape
 * of scaleShapes.ts at n/2 and n, after a warm-up at n/20, in CPU ms (median
 * of `runs`), with the ratio. A task above 5 s, or growing faster than about
 * 2.3× when n doubles, is flagged.
 *
 *   node --expose-gc out/bench/scaleAudit.js "<shape name>" [n] [runs] [--views] [--json]
 *
 * sizeBench.ts runs it in a fresh process per shape (`--json`), so that one
 * shape's heap does not slow the next.
 */
import { shapeNamed } from './scaleShapes';
import { AFTER_CHECK_TASKS, VIEW_TASKS, timeEverything } from './scaleWork';

export interface Doubling {
  task: string;
  half: number;
  full: number;
}

/** `views`: the check and the views only; `all`: also the generated documents and the language features. */
export type TaskSet = 'views' | 'all';

export function doubling(shapeName: string, n: number, runs: number, set: TaskSet = 'all'): Doubling[] {
  const shape = shapeNamed(shapeName);
  const tasks = set === 'views' ? VIEW_TASKS : AFTER_CHECK_TASKS;
  timeEverything(shape.generate(Math.max(50, Math.floor(n / 20))), tasks);
  const half = timeEverything(shape.generate(Math.floor(n / 2)), tasks, runs);
  const full = timeEverything(shape.generate(n), tasks, runs);
  return [{ task: 'check', half: half.check, full: full.check }, ...Object.keys(full.tasks).map((task) => ({ task, half: half.tasks[task], full: full.tasks[task] }))];
}

function main(): void {
  const [name, nText, runsText] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const shape = shapeNamed(name);
  const rows = doubling(name, Number(nText ?? shape.n), Number(runsText ?? 3), process.argv.includes('--views') ? 'views' : 'all');
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows));
    return;
  }
  for (const { task, half, full } of rows) {
    const flag = full > 5000 || (full / half > 2.3 && full > 50) ? '  <<<' : '';
    console.log(`${shape.name.padEnd(22)} ${task.padEnd(34)} ${half.toFixed(0).padStart(7)} ${full.toFixed(0).padStart(7)} ${(full / half).toFixed(2).padStart(6)}×${flag}`);
  }
}

if (require.main === module) main();
