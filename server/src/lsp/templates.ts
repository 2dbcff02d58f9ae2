import * as fs from 'node:fs';
import * as path from 'node:path';
import { templatesFromSnippets, type Template } from '../pack';

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
