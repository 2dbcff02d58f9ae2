// `npm run test:vscode`: the extension-host suites (test/vscode) in VS Code
// desktop, downloaded by @vscode/test-electron into .cache/vscode-test. This
// needs a machine that can download VS Code (a developer's desktop); where it
// cannot, `npm run test:host` runs the same suites in code-server.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { root } from './codeServer.mjs';
import { hostTestWorkspace } from './testWorkspace.mjs';

const testsIndex = join(root, 'out', 'test', 'vscode', 'index.js');

async function main() {
  if (!existsSync(testsIndex)) throw new Error(`${testsIndex} is missing: run \`npm run compile\` first`);
  const workspace = hostTestWorkspace();
  const resultFile = join(tmpdir(), `roadmap-vscode-result-${process.pid}.json`);
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: testsIndex,
      cachePath: join(root, '.cache', 'vscode-test'),
      extensionTestsEnv: { ROADMAP_TEST_RESULT: resultFile, ...(process.env.ROADMAP_TEST_GREP ? { ROADMAP_TEST_GREP: process.env.ROADMAP_TEST_GREP } : {}) },
      launchArgs: [workspace.workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (error) {
    console.error(`vscode: ${error.message ?? error}`);
  } finally {
    workspace.remove();
  }
  const result = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : { passed: 0, failed: 1 };
  rmSync(resultFile, { force: true });
  console.log(`vscode: ${result.passed} passed, ${result.failed} failed${result.pending ? `, ${result.pending} skipped` : ''}`);
  return result.failed === 0 && result.passed > 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error) => {
  console.error(`vscode: ${error.stack ?? error.message}`);
  console.log('vscode: 0 passed, 1 failed');
  process.exit(1);
});
