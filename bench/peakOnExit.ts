/**
 * Preloaded into a command the size bench runs (`node -r out/bench/peakOnExit.js …`):
 * on exit it writes the process's peak resident memory and CPU time (user +
 * system, every thread) to stderr, one line the bench reads back.
 */
import { readFileSync } from 'node:fs';

process.on('exit', () => {
  const status = readFileSync('/proc/self/status', 'utf8');
  const cpu = process.cpuUsage();
  process.stderr.write(`\nPEAK_RSS_KB=${/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 'NaN'} CPU_MS=${Math.round((cpu.user + cpu.system) / 1000)}\n`);
});
