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

/**
 * What the desktop's and the web's clients share: the documents and settings
 * they send the server. `fileEvents`: whether the server reads changed files
 * itself (Node); the web's cannot, and the extension sends their text instead
 * (web/closedFileFeed.ts).
 */
export function clientOptions(schemes: readonly string[], { fileEvents }: { fileEvents: boolean }): LanguageClientOptions {
  return {
    documentSelector: packSelector(schemes),
    synchronize: {
      // Settings changes reach the server without a reload; pack files changed on disk are re-checked.
      configurationSection: 'roadmapPacks',
      fileEvents: fileEvents ? [vscode.workspace.createFileSystemWatcher('**/*.roadmap.{yaml,yml}'), vscode.workspace.createFileSystemWatcher('**/*.md')] : [],
    },
    diagnosticCollectionName: 'roadmap',
    middleware: rulePageMiddleware,
  };
}
