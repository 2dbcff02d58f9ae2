import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Location, Position } from 'vscode-languageclient';

/**
 * The server's code lenses carry LSP locations; editor.action.showReferences
 * wants VS Code ones, so this command converts them (as vscode-eslint and the
 * TypeScript extension do) and opens the references peek.
 */
export function registerShowReferences(client: BaseLanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('roadmapPacks.showReferences', (uri: string, position: Position, locations: Location[]) => {
    const converter = client.protocol2CodeConverter;
    return vscode.commands.executeCommand(
      'editor.action.showReferences',
      converter.asUri(uri),
      converter.asPosition(position),
      locations.map((location) => converter.asLocation(location)),
    );
  });
}
