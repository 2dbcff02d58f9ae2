/**
 * CPU milliseconds (user + system) this process spends in `run`. Unlike wall
 * time, other processes on a busy machine do not inflate it, so a bound on it
 * still catches work that grows out of hand (an alias bomb, a quadratic loop)
 * without failing a test for the machine's load. Speed targets are the
 * bench's; these bounds are hang guards, generous by an order of magnitude.
 */
export function cpuTimed<T>(run: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}
