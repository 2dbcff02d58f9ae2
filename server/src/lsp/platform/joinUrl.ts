/** A relative path joined to a hierarchical URI (`vscode-vfs://…`), as a URL; `undefined` when the URI has no place to join to (`untitled:`). */
export function joinUrl(documentUri: string, relative: string): string | undefined {
  try {
    return new URL(relative, documentUri).toString();
  } catch {
    return undefined;
  }
}
