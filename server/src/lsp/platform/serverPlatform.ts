import type { HtmlAssets, Template } from '../../pack';
import type { ScanFolder } from '../findFiles';
import type { RulePages } from '../rulePages';
import type { Workspace } from '../workspace';

/**
 * What differs between the Node server (the desktop, code-server) and the web
 * worker's (VS Code for the Web), handed to `startServer` by each entry
 * (`main.ts`, `browserMain.ts`): where the rule pages and snippets come from,
 * and whether closed files are scanned. Everything else is the same code.
 */
export interface ServerPlatform {
  rulePages: RulePages;
  templates: Template[];
  /** The renderer an HTML report inlines (dist/report.js beside the Node server); absent where there is none (the web). */
  reportAssets?: () => HtmlAssets | undefined;
  /** Checks the closed packs and briefs under the folders; absent where there is no file system to scan. */
  scanFolders?: (workspace: Workspace, folders: readonly ScanFolder[], warn: (message: string) => void) => Promise<void>;
}
