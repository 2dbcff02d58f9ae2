// Bundles the extension for VS Code for the Web (package.json `browser`): the
// client (client/src/browserExtension.ts) and the language server in a web
// worker (server/src/lsp/browserMain.ts), as browser scripts. Two things differ
// from the Node bundles (build.mjs), and both are here:
// - the server's `Disk` is platform/disk.browser.ts instead of platform/disk.ts;
// - the rule pages and snippets, which the Node server reads beside its bundle,
//   are built in (`roadmap-packs:shipped`, typed in server/src/lsp/web/shipped.d.ts).
// A Node module reached from either entry fails the build. Node's globals
// (setImmediate, Buffer, process) do not: test/browser/webServer.test.ts drives
// the built server through opening, edits, hovers and closed files in a worker.
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Resolves the server's `./platform/disk` to its browser twin. */
const browserDisk = {
  name: 'browser-disk',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\/platform\/disk$/ }, (args) => ({ path: join(args.resolveDir, `${args.path}.browser.ts`) }));
  },
};

/** The files the Node server reads at start, as one module. */
const shippedFiles = {
  name: 'shipped-files',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^roadmap-packs:shipped$/ }, (args) => ({ path: args.path, namespace: 'shipped' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'shipped' }, () => {
      const rulesDir = join(root, 'docs', 'rules');
      const rulePages = Object.fromEntries(readdirSync(rulesDir).filter((name) => /^RP\d{3}\.md$/.test(name)).map((name) => [name.slice(0, -3), readFileSync(join(rulesDir, name), 'utf8')]));
      const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'roadmap-yaml.json'), 'utf8'));
      return { contents: JSON.stringify({ rulePages, snippets }), loader: 'json', watchFiles: [join(root, 'snippets', 'roadmap-yaml.json')], watchDirs: [rulesDir] };
    });
  },
};

/**
 * @param {{ production?: boolean, outDir?: string }} [options]
 * @returns {Promise<{ server: string, client: string }>}
 */
export async function buildWeb({ production = false, outDir = join(root, 'dist', 'web') } = {}) {
  const common = { bundle: true, platform: 'browser', target: ['es2022', 'chrome114'], minify: production, sourcemap: !production, logLevel: 'warning', absWorkingDir: root };
  const server = join(outDir, 'server.js');
  const client = join(outDir, 'extension.js');
  await Promise.all([
    build({ ...common, entryPoints: [join(root, 'server/src/lsp/browserMain.ts')], outfile: server, format: 'iife', plugins: [browserDisk, shippedFiles] }),
    // The web extension host loads the client as CommonJS, with `vscode` provided.
    build({ ...common, entryPoints: [join(root, 'client/src/browserExtension.ts')], outfile: client, format: 'cjs', external: ['vscode'] }),
  ]);
  return { server, client };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildWeb({ production: process.argv.includes('--production') });
}
