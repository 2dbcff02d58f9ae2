/**
 * The one handle on the VS Code webview API. `acquireVsCodeApi` may be called
 * only once per webview, so every module posts and stores state through here.
 */
import type { FromWebview, WebviewState } from '../../protocol/webview';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): WebviewState | undefined;
  setState(state: WebviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

export function post(message: FromWebview): void {
  api.postMessage(message);
}

export function readState(): WebviewState | undefined {
  return api.getState();
}

export function writeState(state: WebviewState): void {
  api.setState(state);
}
