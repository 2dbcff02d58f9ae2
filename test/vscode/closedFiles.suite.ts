import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { findFiles, readClosedFile } from '../../client/src/web/closedFileFeed';
import { EXAMPLE_PACK, fileUri, prepareWorkspace } from './helpers';

/**
 * What VS Code for the Web's extension reads for its web worker server
 * (client/src/web/closedFileFeed.ts), read here through the same
 * `vscode.workspace` API in code-server's extension host: the workspace's
 * packs and briefs, as they are on disk, and nothing an editor has open.
 */
describe('the closed files the web extension sends its server', () => {
  before(async () => {
    await prepareWorkspace();
  });

  it('finds every pack and brief of the workspace', async () => {
    const packs = (await findFiles('**/*.roadmap.{yaml,yml}')).map((uri) => uri.toString());
    const markdown = (await findFiles('**/*.{md,markdown}')).map((uri) => uri.toString());
    assert.ok(packs.includes(fileUri(EXAMPLE_PACK).toString()), packs.join('\n'));
    assert.ok(markdown.includes(fileUri('platform-reliability/briefs/tracing.md').toString()), markdown.join('\n'));
  });

  it('reads a closed brief as it is on disk, and leaves an open pack to the editor', async () => {
    const brief = fileUri('platform-reliability/briefs/tracing.md');
    const read = await readClosedFile(brief);
    assert.equal(read?.uri, brief.toString());
    assert.equal(read?.text, readFileSync(brief.fsPath, 'utf8'));
    assert.ok(vscode.workspace.textDocuments.some((document) => document.uri.toString() === fileUri(EXAMPLE_PACK).toString()), 'the example pack is open');
    assert.equal(await readClosedFile(fileUri(EXAMPLE_PACK)), undefined);
  });
});
