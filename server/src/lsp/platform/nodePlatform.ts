import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Template, templatesFromSnippets } from '../../pack';
import { reportAssets } from '../../files/reportRenderer';
import { CheckPool } from '../checkPool';
import { ScanScope } from '../findFiles';
import { RulePages, rulePagesOf } from '../rulePages';
import { WorkspaceScan } from '../workspaceScan';
import type { ServerPlatform } from './serverPlatform';

/** The Node server's platform: rule pages and snippets read beside the bundle, closed files scanned from disk in worker threads. */
export function nodePlatform(): ServerPlatform {
  return {
    rulePages: readRulePages(),
    templates: readTemplates(),
    reportAssets,
    scanFolders: (workspace, folders, warn) => workspace.startScan((host) => new WorkspaceScan(host, new ScanScope(folders), () => new CheckPool(CheckPool.sizeFor(), warn))),
  };
}

/** The rule pages shipped beside the bundle (dist/../docs/rules), read once at start. */
export function readRulePages(dir = path.join(__dirname, '..', 'docs', 'rules')): RulePages {
  return rulePagesOf((code) => readOrUndefined(path.join(dir, `${code}.md`)));
}

/**
 * The pack snippets shipped beside the bundle (dist/../snippets), read once at
 * start: the file VS Code's "Insert Snippet" lists is the one completion
 * offers from, so a body is written once. A missing or broken file costs the
 * templates, never the server.
 */
export function readTemplates(file = path.join(__dirname, '..', 'snippets', 'roadmap-yaml.json')): Template[] {
  try {
    return templatesFromSnippets(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return [];
  }
}

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
