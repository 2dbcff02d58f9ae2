/**
 * Mermaid's theme from VS Code's: the webview's body carries `vscode-light`,
 * `vscode-dark`, `vscode-high-contrast` or `vscode-high-contrast-light`
 * (the last also with `vscode-high-contrast`), and changes it live.
 */
import type { MermaidConfig } from 'mermaid';

export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export function themeKind(classes: DOMTokenList): ThemeKind {
  if (classes.contains('vscode-high-contrast-light')) return 'high-contrast-light';
  if (classes.contains('vscode-high-contrast')) return 'high-contrast';
  if (classes.contains('vscode-dark')) return 'dark';
  return 'light';
}

/** The theme part of Mermaid's configuration. High contrast: `base` with black and white and VS Code's contrast border colours. */
export function mermaidTheme(kind: ThemeKind): Pick<MermaidConfig, 'theme' | 'themeVariables'> {
  switch (kind) {
    case 'dark':
      return { theme: 'dark', themeVariables: { ...GANTT_DARK, ...FLOWCHART_DARK } };
    case 'high-contrast':
      return { theme: 'base', themeVariables: highContrast('#000000', '#ffffff', '#6fc3df', '#f38518') };
    case 'high-contrast-light':
      return { theme: 'base', themeVariables: highContrast('#ffffff', '#000000', '#0f4a85', '#b5200d') };
    default:
      return { theme: 'default', themeVariables: GANTT_LIGHT };
  }
}

/**
 * Gantt bars deep enough for their labels at 4.5:1 (Mermaid's own are not:
 * white on #8a90dd is 2.95:1, on #ff0000 4:1; #e2dcd6 on #e83737 3.07:1).
 * Critical stays red; in-progress and done keep their pale fills, whose
 * labels Mermaid writes dark.
 */
const GANTT_LIGHT = { taskBkgColor: '#4f56b8', taskBorderColor: '#343a8f', critBkgColor: '#c62828', critBorderColor: '#8e0000' };
const GANTT_DARK = { critBkgColor: '#b3261e', critBorderColor: '#ff8a80' };
/**
 * Edge labels (the grouped dependency graph's counts) on a background deep
 * enough for the dark theme's #cccccc text: Mermaid's #585858 gives 4.43:1,
 * this 7.2:1.
 */
const FLOWCHART_DARK = { edgeLabelBackground: '#3a3a3a' };

function highContrast(background: string, text: string, border: string, accent: string): Record<string, string | boolean> {
  return {
    darkMode: background === '#000000',
    background,
    mainBkg: background,
    primaryColor: background,
    secondaryColor: background,
    tertiaryColor: background,
    primaryTextColor: text,
    secondaryTextColor: text,
    tertiaryTextColor: text,
    textColor: text,
    lineColor: text,
    primaryBorderColor: border,
    secondaryBorderColor: border,
    tertiaryBorderColor: border,
    clusterBkg: background,
    clusterBorder: border,
    // gantt
    sectionBkgColor: background,
    altSectionBkgColor: background,
    sectionBkgColor2: background,
    taskBkgColor: border,
    taskBorderColor: text,
    taskTextColor: background,
    taskTextOutsideColor: text,
    taskTextLightColor: background,
    taskTextDarkColor: text,
    // In progress: outlined in the accent on the pane's colour. An accent fill would carry the
    // label in the text colour, which Mermaid writes on it: white on #f38518 is 2.57:1.
    activeTaskBkgColor: background,
    activeTaskBorderColor: accent,
    doneTaskBkgColor: background,
    doneTaskBorderColor: border,
    critBkgColor: accent,
    critBorderColor: text,
    gridColor: text,
    todayLineColor: accent,
    vertLineColor: accent,
  };
}

/** Calls `onChange` with the new kind whenever the body's theme class changes. */
export function watchTheme(onChange: (kind: ThemeKind) => void): void {
  let last = themeKind(document.body.classList);
  new MutationObserver(() => {
    const kind = themeKind(document.body.classList);
    if (kind === last) return;
    last = kind;
    onChange(kind);
  }).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}
