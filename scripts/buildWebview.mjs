// Bundles the script of every page that draws roadmaps (media/preview/entry.ts:
// the preview webview, the Markdown preview and the HTML report, with Mermaid
// once) into one browser script, media/preview.js, and copies the stylesheets:
// media/preview.css, which the webview HTML (client/src/preview/html.ts) loads,
// and media/markdownPreview.css (package.json `markdown.previewScripts`/`previewStyles`
// name preview.js and it). scripts/build.mjs calls `buildWebview`; `node scripts/buildWebview.mjs
// [--production]` runs it alone.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { onlyDrawnDiagrams } from './mermaidDiagrams.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {{ production?: boolean, outDir?: string, quiet?: boolean }} [options]
 *   `outDir` (default `media`) lets the browser tests build elsewhere.
 * @returns {Promise<{ script: string, style: string, bytes: number }>}
 */
export async function buildWebview({ production = false, outDir = join(root, 'media'), quiet = false } = {}) {
  const script = join(outDir, 'preview.js');
  const style = join(outDir, 'preview.css');
  mkdirSync(outDir, { recursive: true });
  await bundle('entry.ts', script, production);
  // An earlier build's second copy of Mermaid, for the Markdown preview alone.
  rmSync(join(outDir, 'markdownPreview.js'), { force: true });
  rmSync(join(outDir, 'markdownPreview.js.map'), { force: true });
  copyFileSync(join(root, 'media/preview/preview.css'), style);
  copyFileSync(join(root, 'media/preview/markdownPreview.css'), join(outDir, 'markdownPreview.css'));
  const bytes = statSync(script).size;
  if (!quiet) console.log(`webview: ${relativeName(script)} ${formatSize(bytes)}${production ? ' (production)' : ''}, ${relativeName(style)}, markdownPreview.css`);
  return { script, style, bytes };
}

/** One browser script from one entry in media/preview. */
async function bundle(entry, outfile, production) {
  await build({
    entryPoints: [join(root, 'media/preview', entry)],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome114'],
    minify: production,
    sourcemap: production ? false : 'linked',
    legalComments: 'eof',
    // The first thing the bundle runs: the bench (bench/firstPaintBench.ts) tells the script's
    // download and parse from the evaluation of Mermaid's modules and ours by it.
    banner: { js: "performance.mark('rp-bundle-start');" },
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
    plugins: [onlyDrawnDiagrams()],
    logLevel: 'warning',
  });
  // A production build ships no source map: remove one a development build left.
  if (production) rmSync(`${outfile}.map`, { force: true });
}

function relativeName(file) {
  return file.startsWith(root) ? file.slice(root.length + 1) : file;
}

function formatSize(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB (${bytes.toLocaleString('en')} bytes)`;
}

/**
 * The renderer `roadmap-pack report --format html` inlines (media/preview/report.ts
 * and Mermaid's diagrams the views draw, about 1.4 MB minified): dist/report.js, beside dist/cli.js and
 * dist/server.js, which read it from their own folder, from the repository's
 * build as from an installed CLI. Always minified: it is copied into every report.
 * esbuild escapes `</script` in strings, so the text can sit in an inline <script>.
 */
export async function buildReportScript({ outDir = join(root, 'dist'), quiet = false } = {}) {
  const script = join(outDir, 'report.js');
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, 'media/preview/report.ts')],
    outfile: script,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome114'],
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [onlyDrawnDiagrams()],
    logLevel: 'warning',
  });
  const bytes = statSync(script).size;
  if (!quiet) console.log(`report renderer: ${relativeName(script)} ${formatSize(bytes)}`);
  return { script, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildWebview({ production: process.argv.includes('--production') });
  await buildReportScript();
}
