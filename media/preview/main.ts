/**
 * The preview webview: receives drawn views by message (client/src/preview/
 * messages.ts), renders the selected one with Mermaid, and reports clicks,
 * options and exports back to the extension.
 */
import { GROUP_PREFIX, VIEWS } from '../../protocol/views';
import type { DrawnView, ViewName } from '../../protocol/views';
import { linkAt, linkElement, markLinks } from './clicks';
import { elements } from './dom';
import { chooseDrawing, showCompactNote } from './compact';
import { exportSvg } from './exportSvg';
import { legendFor } from './legend';
import { markComparison } from './comparison';
import { Update, asMessage } from './messages';
import { boardElement } from './board';
import { dashboardElement } from './metrics';
import { forecastElement } from './forecast';
import { CHART_HEIGHT, drawDiagrams } from './render';
import { drawLater, firstScreen, PENDING_CLASS, placeholders } from './laterCharts';
import { addEdgeHovers } from './edgeHover';
import { FIT, state, updateState, updateStateSoon } from './state';
import { themeKind, watchTheme } from './theme';
import { availableViews, bindToolbar, setZoomLabel, showBanner, showComparison, showError, showFocus, showHint, showOptions, showScenarios, showStatus, showTabs } from './toolbar';
import { post } from './vscodeApi';
import { ZoomPan } from './zoom';

let shown: Update | undefined;
/** Bumped by every draw: an await that comes back to an older token drops its work. */
let token = 0;
let theme = themeKind(document.body.classList);
/** The view whose drawing is in the canvas (what Export SVG saves), and what it was drawn from. */
let placed: ViewName | undefined;
let placedKey = '';
/** The view as placed: the dependency graph's compact copy in place of the detailed one when that is what is shown (what Copy copies). */
let placedDrawn: DrawnView | undefined;
/** The reader asked for the detailed dependency graph although it is too small to read in the pane (until another pack). */
let detailed = false;
let drawnWidth = 0;
/** Draws the placed view's charts still to draw (capacity's below the first screen), for as long as `isCurrent` says. */
let later: ((isCurrent: () => boolean) => Promise<void>) | undefined;
/** The drawing of later charts under way: one at a time, so two never draw the same placeholder. */
let laterRun: Promise<void> = Promise.resolve();
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
/** Set by a pack's first update: its first draw may open another view than the stored one (`openingView`). */
let opening = false;
const CANVAS_PADDING = 8; // .rp-canvas in preview.css
/** Below this a chart is unreadable however it is laid out: the pane scrolls instead. */
const MIN_WIDTH = 320;
const SCROLLBAR = 16;

const zoom = new ZoomPan(
  { viewport: elements.viewport(), sizer: elements.sizer(), canvas: elements.canvas() },
  {
    zoomed: (level, scroll) => {
      setZoomLabel(level);
      updateState({ zoom: fitting() ? FIT : level, scroll });
    },
    wheeled: () => chooseZoom(),
    scrolled: (scroll) => updateStateSoon({ scroll }),
  },
);

function start(): void {
  // Marks of the first paint's phases, read by bench/firstPaintBench.ts (with rp-bundle-start, scripts/buildWebview.mjs).
  performance.mark('rp-main');
  bindToolbar({
    select: selectView,
    groupBy: (value) => post({ type: 'setOption', option: 'groupBy', value }),
    weekly: (value) => post({ type: 'setOption', option: 'weekly', value }),
    scenario: (value) => {
      updateState({ scenario: value ?? undefined });
      post({ type: 'setOption', option: 'scenario', value });
    },
    zoomIn: () => (chooseZoom(), zoom.zoomIn()),
    zoomOut: () => (chooseZoom(), zoom.zoomOut()),
    zoomReset: fitToWidth,
    copy: copySource,
    exportSvg: () => void exportView(),
    showProblems: () => post({ type: 'showProblems' }),
    showAll: () => post({ type: 'setOption', option: 'focus', value: null }),
    clearComparison: () => post({ type: 'clearComparison' }),
  });
  elements.canvas().addEventListener('click', onCanvasClick);
  elements.compactToggle().addEventListener('click', toggleDetailed);
  window.addEventListener('message', (event: MessageEvent<unknown>) => onMessage(event.data));
  window.addEventListener('resize', onResize);
  watchTheme((kind) => {
    theme = kind;
    void draw();
  });
  setZoomLabel(fitting() ? 1 : state().zoom);
  // Before the first update: every view but the board, which only now-next-later packs have.
  showTabs(VIEWS.filter((view) => view !== 'board'), state().view);
  post({ type: 'ready' });
}

function onMessage(data: unknown): void {
  const message = asMessage(data);
  if (message?.type === 'select') selectView(message.view);
  if (message?.type === 'update') accept(message);
}

