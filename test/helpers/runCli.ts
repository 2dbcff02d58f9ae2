import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from './repoRoot';
import { TEST_TODAY } from './today';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout split into lines, without the empty one after the final newline. */
  lines: string[];
}

const DATED_COMMANDS: ReadonlySet<string> = new Set(['check', 'quality', 'render', 'diff', 'scenarios', 'forecast', 'level', 'report']);

/**
 * Runs the bundled checker (`npm run build` comes before mocha) as a user would.
 * `check`, `quality` and `render` default to the real local date; unless the
 * arguments give `--today`, this passes TEST_TODAY so that no test depends on
 * the real date. `{ today: 'real' }` leaves the CLI's default alone.
 */
export function runCli(args: readonly string[], cwd: string = repoRoot(), { today = TEST_TODAY }: { today?: string } = {}): CliResult {
  const cli = join(repoRoot(), 'dist', 'cli.js');
  const dated = today !== 'real' && DATED_COMMANDS.has(args[0] ?? '') && !args.some((arg) => arg === '--today' || arg.startsWith('--today='));
  const result = spawnSync(process.execPath, [cli, ...args, ...(dated ? ['--today', today] : [])], { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split('\n').filter((line) => line !== '') };
}

/** A fresh folder under the system temp folder holding the given files (paths relative to it). */
export function tempFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'roadmap-pack-cli-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
