/**
 * The extension-host test entry, after the @vscode/test-electron contract:
 * VS Code loads this module (its `extensionTestsPath`) inside the extension
 * host and awaits `run()`; a rejection fails the run. The same module runs
 * on a desktop (`npm run test:vscode`) and in code-server
 * (`npm run test:host`, scripts/runHostTests.mjs).
 *
 * Suites are the `*.suite.js` files beside it, in ORDER first: activation
 * comes first because it measures a cold start.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { report } from './helpers';

const ORDER = ['activation', 'language', 'commands', 'settings'];

export function run(): Promise<void> {
  // The reporter's lines go out tagged, so a runner can tell them from the workbench's own log.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  base.consoleLog = (...args: unknown[]) => report(format(...args));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.suite.js'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const file of files) mocha.addFile(join(__dirname, file));
  const grep = process.env.ROADMAP_TEST_GREP;
  if (grep) mocha.grep(grep);
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
        // One line a runner can read, then the summary the CI log is read for.
        const result = JSON.stringify({ passed: passes, failed, pending });
        report(`##roadmap-result ${result}`);
        // A runner that cannot read the log (test-electron prints it straight through) names a file for it.
        if (process.env.ROADMAP_TEST_RESULT) writeFileSync(process.env.ROADMAP_TEST_RESULT, result);
        report(`extension host: ${passes} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} extension-host tests failed`));
        else if (passes === 0) reject(new Error('no extension-host test ran'));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}

function rank(file: string): number {
  const index = ORDER.indexOf(file.replace(/\.suite\.js$/, ''));
  return index < 0 ? ORDER.length : index;
}