/** Takes an update unless it is older than what is shown (a new pack starts afresh). */
function accept(update: Update): void {
  const newPack = update.uri !== undefined && update.uri !== state().uri;
  if (shown && !newPack && update.version < shown.version) return;
  if (newPack) updateState({ uri: update.uri, scroll: { x: 0, y: 0 } });
  if (newPack) detailed = false;
  if (!shown) performance.mark('rp-first-update');
  opening = opening || newPack || !shown;
  shown = update;
  showOptions(update.options);
  showScenarios(update.scenarios, update.options.scenario);
  showBanner(update.errors, update.portfolio);
  showComparison(update.comparedWith);
  void draw();
}

function selectView(view: ViewName): void {
  if (view === state().view || (shown && !availableViews(shown.views).includes(view))) return;
  updateState({ view, scroll: { x: 0, y: 0 } });
  void draw();
}

/** The view to draw: the selected one if the pack has it, else the first it has; on opening a pack, one with a drawing. */
function currentView(update: Update): DrawnView | undefined {
  const available = availableViews(update.views);
  let view: ViewName | undefined = available.includes(state().view) ? state().view : available[0];
  if (opening) view = openingView(update, available, view);
  opening = false;
  if (view !== undefined && view !== state().view) updateState({ view });
  showTabs(available, view ?? state().view);
  return update.views.find((drawn) => drawn.view === view);
}

/**
 * A pack opens on the stored view when it has something to draw, else on the
 * board when that has (a now-next-later pack's gantt has no bars), else on
 * the first view that has.
 */
function openingView(update: Update, available: ViewName[], view: ViewName | undefined): ViewName | undefined {
  const drawable = (name: ViewName) => update.views.some((drawn) => drawn.view === name && (drawn.board !== undefined || drawn.diagrams.some((text) => text.trim() !== '')));
  if (view !== undefined && drawable(view)) return view;
  return (['board', ...available] as ViewName[]).find((name) => available.includes(name) && drawable(name)) ?? view;
}

async function draw(): Promise<void> {
  const mine = ++token;
  if (!shown) return;
  const drawn = currentView(shown);
  showFocus(shown.options, drawn?.view);
  showHint(drawn?.warnings ?? []);
  if (drawn?.view !== placedDrawn?.view || !drawn?.compact) showCompactNote(elements.compactNote(), undefined, detailed);
  if (drawn?.dashboard) return placeTable(drawn, drawn.dashboard, () => dashboardElement(drawn.dashboard!, linkElement));
  if (drawn?.board) return placeTable(drawn, drawn.board, () => boardElement(drawn.board!, linkElement));
  if (drawn?.forecast) return placeTable(drawn, drawn.forecast, () => forecastElement(drawn.forecast!, linkElement));
  const texts = (drawn?.diagrams ?? []).filter((text) => text.trim() !== '');
  if (!drawn || texts.length === 0) return showNothing(drawn ? 'Nothing to draw in this view.' : '');
  const look = { theme, width: paneWidth(), view: drawn.view, axis: drawn.axis, todays: drawn.todays };
  const key = JSON.stringify([drawn.view, texts, drawn.sourceMap, theme, look.width, drawn.todays, drawn.compact?.text, detailed, drawn.comparison]);
  // An edit that leaves this view's text alone (a description, another view's option) draws nothing again (but the charts still to draw, which it stopped).
  if (key === placedKey) {
    resumeLater(mine);
    return post({ type: 'rendered', view: drawn.view, milliseconds: 0 });
  }
  showStatus('Drawing…');
  const isCurrent = () => mine === token;
  // Capacity: the first screen's charts now, the others after `rendered` (laterCharts.ts).
  const first = drawn.view === 'capacity' ? firstScreen(texts.length, elements.viewport().clientHeight, CHART_HEIGHT) : texts.length;
  const detailedOutcome = await drawDiagrams(texts.slice(0, first), look, isCurrent);
  const outcome = detailedOutcome.kind === 'drawn' ? await chooseDrawing(drawn, detailedOutcome, look, detailed, isCurrent) : detailedOutcome;
  if (outcome.kind === 'stale') return;
  showStatus('');
  if (outcome.kind === 'failed') return failed(drawn.view, outcome.message);
  showHint(outcome.shown.warnings);
  showCompactNote(elements.compactNote(), outcome, detailed);
  place([...outcome.diagrams, ...placeholders(outcome.diagrams, texts.length - first)], outcome.shown);
  placedKey = key;
  if (performance.getEntriesByName('rp-first-drawn').length === 0) performance.mark('rp-first-drawn');
  later = (current) => drawLater(texts, look, elements.canvas(), current, (diagram) => marked(diagram, outcome.shown));
  post({ type: 'rendered', view: drawn.view, milliseconds: Math.round(outcome.milliseconds) });
  if (first < texts.length) void resumeLater(mine);
}

/** Goes on drawing the placed view's later charts (laterCharts.ts) under the draw `mine`, after any drawing of them under way. */
function resumeLater(mine: number): Promise<void> {
  laterRun = laterRun.then(() => later?.(() => mine === token));
  return laterRun;
}

