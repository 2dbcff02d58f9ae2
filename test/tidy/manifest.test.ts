/**
 * What other tools read from the manifest and the schema: Red Hat YAML's
 * `yamlValidation`, the SchemaStore catalog entry docs/editors.md gives, and
 * the fields Open VSX refuses a .vsix without. Each names the same files as
 * the language's file patterns, and the same URL as the schema's `$id`.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { repoPath } from '../helpers/repoRoot';

interface Manifest {
  name?: string;
  publisher?: string;
  version?: string;
  license?: string;
  repository?: { url?: string };
  engines?: { vscode?: string };
  enabledApiProposals?: string[];
  contributes: {
    languages: { id: string; filenamePatterns?: string[] }[];
    yamlValidation?: { fileMatch: string[]; url: string }[];
  };
}

const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as Manifest;
const packPatterns = manifest.contributes.languages.find((language) => language.id === 'roadmap-yaml')?.filenamePatterns ?? [];

/** The JSON block of docs/editors.md that holds the catalog entry (the one with a `url`). */
function catalogEntry(): { fileMatch: string[]; url: string } {
  const page = readFileSync(repoPath('docs', 'editors.md'), 'utf8');
  const blocks = [...page.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]);
  const entry = blocks.map((block) => JSON.parse(block) as Record<string, unknown>).find((block) => 'url' in block && 'fileMatch' in block);
  assert.ok(entry, 'docs/editors.md gives no catalog entry');
  return entry as { fileMatch: string[]; url: string };
}

describe('tidy: the manifest and schema other tools read', () => {
  it('contributes yamlValidation for the pack files, with the shipped schema', () => {
    const [validation, ...more] = manifest.contributes.yamlValidation ?? [];
    assert.ok(validation, 'no yamlValidation');
    assert.equal(more.length, 0);
    assert.deepEqual(validation.fileMatch, packPatterns);
    assert.ok(existsSync(repoPath(validation.url)), `${validation.url} does not exist`);
  });

  it('documents a SchemaStore entry for the same files and the schema\'s $id', () => {
    const schema = JSON.parse(readFileSync(repoPath('schemas', 'roadmap-pack.schema.json'), 'utf8')) as { $id?: string };
    const entry = catalogEntry();
    assert.ok(schema.$id?.startsWith('https://'), `schema $id: ${schema.$id}`);
    assert.equal(entry.url, schema.$id);
    assert.deepEqual(entry.fileMatch, packPatterns);
  });

  it('has the fields Open VSX requires and no proposed API', () => {
    for (const field of ['name', 'publisher', 'version', 'license'] as const) assert.ok(manifest[field], `missing ${field}`);
    assert.ok(manifest.repository?.url, 'missing repository.url');
    assert.ok(manifest.engines?.vscode, 'missing engines.vscode');
    assert.ok(existsSync(repoPath('LICENSE')), 'no LICENSE file');
    assert.equal(manifest.enabledApiProposals, undefined);
  });
});
