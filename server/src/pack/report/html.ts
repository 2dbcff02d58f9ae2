/**
 * The report as one self-contained HTML page: the host passes the bundled
 * renderer (Mermaid and media/report/main.ts) and a nonce; nothing is fetched.
 * Pack text is HTML-escaped everywhere; a diagram's Mermaid text sits escaped
 * in a <pre>, which the renderer reads as textContent and replaces by the SVG
 * Mermaid draws with securityLevel strict.
 */
import type { Report, ReportBlock } from './types';
import { reportStyle } from './style';

export interface HtmlAssets {
  /** The renderer's script, inlined. */
  script: string;
  /** A fresh random value per document, for the CSP. */
  nonce: string;
}

/** Nothing but the inlined script and styles; Mermaid writes <style> into its SVGs, hence 'unsafe-inline' for styles (as in the preview). */
export function reportCsp(nonce: string): string {
  return `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src data:; font-src data:`;
}

export function reportHtml(report: Report, assets: HtmlAssets): string {
  const title = escapeHtml(report.title || 'Roadmap');
  const sections = report.sections.map((section) => `<section id="${escapeHtml(section.id)}">\n<h2>${escapeHtml(section.heading)}</h2>\n${section.blocks.map(blockHtml).join('\n')}\n</section>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(reportCsp(assets.nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${reportStyle()}</style>`,
    '</head>',
    // The renderer's page: media/preview/entry.ts starts the report's drawing on it.
    '<body data-roadmap="report">',
    `<h1>${title}</h1>`,
    ...sections,
    `<script nonce="${escapeHtml(assets.nonce)}">${inlineScript(assets.script)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockHtml(block: ReportBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'fields':
      return `<dl>${block.rows.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table><thead><tr>${block.head.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')}</tr></thead><tbody>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    case 'heading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'checklist':
      // The ✓ or ✗ is the class's generated content (style.ts), which screen readers read out too.
      return `<ul class="rp-checklist">${block.items.map((item) => `<li class="${item.met ? 'rp-met' : 'rp-unmet'}">${escapeHtml(item.text)}</li>`).join('')}</ul>`;
    case 'diagram':
      return `<pre class="rp-diagram" data-view="${escapeHtml(block.view)}">${escapeHtml(block.text)}</pre>`;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A script's text cannot end the <script> element early: `</script` becomes `<\/script` (the same string in JS). */
function inlineScript(script: string): string {
  return script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
