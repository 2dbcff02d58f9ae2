import * as vscode from 'vscode';
import type { DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { rulePageMiddleware } from './openRule';

/**
 * The documents the server serves, in the given URI schemes: packs by their
 * own language id, so Red Hat's YAML extension leaves them alone; Markdown
 * for briefs and ```roadmap blocks (the server ignores Markdown that is neither).
 */
export function packSelector(schemes: readonly string[]): DocumentSelector {
  return schemes.flatMap((scheme) => [
    { scheme, language: 'roadmap-yaml' },
    { scheme, language: 'markdown' },
  ]);
}

/** What the desktop's and the web's clients share: the documents, settings and file events they send the server. */
export function clientOptions(schemes: readonly string[]): LanguageClientOptions {
  return {
    documentSelector: packSelector(schemes),
    synchronize: {
      // Settings changes reach the server without a reload; pack files changed on disk are re-checked.
      configurationSection: 'roadmapPacks',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.roadmap.{yaml,yml}'), vscode.workspace.createFileSystemWatcher('**/*.md')],
    },
    diagnosticCollectionName: 'roadmap',
    middleware: rulePageMiddleware,
  };
}
