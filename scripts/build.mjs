// Bundles the command-line checker, the language server (and its check worker), the client, the
// webview (with Mermaid) and the web extension (buildWeb.mjs) with esbuild. `--production` minifies and drops maps.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { buildWeb } from './buildWeb.mjs';
import { buildReportScript, buildWebview } from './buildWebview.mjs';

const production = process.argv.includes('--production');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  // The server's CheckPool starts its worker threads from this file, beside dist/server.js.
  build({ ...common, entryPoints: ['server/src/lsp/checkWorker.ts'], outfile: 'dist/checkWorker.js' }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  buildWebview({ production, quiet: true }),
  // VS Code for the Web: the client and the server in a web worker (package.json `browser`).
  buildWeb({ production }),
  buildReportScript({ quiet: true }),
]);
chmodSync('dist/cli.js', 0o755);
