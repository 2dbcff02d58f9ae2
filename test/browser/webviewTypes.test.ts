import { execFileSync } from 'node:child_process';
import { repoPath } from '../helpers/repoRoot';

/**
 * The webview's sources are a TypeScript project of their own (DOM, no Node:
 * media/preview/tsconfig.json) that the root `tsc` does not compile and
 * esbuild does not type-check; this keeps a type error from passing unseen.
 */
describe('preview webview sources', () => {
  it('type-check (tsc -p media/preview)', function () {
    this.timeout(120_000);
    try {
      execFileSync(process.execPath, [repoPath('node_modules/typescript/bin/tsc'), '-p', repoPath('media/preview')], { stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      throw new Error(`tsc -p media/preview failed:\n${(error as { stdout?: string }).stdout ?? String(error)}`, { cause: error });
    }
  });
});
