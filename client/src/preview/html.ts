/**
 * The preview webview's HTML: a static shell with a strict Content Security
 * Policy and one nonce'd script. The pack's Mermaid text never appears here;
 * the script receives it by `postMessage` (see protocol/webview.ts).
 *
 * It runs in the extension host (previewPanel.ts), and the browser tests build
 * the same page, so it stays free of `vscode`, Node and DOM APIs: it only
 * builds a string.
 */
import { GANTT_GROUPS, VIEWS } from '../../../protocol/views';
import type { GanttGroupBy, ViewName } from '../../../protocol/views';

/** Tab labels: a Record, so a view added to VIEWS without a label does not compile. */
const VIEW_LABELS: Record<ViewName, string> = { gantt: 'Gantt', gates: 'Gates', deps: 'Dependencies', capacity: 'Capacity', board: 'Board', metrics: 'Metrics', goals: 'Goals', forecast: 'Forecast' };
const GROUP_LABELS: Record<GanttGroupBy, string> = { quarter: 'Quarter', theme: 'Theme', team: 'Team' };
/** Shown only for packs that have it (now-next-later); the webview reveals it. */
const HIDDEN_AT_FIRST: readonly ViewName[] = ['board'];

export interface PreviewHtmlOptions {
  /** `webview.asWebviewUri(…/media/preview.js)`. */
  scriptUri: string;
  /** `webview.asWebviewUri(…/media/preview.css)`. */
  styleUri: string;
  /** `webview.cspSource`. */
  cspSource: string;
  /** A fresh random value per HTML document (letters and digits). */
  nonce: string;
}

/** The Content-Security-Policy of the preview: nothing but our script, styles, fonts and images. */
export function previewCsp({ cspSource, nonce }: Pick<PreviewHtmlOptions, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    // Mermaid writes a <style> into every SVG and style attributes on its elements.
    `style-src ${cspSource} 'unsafe-inline'`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ') + ';';
}

export function previewHtml(options: PreviewHtmlOptions): string {
  const attr = escapeAttribute;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(previewCsp(options))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(options.styleUri)}">
<title>Roadmap preview</title>
</head>
<body data-roadmap="preview">
${TOOLBAR}
<div id="rp-banner" class="rp-banner" role="alert" hidden><span id="rp-banner-text"></span> <button type="button" id="rp-show-problems" class="rp-link-button">Show problems</button></div>
<div id="rp-compared" class="rp-compared" hidden><span id="rp-compared-text"></span> <button type="button" id="rp-clear-comparison" class="rp-link-button" title="Show the plan alone again">Clear</button></div>
<div id="rp-hint" class="rp-hint" hidden></div>
<div id="rp-compact" class="rp-hint" hidden><span id="rp-compact-text"></span> <button type="button" id="rp-compact-toggle" class="rp-link-button"></button></div>
<div id="rp-error" class="rp-error" role="alert" hidden></div>
<div id="rp-viewport" class="rp-viewport" tabindex="0" aria-label="Diagram">
<div id="rp-sizer" class="rp-sizer"><div id="rp-canvas" class="rp-canvas"></div></div>
</div>
<div id="rp-status" class="rp-status" aria-live="polite"></div>
<script nonce="${attr(options.nonce)}" src="${attr(options.scriptUri)}"></script>
</body>
</html>
`;
}

const TOOLBAR = `<div class="rp-toolbar" role="toolbar" aria-label="Preview">
<div id="rp-tabs" class="rp-tabs" role="tablist">
${VIEWS.map((view) => `<button type="button" role="tab" data-view="${view}"${HIDDEN_AT_FIRST.includes(view) ? ' hidden' : ''}>${VIEW_LABELS[view]}</button>`).join('\n')}
</div>
<label id="rp-group" class="rp-option" data-for="gantt">Group by <select id="rp-group-by">
${GANTT_GROUPS.map((group) => `<option value="${group}">${GROUP_LABELS[group]}</option>`).join('')}
</select></label>
<label id="rp-weekly-label" class="rp-option" data-for="capacity"><input type="checkbox" id="rp-weekly"> Weekly</label>
<button type="button" id="rp-show-all" title="Back from the group to the whole pack" hidden>Show all</button>
<label id="rp-scenario-label" class="rp-option" title="Draw every view as one of the pack's scenarios has it" hidden>Scenario <select id="rp-scenario"></select></label>
<span class="rp-spacer"></span>
<span class="rp-zoom" role="group" aria-label="Zoom"><button type="button" id="rp-zoom-out" title="Zoom out (Ctrl+wheel)" aria-label="Zoom out">&minus;</button>
<button type="button" id="rp-zoom-reset" title="Fit to width" aria-label="Fit to width">100%</button>
<button type="button" id="rp-zoom-in" title="Zoom in (Ctrl+wheel)" aria-label="Zoom in">+</button></span>
<button type="button" id="rp-copy" title="Copy the Mermaid source of this view (several charts: as Markdown, a mermaid block each)">Copy Mermaid</button>
<button type="button" id="rp-export" title="Save this view as SVG">Export SVG</button>
</div>`;

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
