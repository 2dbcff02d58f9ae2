/**
 * The one script of the three pages that draw roadmaps, so the extension
 * ships Mermaid once (media/preview.js): the roadmap preview's webview (its
 * HTML marks the body `data-roadmap="preview"`, client/src/preview/html.ts),
 * the HTML report (`data-roadmap="report"`, server/src/pack/report/html.ts)
 * and VS Code's Markdown preview, whose body is VS Code's own and has neither.
 * A Markdown document cannot set the body's attributes, so no text in one can
 * start the webview's code. Each module starts itself when first imported.
 */
const page = document.body.dataset.roadmap;
if (page === 'preview') void import('./main');
else if (page === 'report') void import('./report');
else void import('./markdownPreview');
