/**
 * Shared by the extension-host suites: the test workspace, waiting for
 * diagnostics by event (never by sleeping), positions in a document.
 *
 * The workspace a runner opens (scripts/testWorkspace.mjs) starts empty, with
 * the files to test staged beside it in `../source`: nothing in it can
 * activate the extension at startup, so the first suite measures a cold
 * activation, from opening the first pack to its first diagnostics.
 */
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'roadmap-packs.roadmap-packs';
export const EXAMPLE_PACK = 'platform-reliability/platform-reliability.roadmap.yaml';
/** Generous: the first check also starts the language server. Every wait also ends on its event. */
export const WAIT_MS = 30_000;

/** Tags each line it prints, so that a runner can pick the tests' output out of the workbench log. */
export const REPORT_TAG = '[rp] ';

export function report(text: string): void {
  console.log(text.split('\n').map((line) => REPORT_TAG + line).join('\n'));
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test window has no workspace folder');
  return folder.uri.fsPath;
}

export function fileUri(relative: string): vscode.Uri {
  return vscode.Uri.file(join(workspaceRoot(), relative));
}

export interface Activation {
  /** The extension was already active when the suites began (the workspace was not the staged one). */
  alreadyActive: boolean;
  /** From opening the first pack to `activate()` resolving (language client started). */
  activatedMs: number;
  /** From opening the first pack to its first diagnostics. */
  firstDiagnosticsMs: number;
}

let prepared: Promise<Activation> | undefined;

/**
 * Copies the staged files into the workspace, opens the example pack and
 * waits for its diagnostics. Runs once, whichever suite asks first.
 */
export function prepareWorkspace(): Promise<Activation> {
  prepared ??= (async () => {
    const root = workspaceRoot();
    const source = join(root, '..', 'source');
    if (existsSync(source)) for (const name of readdirSync(source)) cpSync(join(source, name), join(root, name), { recursive: true, force: false, errorOnExist: false });
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const alreadyActive = extension.isActive;
    const started = performance.now();
    const uri = fileUri(EXAMPLE_PACK);
    const diagnostics = waitForDiagnostics(uri, (found) => found.length > 0, 'the first diagnostics of the example pack');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'roadmap-yaml');
    await extension.activate();
    const activatedMs = performance.now() - started;
    await diagnostics;
    const firstDiagnosticsMs = performance.now() - started;
    return { alreadyActive, activatedMs, firstDiagnosticsMs };
  })();
  return prepared;
}

/** The rule code of a diagnostic (the server sends it with a link to the rule's page). */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code ?? '');
}

export function codesOf(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map(codeOf);
}

/**
 * Resolves with the diagnostics of `uri` as soon as `predicate` accepts them:
 * at once if it already does, else on the `onDidChangeDiagnostics` event that
 * makes it so. Rejects after `timeoutMs`, saying what was there.
 */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (diagnostics: vscode.Diagnostic[]) => boolean, what = 'diagnostics', timeoutMs = WAIT_MS): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      const current = vscode.languages.getDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line + 1}: ${d.message}`);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} of ${vscode.workspace.asRelativePath(uri)}; it has ${current.length ? current.join('\n  ') : 'none'}`));
    }, timeoutMs);
    function finish() {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

/** Resolves when `condition` holds, checked at once and on each firing of `event`; rejects after `timeoutMs`. */
export function waitForEvent<T>(event: vscode.Event<T>, condition: () => boolean, what: string, timeoutMs = WAIT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    if (condition()) return resolve();
    const subscription = event(() => {
      if (!condition()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
  });
}

/** Zero-based position of the n-th occurrence of `needle` in the document, `into` characters in. */
export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 1, into = 0): vscode.Position {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `${needle} (occurrence ${i + 1}) not found in ${vscode.workspace.asRelativePath(document.uri)}`);
  }
  return document.positionAt(index + into);
}

export async function openPack(relative: string): Promise<{ uri: vscode.Uri; document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const uri = fileUri(relative);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  return { uri, document, editor };
}

export function markdownOf(hover: vscode.Hover): string {
  return hover.contents.map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
}
