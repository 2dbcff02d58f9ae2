/**
 * Messages between the preview panel (client/src/preview, in the extension
 * host) and its webview (media/preview, in the browser). Types only, imported
 * with `import type` on both sides: nothing runs across this boundary but
 * `postMessage`, and the webview checks what arrives (media/preview/messages.ts)
 * before trusting it as a `ToWebview`. Mermaid text travels only in these
 * messages, never pasted into HTML.
 */
import type { DrawnView, GanttGroupBy, ViewName } from './views';

/** Extension → webview. */
export type ToWebview =
  | {
      type: 'update';
      /** The pack shown, kept in the webview's state so the panel can be restored after a reload. */
      uri?: string;
      /** Document version: a webview drops updates older than what it shows. */
      version: number;
      title: string;
      views: DrawnView[];
      /** Errors in the pack: shown as a banner that opens the Problems view. */
      errors: number;
      /** A portfolio, whose `errors` are those of all its files: the banner says the portfolio's. */
      portfolio?: { files: number };
      /** The revision the pack is compared with (roadmapPacks/compare), shown above the views with a Clear button. */
      comparedWith?: string;
      /** The pack's scenarios, for the picker (absent: it has none, and the picker is hidden). */
      scenarios?: ScenarioChoice[];
      options: PreviewOptions;
    }
  | { type: 'select'; view: ViewName };

/** A scenario of the pack, for the preview's picker (roadmapPacks/views answers them too). */
export interface ScenarioChoice {
  id: string;
  title: string;
}

export interface PreviewOptions {
  groupBy: GanttGroupBy;
  weekly: boolean;
  locked: boolean;
  /** The group drilled into from an aggregated view, if any. */
  focus?: string;
  /** The view it was drilled into in: only that view is narrowed, and offers Show all. */
  focusView?: ViewName;
  /** The scenario every view is drawn under; absent: the pack as written. */
  scenario?: string;
}

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  /** `view`: where a group (`GROUP_PREFIX` id) was clicked, the view its drill-down narrows. */
  | { type: 'reveal'; id: string; view?: ViewName }
  | { type: 'showProblems' }
  /** The Clear button of the comparison line: the pack is no longer compared with a revision. */
  | { type: 'clearComparison' }
  | { type: 'exportSvg'; svg: string; view: ViewName }
  | { type: 'copySource'; text: string; view: ViewName }
  | { type: 'setOption'; option: 'groupBy'; value: GanttGroupBy }
  | { type: 'setOption'; option: 'weekly'; value: boolean }
  | { type: 'setOption'; option: 'focus'; value: string | null }
  /** The scenario picker: null for the pack as written. */
  | { type: 'setOption'; option: 'scenario'; value: string | null }
  | { type: 'renderError'; view: ViewName; message: string }
  | { type: 'rendered'; view: ViewName; milliseconds: number };

/** What the webview keeps across reloads with `setState`. */
export interface WebviewState {
  uri: string;
  view: ViewName;
  zoom: number;
  scroll: { x: number; y: number };
  /** The scenario picked, so a restored preview draws under it again. */
  scenario?: string;
}
