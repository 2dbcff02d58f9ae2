/**
 * Messages between the preview panel (extension side) and its webview
 * (media/preview.js), declared once for both. The webview receives Mermaid
 * text only by message, never pasted into HTML.
 */

export type ViewName = 'gantt' | 'gates' | 'deps' | 'capacity' | 'board';
export type GanttGroupBy = 'quarter' | 'theme' | 'team';

/** One view of one version of the pack, as the server drew it. */
export interface DrawnView {
  view: ViewName;
  /** Mermaid source, one per diagram (capacity has one per team). */
  diagrams: string[];
  /** Mermaid id (`t3`, `n12`, …) → pack id, for click-to-source. */
  sourceMap: Record<string, string>;
  warnings: string[];
}

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
      options: PreviewOptions;
    }
  | { type: 'select'; view: ViewName };

export interface PreviewOptions {
  groupBy: GanttGroupBy;
  weekly: boolean;
  locked: boolean;
  /** The group drilled into from an aggregated view, if any. */
  focus?: string;
}

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; id: string }
  | { type: 'showProblems' }
  | { type: 'exportSvg'; svg: string; view: ViewName }
  | { type: 'copySource'; text: string }
  | { type: 'setOption'; option: 'groupBy'; value: GanttGroupBy }
  | { type: 'setOption'; option: 'weekly'; value: boolean }
  | { type: 'setOption'; option: 'focus'; value: string | null }
  | { type: 'renderError'; view: ViewName; message: string }
  | { type: 'rendered'; view: ViewName; milliseconds: number };

/** What the webview keeps across reloads with `setState`. */
export interface WebviewState {
  uri: string;
  view: ViewName;
  zoom: number;
  scroll: { x: number; y: number };
}
