/**
 * The script VS Code's built-in Markdown preview loads (package.json
 * `markdown.previewScripts`): it draws each element the markdown-it plugin
 * (client/src/markdown/roadmapFences.ts) wrote for a roadmap fence, with the
 * Mermaid configuration of the roadmap preview (render.ts: strict security
 * level, the theme of the preview's body). The Mermaid text is read with
 * `textContent`, so the escaped text the plugin wrote comes back exactly;
 * an error is shown as text, never as markup.
 */
import { drawDiagrams } from './render';
import { themeKind } from './theme';
import { VIEWS, type ViewName } from '../../protocol/views';

const DIAGRAM = 'pre.roadmap-diagram';
/** Every drawing pass has a number: a pass that a newer one replaced stops drawing. */
let pass = 0;

async function drawAll(): Promise<void> {
  const current = ++pass;
  const theme = themeKind(document.body.classList);
  for (const source of Array.from(document.querySelectorAll<HTMLElement>(DIAGRAM))) {
    if (current !== pass) return;
    const view = viewOf(source.dataset.view);
    const width = Math.max(320, (source.parentElement ?? document.body).clientWidth);
    const outcome = await drawDiagrams([source.textContent ?? ''], { theme, width, view }, () => current === pass && source.isConnected);
    if (outcome.kind === 'stale') continue;
    const output = document.createElement('div');
    output.className = 'roadmap-drawn';
    if (outcome.kind === 'drawn') output.append(...outcome.diagrams);
    else {
      output.classList.add('roadmap-error');
      output.textContent = `The diagram could not be drawn: ${outcome.message}`;
    }
    // The source stays (hidden) beside its drawing, so a theme change can draw it again.
    if (source.nextElementSibling?.classList.contains('roadmap-drawn')) source.nextElementSibling.remove();
    source.after(output);
  }
}

function viewOf(name: string | undefined): ViewName {
  return VIEWS.find((view) => view === name) ?? 'gantt';
}

/** Redrawn when the theme changes: the preview swaps its body's classes live. */
function watchTheme(): void {
  let theme = themeKind(document.body.classList);
  new MutationObserver(() => {
    const next = themeKind(document.body.classList);
    if (next === theme) return;
    theme = next;
    // The drawn SVGs hold the old theme's colours.
    window.dispatchEvent(new Event('roadmap.redraw'));
  }).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}

// The preview replaces its content without reloading the page on each edit.
window.addEventListener('vscode.markdown.updateContent', () => void drawAll());
window.addEventListener('roadmap.redraw', () => void drawAll());
watchTheme();
void drawAll();
