import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { noModuleState } from './scripts/eslint/noModuleState.mjs';

const PURE = 'server/src/pack is the pure core: the host passes in what it needs.';
// Every way a core file could reach the process, the clock or chance.
const HOST_GLOBALS = ['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'fetch', 'performance', 'crypto', 'navigator', 'window', 'document', 'self'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'media/*.js', '.cache/**', 'test-output/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The core is pure: the CLI, the language server and the tests all call it,
    // so it may not depend on VS Code, the LSP libraries, Node, the clock or
    // chance, nor keep state of its own between calls.
    files: ['server/src/pack/**/*.ts'],
    plugins: { roadmap: { rules: { 'no-module-state': noModuleState } } },
    rules: {
      'roadmap/no-module-state': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'node:*', ...builtinModules, ...builtinModules.map((name) => `${name}/*`)], message: PURE },
            { group: ['**/lsp', '**/lsp/**', '**/cli', '**/cli/**', '**/client/**', '**/media/**', '**/test/**', '**/bench/**', '**/scripts/**'], message: 'The core may not depend on its hosts.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...HOST_GLOBALS.map((name) => ({ name, message: PURE }))],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The core reads no clock: the host passes today in.' },
        { object: 'Math', property: 'random', message: 'The core is deterministic.' },
        { object: 'globalThis', message: PURE },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core reads no clock: the host passes today in.' }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js'],
    // Build and test scripts run on Node.
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'Buffer', 'fetch', 'AbortSignal', 'AbortController', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'TextEncoder', 'TextDecoder'].map((name) => [name, 'readonly']),
      ),
    },
  },
);
