/**
 * Folders no search for packs enters, by name: dependencies, build output and
 * caches never hold a user's packs, and often hold a great many files. Dot-folders
 * (.git, .cache, .vscode-test…) likewise. The editor's workspace scan and
 * `roadmap-pack check` share this list, so both see the same files.
 */
const SKIPPED = new Set(['node_modules', 'bower_components', 'jspm_packages', '__pycache__', 'venv', 'out', 'dist']);

export function isSkippedFolder(name: string): boolean {
  return SKIPPED.has(name) || name.startsWith('.');
}
