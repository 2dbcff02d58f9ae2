import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { rulePages, snippets } from 'roadmap-packs:shipped';
import { templatesFromSnippets } from '../pack';
import { rulePagesOf } from './rulePages';
import { startServer } from './server';

/**
 * The language server in a web worker (VS Code for the Web: vscode.dev,
 * github.dev), for the extension's `browser` entry: the same server as
 * main.ts's, over the worker's messages, with the rule pages and snippets
 * built into the bundle and no scan of closed files (the bundle's `Disk` is
 * platform/disk.browser.ts). The worker's global scope is its port.
 */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), {
  rulePages: rulePagesOf((code) => rulePages[code]),
  templates: safeTemplates(),
});

/** A broken snippets file costs the templates, never the server (as on Node). */
function safeTemplates() {
  try {
    return templatesFromSnippets(snippets);
  } catch {
    return [];
  }
}
