/**
 * The report's stylesheet: readable on screen, and in print each section on
 * its own page with diagrams scaled to the page's width.
 */
const STYLE = `
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; max-width: 1100px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; border-bottom: 1px solid #d0d7de; }
h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { white-space: nowrap; }
dt { font-weight: 600; } dd { margin: 0 0 .5rem 1rem; }
pre { white-space: pre-wrap; background: #f6f8fa; padding: .5rem; overflow-x: auto; }
.rp-diagram { background: none; padding: 0; }
.rp-diagram svg { max-width: 100%; height: auto; }
.rp-error { color: #b3261e; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
.rp-checklist { list-style: none; padding-left: 0; }
.rp-checklist li { padding-left: 1.5rem; text-indent: -1.5rem; }
.rp-checklist li::before { display: inline-block; width: 1.5rem; text-indent: 0; font-weight: 700; }
.rp-checklist .rp-met::before { content: "✓"; color: #1a7f37; }
.rp-checklist .rp-unmet::before { content: "✗"; color: #b3261e; }
.rp-measuring { position: absolute; left: -10000px; top: 0; visibility: hidden; }
@media print {
  body { margin: 0; max-width: none; }
  section { break-before: page; }
  section:first-of-type { break-before: auto; }
  .rp-diagram, table, tr { break-inside: avoid; }
  .rp-diagram svg { max-width: 100% !important; height: auto; }
}
`;

export function reportStyle(): string {
  return STYLE;
}