/** Click-to-source and edge hovers on a drawing's SVGs. */
function marked(diagram: HTMLElement, drawn: DrawnView): void {
  const sourceMap = new Map(Object.entries(drawn.sourceMap));
  for (const svg of diagram.querySelectorAll('svg')) {
    markLinks(svg, sourceMap);
    addEdgeHovers(svg, drawn.edgeTips);
  }
}

/** New drawings in, clickable marks on, zoom and scroll as they were. */
function place(diagrams: HTMLElement[], drawn: DrawnView): void {
  const { scroll } = state();
  showError('');
  elements.canvas().replaceChildren(...diagrams);
  markComparison(diagrams, drawn.comparison);
  const legend = legendFor(drawn.view, diagrams);
  if (legend) elements.canvas().append(legend);
  marked(elements.canvas(), drawn);
  zoom.restore(fitting() ? zoom.fitLevel() : state().zoom, scroll);
  placed = drawn.view;
  placedDrawn = drawn;
  drawnWidth = paneWidth();
}

/** The note's button: the detailed dependency graph, or back to the one by group. */
function toggleDetailed(): void {
  detailed = !detailed;
  void draw();
}

/** The metrics, forecast and board views: HTML, no Mermaid; the theme reaches it through CSS variables, so it is built once per content. */
function placeTable(drawn: DrawnView, content: unknown, build: () => HTMLElement): void {
  const key = JSON.stringify([drawn.view, content]);
  if (key === placedKey) return post({ type: 'rendered', view: drawn.view, milliseconds: 0 });
  const start = performance.now();
  const { scroll } = state();
  showStatus('');
  showError('');
  elements.canvas().replaceChildren(build());
  // The stored zoom is FIT (0) while fitting: a level of 0 would draw the table at no size at all.
  zoom.restore(fitting() ? zoom.fitLevel() : state().zoom, scroll);
  placed = drawn.view;
  placedDrawn = drawn;
  placedKey = key;
  // At least 1: 0 means "nothing drawn again" (the key above).
  post({ type: 'rendered', view: drawn.view, milliseconds: Math.max(1, Math.round(performance.now() - start)) });
}

function failed(view: ViewName, message: string): void {
  placed = undefined;
  placedDrawn = undefined;
  placedKey = '';
  elements.canvas().replaceChildren();
  showError(`This view could not be drawn: ${message}`);
  post({ type: 'renderError', view, message });
}

function showNothing(message: string): void {
  showStatus('');
  showError('');
  placed = undefined;
  placedDrawn = undefined;
  placedKey = '';
  const note = document.createElement('p');
  note.className = 'rp-empty';
  note.textContent = message;
  elements.canvas().replaceChildren(...(message ? [note] : []));
  zoom.layout();
}

/**
 * The width a diagram fills (Mermaid would take the body's): the viewport's,
 * less the canvas's padding and room for a scrollbar, so that a scrollbar
 * appearing does not change it. The gantt and the capacity charts follow it.
 */
function paneWidth(): number {
  return Math.max(MIN_WIDTH, elements.viewport().offsetWidth - 2 * CANVAS_PADDING - SCROLLBAR);
}

/** A resized panel re-draws the view to its new width, once the resizing stops (or, fitting, zooms it to the new width). */
function onResize(): void {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (placed === 'metrics' || placed === 'forecast' || placed === 'board') zoom.layout(); // the table (the board's grid) follows the pane's width: the scroll area follows it
    else if (placed !== undefined && Math.abs(paneWidth() - drawnWidth) > 40) void draw();
    else if (placed !== undefined && fitting()) zoom.restore(zoom.fitLevel(), state().scroll);
  }, 250);
}

/** Fit to width is the default zoom, and what the zoom's reset button goes back to. */
function fitting(): boolean {
  return state().zoom === FIT;
}

function fitToWidth(): void {
  updateState({ zoom: FIT });
  zoom.zoomTo(zoom.fitLevel());
}

/** The reader zooms: from now on the zoom is theirs, kept across drawings and reloads. */
function chooseZoom(): void {
  if (fitting()) updateState({ zoom: zoom.zoom });
}

function onCanvasClick(event: MouseEvent): void {
  if (zoom.consumeDrag()) return;
  const id = linkAt(event.target, elements.canvas());
  // A group's drill-down belongs to the view it was clicked in.
  if (id !== undefined) post(id.startsWith(GROUP_PREFIX) && placed !== undefined ? { type: 'reveal', id, view: placed } : { type: 'reveal', id });
}

function shownView(): DrawnView | undefined {
  return shown?.views.find((drawn) => drawn.view === state().view);
}

function copySource(): void {
  const drawn = placedDrawn?.view === state().view ? placedDrawn : shownView();
  if (drawn) post({ type: 'copySource', text: drawn.text, view: drawn.view });
}

/** Export saves the whole view: capacity's charts still to draw are drawn first (an update meanwhile restarts their drawing). */
async function exportView(): Promise<void> {
  while (later && elements.canvas().querySelector(`.${PENDING_CLASS}`)) await resumeLater(token);
  const svg = exportSvg(elements.canvas());
  if (placed && svg) post({ type: 'exportSvg', svg, view: placed });
}

start();
