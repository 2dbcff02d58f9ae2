// `npm run package`: production bundles (client, server, webview; minified,
// no source maps), then a .vsix with @vscode/vsce. Everything the extension
// runs is bundled, so vsce packs no node_modules (--no-dependencies) and
// .vscodeignore lets through only what runs. Prints the .vsix size and checks
// what went in.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './codeServer.mjs';

const SIZE_BUDGET = 3 * 1024 * 1024;
const REQUIRED = ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/checkWorker.js', 'extension/dist/web/extension.js', 'extension/dist/web/server.js', 'extension/media/preview.js', 'extension/media/preview.css', 'extension/media/markdownPreview.css', 'extension/media/icon.png', 'extension/LICENSE.txt', 'extension/readme.md', 'extension/snippets/roadmap-yaml.json', 'extension/schemas/roadmap-pack.schema.json'];
/** The rule pages the diagnostics' code links and hovers open inside VS Code, and the pages they link to. */
const DOC_PAGES = ['extension/docs/format.md', 'extension/docs/suppressions.md', ...readdirSync(join(root, 'docs', 'rules')).filter((name) => /^RP\d{3}\.md$/.test(name)).map((name) => `extension/docs/rules/${name}`)];
const STEP_TIMEOUT_MS = 5 * 60_000;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', timeout: STEP_TIMEOUT_MS, killSignal: 'SIGKILL', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  return result;
}

export function vsixPath() {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return join(root, `${name}-${version}.vsix`);
}

export async function packageExtension() {
  const started = Date.now();
  run(process.execPath, ['scripts/build.mjs', '--production']);
  // The webview bundle has its own script; build.mjs may call it too, building it again is cheap.
  const webview = join(root, 'scripts', 'buildWebview.mjs');
  if (existsSync(webview)) {
    const { buildWebview } = await import(pathToFileURL(webview).href);
    await buildWebview({ production: true });
  }
  const out = vsixPath();
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  run(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { env: { ...process.env, VSCE_TELEMETRY: 'off' } });
  const listing = spawnSync('unzip', ['-Z1', out], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  const files = listing.status === 0 ? listing.stdout.split('\n').filter(Boolean) : undefined;
  const problems = [];
  if (files) {
    for (const required of [...REQUIRED, ...DOC_PAGES]) if (!files.some((file) => file.toLowerCase() === required.toLowerCase())) problems.push(`missing ${required}`);
    for (const file of files) if (/\.map$|\.ts$|(^|\/)node_modules\//.test(file)) problems.push(`should not ship ${file}`);
  }
  const bytes = statSync(out).size;
  const size = `${(bytes / 1024 / 1024).toFixed(2)} MiB (${bytes.toLocaleString('en')} bytes)`;
  console.log(`vsix: ${out.slice(root.length + 1)} ${size}, ${files ? `${files.length} files` : 'contents not listed (no unzip)'}, in ${Math.round((Date.now() - started) / 1000)} s`);
  if (bytes > SIZE_BUDGET) console.warn(`vsix: over the ${SIZE_BUDGET / 1024 / 1024} MiB budget`);
  if (problems.length) throw new Error(`the .vsix is not right:\n  ${problems.join('\n  ')}`);
  return { path: out, bytes, files };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  packageExtension().catch((error) => {
    console.error(`package: ${error.message}`);
    process.exit(1);
  });
}
