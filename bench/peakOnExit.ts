/**
 * Preloaded into a command the size bench runs (`node -r out/bench/peakOnExit.js …`):
 * on exit it writes the process's peak resident memory to stderr, one line
 * the bench reads back.
 */
import { readFileSync } from 'node:fs';

process.on('exit', () => {
  const status = readFileSync('/proc/self/status', 'utf8');
  process.stderr.write(`\nPEAK_RSS_KB=${/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 'NaN'}\n`);
});
