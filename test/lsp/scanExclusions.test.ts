import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';

const pack = (id: string) => `pack: 1\ntitle: ${id}\nhorizon: 2026-Q3..2026-Q4\ninitiatives:\n  - id: ${id}\n    title: ${id}\n`;

describe('language server workspace scan: what it leaves alone', function () {
  this.timeout(30000);

  it('skips what files.exclude names, what .gitignore ignores, dependency folders and files over the size limit', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'roadmap-lsp-scan-'));
    const files: Record<string, string> = {
      '.gitignore': 'generated/\n*.tmp.roadmap.yaml\n',
      'generated/output.roadmap.yaml': pack('output'),
      'scratch.tmp.roadmap.yaml': pack('scratch'),
      'kept.roadmap.yaml': pack('kept'),
      'corpus/excluded.roadmap.yaml': pack('excluded'),
      'notes/draft.roadmap.yaml': pack('draft'),
      'bower_components/lib/dependency.roadmap.yaml': pack('dependency'),
      'huge.roadmap.yaml': pack('huge') + '# padding\n'.repeat(2000),
      // Scanned after every pack: once it is published, the packs' part of the scan is over.
      'briefs/last.md': '---\ninitiative: kept\n---\n# Last\n',
    };
    writeFiles(folder, files);
    const uri = (name: string) => pathToFileURL(join(folder, name)).toString();
    const client = new LspClient();
    client.sections = { 'files.exclude': { corpus: true, '**/{notes,scratch}': true, 'kept.roadmap.yaml': false, '**/*.js': { when: '$(basename).ts' } } };
    try {
      await client.initialize(folder, { debounce: 0, maxFileSize: 10_000 });
      await client.diagnostics(uri('briefs/last.md'));
      assert.ok(client.hasPublished(uri('kept.roadmap.yaml')));
      for (const name of ['generated/output.roadmap.yaml', 'scratch.tmp.roadmap.yaml', 'corpus/excluded.roadmap.yaml', 'notes/draft.roadmap.yaml', 'bower_components/lib/dependency.roadmap.yaml', 'huge.roadmap.yaml']) {
        assert.ok(!client.hasPublished(uri(name)), `${name} is not scanned`);
      }
    } finally {
      await client.stop();
    }
  });

  it('leaves alone a file created later where the scan would not look', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'roadmap-lsp-created-'));
    writeFiles(folder, { '.gitignore': 'generated/\n', 'plan.roadmap.yaml': pack('plan') });
    const uri = (name: string) => pathToFileURL(join(folder, name)).toString();
    const client = new LspClient();
    client.sections = { 'files.exclude': { corpus: true } };
    try {
      await client.initialize(folder, { debounce: 0 });
      await client.diagnostics(uri('plan.roadmap.yaml'));
      const outOfScope = ['node_modules/pkg/a.roadmap.yaml', 'generated/b.roadmap.yaml', 'corpus/c.roadmap.yaml', '.cache/d.roadmap.yaml', 'generated/brief.md'];
      // Written last, in scope: once it is published, the events before it have been handled.
      const inScope = 'later/e.roadmap.yaml';
      writeFiles(folder, Object.fromEntries([...outOfScope, inScope].map((name) => [name, name.endsWith('.md') ? '---\ninitiative: plan\n---\n# B\n' : pack('late')])));
      const changes = [...outOfScope, inScope].map((name) => ({ uri: uri(name), type: FileChangeType.Created }));
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
      await client.diagnostics(uri(inScope));
      for (const name of outOfScope) assert.ok(!client.hasPublished(uri(name)), `${name} is not checked`);
    } finally {
      await client.stop();
    }
  });
});

function writeFiles(folder: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
}
