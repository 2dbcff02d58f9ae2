// Bundles the preview webview (media/preview/main.ts and Mermaid) into ES
// modules: a boot module, media/preview.js, and the chunks it imports, in
// media/preview-chunks/. Mermaid loads each diagram type with `import()`, so
// with code splitting the gantt, the flowchart and the chart each come as a
// chunk of their own when first drawn, and the thirty-odd types the preview
// never draws (and KaTeX, Cytoscape, ELK…) are never fetched or parsed: the
// first view waits for about a quarter of what one whole-bundle script was.
// Also copies the stylesheet to media/preview.css. The webview HTML
// (client/src/preview/html.ts) loads the boot module and the stylesheet.
// scripts/build.mjs calls `buildWebview`; `node scripts/buildWebview.mjs
// [--production]` runs it alone.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Beside preview.js: the boot module imports its chunks by relative URL. */
export const CHUNK_DIR = 'preview-chunks';

/**
 * @param {{ production?: boolean, outDir?: string, quiet?: boolean }} [options]
 *   `outDir` (default `media`) lets the browser tests build elsewhere.
 * @returns {Promise<{ script: string, style: string, chunks: string[], bytes: number }>}
 *   `chunks`: the chunk files' names, in `${outDir}/${CHUNK_DIR}`; `bytes`: all scripts together.
 */
export async function buildWebview({ production = false, outDir = join(root, 'media'), quiet = false } = {}) {
  const script = join(outDir, 'preview.js');
  const style = join(outDir, 'preview.css');
  const chunkDir = join(outDir, CHUNK_DIR);
  // Chunk names carry a content hash: without this, every build would leave the last one's behind (and ship them).
  rmSync(chunkDir, { recursive: true, force: true });
  rmSync(`${script}.map`, { force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: { preview: join(root, 'media/preview/main.ts') },
    outdir: outDir,
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: ['es2020', 'chrome114'],
    minify: production,
    sourcemap: production ? false : 'linked',
    legalComments: 'eof',
    // The first thing each module runs: the first mark (bench/firstPaintBench.ts) is when the
    // boot module and the chunks it imports are all in and parsed, and evaluation begins.
    banner: { js: "performance.mark('rp-bundle-start');" },
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'media/preview/preview.css'), style);
  const chunks = readdirSync(chunkDir).filter((name) => name.endsWith('.js'));
  const bytes = [script, ...chunks.map((name) => join(chunkDir, name))].reduce((sum, file) => sum + statSync(file).size, 0);
  if (!quiet) console.log(`webview: ${relativeName(script)} and ${chunks.length} chunks in ${relativeName(chunkDir)}, ${formatSize(bytes)}${production ? ' (production)' : ''}, ${relativeName(style)}`);
  return { script, style, chunks, bytes };
}

function relativeName(file) {
  return file.startsWith(root) ? file.slice(root.length + 1) : file;
}

function formatSize(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB (${bytes.toLocaleString('en')} bytes)`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildWebview({ production: process.argv.includes('--production') });
}
