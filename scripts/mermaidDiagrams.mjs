// Mermaid bundles every diagram type and layout it knows, each behind a
// dynamic import that esbuild inlines into an IIFE bundle: most of its 3.5 MB
// are diagrams no view draws (sequence, C4, mindmap, architecture…), layouts
// no view asks for (cose-bilkent with cytoscape, swimlanes) and KaTeX, which
// only a `$$` in a label starts (views/escape.ts breaks every `$$`). This
// esbuild plugin swaps each of those imports for a module that throws, so a
// diagram of another type fails with a message instead of drawing; the views
// draw only what KEPT names (views/*.ts write their headers, dagre by default).
const MERMAID_CHUNK = /^\.\/(?:chunks\/mermaid\.core\/)?([A-Za-z0-9-]+?)-[A-Z0-9]{8}\.mjs$/;

/** The Mermaid modules the views use: flowchart (deps, gates, goals) laid out by dagre, gantt, xychart (capacity). */
export const KEPT = new Set(['flowDiagram', 'ganttDiagram', 'xychartDiagram', 'dagre']);

/** @returns {import('esbuild').Plugin} */
export function onlyDrawnDiagrams() {
  return {
    name: 'only-drawn-diagrams',
    setup(build) {
      build.onResolve({ filter: /^\.\/.*\.mjs$|^katex$/ }, (args) => {
        if (args.kind !== 'dynamic-import' || !args.importer.includes('/node_modules/mermaid/')) return undefined;
        const name = args.path === 'katex' ? 'katex' : MERMAID_CHUNK.exec(args.path)?.[1];
        if (name === undefined || KEPT.has(name)) return undefined;
        return { path: name, namespace: 'not-drawn' };
      });
      build.onLoad({ filter: /.*/, namespace: 'not-drawn' }, (args) => ({
        contents: `throw new Error(${JSON.stringify(`Roadmap Packs does not draw ${args.path}: its views are flowcharts, Gantt charts and XY charts`)});`,
        loader: 'js',
      }));
    },
  };
}
