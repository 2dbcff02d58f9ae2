/**
 * The markdown-it plugin behind VS Code's Markdown preview: a ```roadmap
 * fence (a pack inside the Markdown) or a ```roadmap-view fence (a pack file
 * it names) becomes elements holding the view's Mermaid text, escaped; the
 * preview script (media/preview/markdownPreview.ts) draws them with the
 * bundled Mermaid. The Mermaid text is the core's (checkPack, renderView), so
 * every pack label went through views/escape.ts first; every text that
 * reaches the HTML here goes through markdown-it's escapeHtml.
 *
 * markdown-it renders synchronously, so a pack file is read from `packs`, a
 * cache its host fills asynchronously (packTexts.ts). Nothing here throws:
 * a problem is a one-line note in the preview.
 */
import { checkPack } from '../../../server/src/pack/checkPack';
import { fenceKind, fenceView, viewReference } from '../../../server/src/pack/briefs/fenceViews';
import { join, dirname } from '../../../server/src/pack/briefs/posixPath';
import { renderView } from '../../../server/src/pack/views';
import type { ViewName } from '../../../server/src/pack/views/names';

/** The part of markdown-it the plugin uses (VS Code passes its instance; the extension does not bundle markdown-it). */
export interface MarkdownIt {
  renderer: { rules: Record<string, FenceRule | undefined> };
  utils: { escapeHtml(text: string): string };
}
export interface FenceToken {
  info: string;
  content: string;
  map?: [number, number] | null;
}
export type FenceRule = (tokens: FenceToken[], index: number, options: unknown, env: unknown, self: unknown) => string;

/** What a pack path read gives: its text, not read yet (a read has started), or why it cannot be. */
export type PackRead = { kind: 'text'; text: string } | { kind: 'loading' } | { kind: 'missing'; message: string };

/** Where the plugin gets pack files and the date: the extension's cache, or a test's. */
export interface FenceHost {
  /** The path of the Markdown file being rendered (from markdown-it's env), or undefined when it is not known. */
  documentPath(env: unknown): string | undefined;
  /** The pack at `path` (POSIX, absolute), from the cache; a miss starts a read and answers `loading`. */
  readPack(path: string, env: unknown): PackRead;
  /** The day views are drawn as of (epoch day), for the Today lines. */
  today(): number | undefined;
}

/** The class of the element holding one diagram's Mermaid text, which the preview script finds. */
export const DIAGRAM_CLASS = 'roadmap-diagram';
export const NOTE_CLASS = 'roadmap-note';

/** Adds the roadmap fences to `md`; other fences render as before. */
export function roadmapFences(md: MarkdownIt, host: FenceHost): MarkdownIt {
  const previous = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const html = fenceHtml(token, env, host, md.utils.escapeHtml);
    if (html !== undefined) return html;
    return previous ? previous(tokens, index, options, env, self) : `<pre><code>${md.utils.escapeHtml(token.content)}</code></pre>\n`;
  };
  return md;
}

/** The HTML of a roadmap fence, or undefined for any other fence. Never throws. */
export function fenceHtml(token: FenceToken, env: unknown, host: FenceHost, escapeHtml: (text: string) => string): string | undefined {
  const kind = fenceKind(token.info);
  if (kind === undefined) return undefined;
  try {
    const inner = kind === 'roadmap' ? inlinePack(token, host, escapeHtml) : packFile(token, env, host, escapeHtml);
    return `<div class="roadmap-fence code-line"${lineAttribute(token)}>${inner}</div>\n`;
  } catch (error) {
    return `<div class="roadmap-fence code-line"${lineAttribute(token)}>${note(`The roadmap could not be drawn: ${error instanceof Error ? error.message : String(error)}`, escapeHtml)}</div>\n`;
  }
}

function inlinePack(token: FenceToken, host: FenceHost, escapeHtml: (text: string) => string): string {
  const choice = fenceView(token.info);
  if ('note' in choice) return note(choice.note, escapeHtml);
  return drawn(token.content, choice.view, host, escapeHtml);
}

function packFile(token: FenceToken, env: unknown, host: FenceHost, escapeHtml: (text: string) => string): string {
  const reference = viewReference(token.content);
  if ('note' in reference) return note(reference.note, escapeHtml);
  const documentPath = host.documentPath(env);
  if (documentPath === undefined) return note(`The roadmap-view of ${reference.pack} needs a saved Markdown file to resolve its path against.`, escapeHtml);
  const read = host.readPack(join(dirname(documentPath), reference.pack), env);
  if (read.kind === 'loading') return note(`Loading ${reference.pack}…`, escapeHtml);
  if (read.kind === 'missing') return note(`${reference.pack}: ${read.message}`, escapeHtml);
  return drawn(read.text, reference.view, host, escapeHtml);
}

/** Each diagram of the view as an element of escaped Mermaid text, the view's warnings as notes. */
function drawn(packText: string, view: ViewName, host: FenceHost, escapeHtml: (text: string) => string): string {
  const rendered = renderView(checkPack(packText), view, { today: host.today() });
  const notes = rendered.warnings.map((warning) => note(warning, escapeHtml)).join('');
  // The metrics, forecast and board views are tables, not diagrams: shown as the Markdown the CLI prints.
  if (rendered.diagrams.length === 0) return `<pre class="roadmap-table">${escapeHtml(rendered.text)}</pre>${notes}`;
  const diagrams = rendered.diagrams.map((diagram) => `<pre class="${DIAGRAM_CLASS}" data-view="${view}">${escapeHtml(diagram)}</pre>`).join('');
  return diagrams + notes;
}

function note(text: string, escapeHtml: (text: string) => string): string {
  return `<p class="${NOTE_CLASS}">${escapeHtml(text)}</p>`;
}

/** VS Code's preview syncs scrolling by `code-line` elements with `data-line`. */
function lineAttribute(token: FenceToken): string {
  return token.map ? ` data-line="${token.map[0]}"` : '';
}
