/**
 * The `roadmap-pack` command (bundled to dist/cli.js by scripts/build.mjs).
 * Everything is in `run`; this file only connects it to the process.
 */
import { localDate } from '../files/localDate';
import { run } from './run';

// `roadmap-pack check | head` closes the pipe early; that is not worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`roadmap-pack: cannot write output (${error.code ?? error.message})\n`);
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
});

// exitCode rather than exit(): a large report on a pipe is flushed before the process ends.
process.exitCode = run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, today: localDate() });
