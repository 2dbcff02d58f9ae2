/** Lookups of the shell's elements (client/src/preview/html.ts) and small DOM helpers. */

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The preview HTML has no #${id}`);
  return element as T;
}

export const elements = {
  tabs: () => byId('rp-tabs'),
  groupLabel: () => byId('rp-group'),
  groupBy: () => byId<HTMLSelectElement>('rp-group-by'),
  weeklyLabel: () => byId('rp-weekly-label'),
  weekly: () => byId<HTMLInputElement>('rp-weekly'),
  zoomIn: () => byId<HTMLButtonElement>('rp-zoom-in'),
  zoomOut: () => byId<HTMLButtonElement>('rp-zoom-out'),
  zoomReset: () => byId<HTMLButtonElement>('rp-zoom-reset'),
  copy: () => byId<HTMLButtonElement>('rp-copy'),
  exportSvg: () => byId<HTMLButtonElement>('rp-export'),
  showAll: () => byId<HTMLButtonElement>('rp-show-all'),
  scenarioLabel: () => byId('rp-scenario-label'),
  scenario: () => byId<HTMLSelectElement>('rp-scenario'),
  banner: () => byId('rp-banner'),
  bannerText: () => byId('rp-banner-text'),
  showProblems: () => byId<HTMLButtonElement>('rp-show-problems'),
  compared: () => byId('rp-compared'),
  comparedText: () => byId('rp-compared-text'),
  clearComparison: () => byId<HTMLButtonElement>('rp-clear-comparison'),
  hint: () => byId('rp-hint'),
  compactNote: () => byId('rp-compact'),
  compactToggle: () => byId<HTMLButtonElement>('rp-compact-toggle'),
  error: () => byId('rp-error'),
  viewport: () => byId('rp-viewport'),
  sizer: () => byId('rp-sizer'),
  canvas: () => byId('rp-canvas'),
  status: () => byId('rp-status'),
};

/** Shows `text` (as text, never markup) in `element`, or hides it when empty. */
export function showText(element: HTMLElement, text: string): void {
  element.textContent = text;
  element.hidden = text === '';
}
