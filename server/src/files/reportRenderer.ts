/**
 * The HTML report's renderer (Mermaid and media/preview/report.ts), which
 * scripts/build.mjs writes to dist/report.js. The bundled CLI and server run
 * from dist/ and find it beside themselves, in the repository's build as in an
 * installed package (npm ships dist/); the unbundled hosts the tests run
 * (out/server/src/…) find the repository's dist/. The .vsix ships Mermaid once,
 * in media/preview.js, which draws a report too (media/preview/entry.ts): the
 * server there inlines that.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES = [join(__dirname, 'report.js'), join(__dirname, '..', 'media', 'preview.js'), join(__dirname, '..', '..', '..', '..', 'dist', 'report.js')];

/** The renderer's text and a fresh nonce, or undefined when no build holds it (the caller says so). */
export function reportAssets(): { script: string; nonce: string } | undefined {
  const file = CANDIDATES.find((candidate) => existsSync(candidate));
  if (file === undefined) return undefined;
  return { script: readFileSync(file, 'utf8'), nonce: randomBytes(16).toString('base64') };
}

export const REPORT_RENDERER_PLACES = CANDIDATES;
