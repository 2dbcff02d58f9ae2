/**
 * The toolbar, the error banner and the hint line: state shown from an
 * update, and user actions handed to the caller. Text from the pack or the
 * server is only ever set with `textContent`.
 */
import { GANTT_GROUPS } from '../../protocol/views';
import type { DrawnView, GanttGroupBy, ViewName } from '../../protocol/views';
import type { PreviewOptions, ScenarioChoice } from '../../protocol/webview';
import { elements, showText } from './dom';

export interface ToolbarActions {
  select(view: ViewName): void;
  groupBy(value: GanttGroupBy): void;
  weekly(value: boolean): void;
  /** A scenario picked, or null for the pack as written. */
  scenario(id: string | null): void;
  zoomIn(): void;
  zoomOut(): void;
  zoomReset(): void;
  copy(): void;
  exportSvg(): void;
  showProblems(): void;
  showAll(): void;
  clearComparison(): void;
}

export function bindToolbar(actions: ToolbarActions): void {
  elements.tabs().addEventListener('click', (event) => {
    const tab = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-view]') : null;
    if (tab) actions.select(tab.dataset.view as ViewName);
  });
  elements.groupBy().addEventListener('change', () => {
    const value = elements.groupBy().value as GanttGroupBy;
    if (GANTT_GROUPS.includes(value)) actions.groupBy(value);
  });
  elements.weekly().addEventListener('change', () => actions.weekly(elements.weekly().checked));
  elements.scenario().addEventListener('change', () => actions.scenario(elements.scenario().value === AS_WRITTEN ? null : elements.scenario().value));
  onClick(elements.zoomIn(), actions.zoomIn);
  onClick(elements.zoomOut(), actions.zoomOut);
  onClick(elements.zoomReset(), actions.zoomReset);
  onClick(elements.copy(), actions.copy);
  onClick(elements.exportSvg(), actions.exportSvg);
  onClick(elements.showProblems(), actions.showProblems);
  onClick(elements.showAll(), actions.showAll);
  onClick(elements.clearComparison(), actions.clearComparison);
}

function onClick(button: HTMLButtonElement, action: () => void): void {
  button.addEventListener('click', () => action());
}

/** Views with something to show: the board only when the server drew its columns. */
export function availableViews(views: readonly DrawnView[]): ViewName[] {
  return views.filter((drawn) => drawn.view !== 'board' || drawn.board !== undefined).map((drawn) => drawn.view);
}

export function showTabs(available: readonly ViewName[], selected: ViewName): void {
  for (const tab of elements.tabs().querySelectorAll<HTMLButtonElement>('button[data-view]')) {
    const view = tab.dataset.view as ViewName;
    tab.hidden = !available.includes(view);
    tab.setAttribute('aria-selected', String(view === selected));
    tab.classList.toggle('rp-selected', view === selected);
  }
  elements.groupLabel().hidden = selected !== 'gantt';
  elements.weeklyLabel().hidden = selected !== 'capacity';
  // The metrics, forecast and board views are HTML: their source is Markdown, and they have no SVG to export.
  const table = selected === 'metrics' || selected === 'forecast' || selected === 'board';
  elements.copy().textContent = table ? 'Copy Markdown' : 'Copy Mermaid';
  elements.exportSvg().hidden = table;
}

export function showOptions(options: PreviewOptions): void {
  elements.groupBy().value = options.groupBy;
  elements.weekly().checked = options.weekly;
}

/** The picker's value for the pack as written: no scenario id is empty. */
const AS_WRITTEN = '';

/** The scenario picker, shown only for a pack with scenarios; ids and titles are set as text. */
export function showScenarios(scenarios: readonly ScenarioChoice[] | undefined, picked: string | undefined): void {
  const select = elements.scenario();
  elements.scenarioLabel().hidden = !scenarios || scenarios.length === 0;
  const choices = [{ value: AS_WRITTEN, text: 'As written' }, ...(scenarios ?? []).map((scenario) => ({ value: scenario.id, text: scenario.title && scenario.title !== scenario.id ? `${scenario.id}: ${scenario.title}` : scenario.id }))];
  const same = select.options.length === choices.length && choices.every((choice, index) => select.options[index].value === choice.value && select.options[index].textContent === choice.text);
  if (!same) {
    select.replaceChildren(
      ...choices.map((choice) => {
        const option = document.createElement('option');
        option.value = choice.value;
        option.textContent = choice.text;
        return option;
      }),
    );
  }
  select.value = picked ?? AS_WRITTEN;
}

/** Show all, on the view that is drilled into only (an update without `focusView` narrows every view). */
export function showFocus(options: PreviewOptions, view: ViewName | undefined): void {
  elements.showAll().hidden = options.focus === undefined || (options.focusView !== undefined && options.focusView !== view);
}

/** `portfolio`: the errors are those of a portfolio's files, its own and its members'. */
export function showBanner(errors: number, portfolio?: { files: number }): void {
  const counted = `${errors} ${errors === 1 ? 'error' : 'errors'}`;
  const text = errors === 0 ? '' : portfolio ? `The portfolio has ${counted} across its ${portfolio.files} files; the preview draws what is valid.` : `The pack has ${counted}; the preview draws what is valid.`;
  elements.bannerText().textContent = text;
  elements.banner().hidden = text === '';
}

/** "Compared with HEAD" and its Clear button while the pack is compared with a revision (the Gantt draws the old bars as ghosts). */
export function showComparison(ref: string | undefined): void {
  elements.comparedText().textContent = ref === undefined ? '' : `Compared with ${ref}: old dates as outlined ghost bars, slips in the warning colour.`;
  elements.compared().hidden = ref === undefined;
  // The compared Gantt groups by change (moved, removed, unchanged, gates): a grouping picked meanwhile would change nothing.
  elements.groupBy().disabled = ref !== undefined;
  elements.groupBy().title = ref === undefined ? '' : 'While compared with a revision the Gantt groups by change; clear the comparison to group by quarter, theme or team.';
}

export function showHint(warnings: readonly string[]): void {
  showText(elements.hint(), warnings.join(' '));
}

export function showError(message: string): void {
  showText(elements.error(), message);
}

export function showStatus(message: string): void {
  elements.status().textContent = message;
}

export function setZoomLabel(zoom: number): void {
  elements.zoomReset().textContent = `${Math.round(zoom * 100)}%`;
}
