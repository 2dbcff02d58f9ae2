/**
 * What survives a reload of the webview (`setState`): the pack, the view,
 * zoom and scroll. A change is written at once (VS Code may drop a hidden
 * webview at any moment), except scrolling, which is written when it pauses.
 */
import type { WebviewState } from '../../protocol/webview';
import { isViewName } from './messages';
import { readState, writeState } from './vscodeApi';

/**
 * A stored zoom of FIT means "fit to width" (the default): the zoom follows
 * the drawing and the pane until the reader zooms. The protocol keeps a
 * number; 0 is no zoom a reader can choose.
 */
export const FIT = 0;

let current: WebviewState = restore(readState());
let pending: ReturnType<typeof setTimeout> | undefined;
const SCROLL_PAUSE_MS = 100;

export function state(): Readonly<WebviewState> {
  return current;
}

export function updateState(patch: Partial<WebviewState>): void {
  clearTimeout(pending);
  pending = undefined;
  current = { ...current, ...patch };
  writeState(current);
}

/** For continuous changes (scrolling): kept at once, written when they pause. */
export function updateStateSoon(patch: Partial<WebviewState>): void {
  current = { ...current, ...patch };
  clearTimeout(pending);
  pending = setTimeout(() => updateState({}), SCROLL_PAUSE_MS);
}

/** A stored state, checked field by field: a state from an older webview may lack some. */
export function restore(stored: Partial<WebviewState> | undefined): WebviewState {
  const zoom = typeof stored?.zoom === 'number' && Number.isFinite(stored.zoom) && stored.zoom > 0 ? stored.zoom : FIT;
  const scroll = stored?.scroll;
  return {
    uri: typeof stored?.uri === 'string' ? stored.uri : '',
    view: isViewName(stored?.view) ? stored.view : 'gantt',
    zoom,
    scroll: { x: finiteOr(scroll?.x, 0), y: finiteOr(scroll?.y, 0) },
    ...(typeof stored?.scenario === 'string' ? { scenario: stored.scenario } : {}),
  };
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
