/**
 * The `roadmapPacks.severity` setting in package.json lists every rule code
 * and name for the editor's completion and validation; the list is written
 * out there (VS Code reads the manifest as it is), so this holds it to RULES.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { RULES } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';

interface SeverityProperty {
  propertyNames: { anyOf: { enum: string[] }[] };
  additionalProperties: { enum: string[] };
}

function severityProperty(): SeverityProperty {
  const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, SeverityProperty> } } };
  return manifest.contributes.configuration.properties['roadmapPacks.severity'];
}

describe('tidy: roadmapPacks.severity in package.json', () => {
  const property = severityProperty();

  it('accepts exactly the codes of RULES, in order', () => {
    assert.deepEqual(property.propertyNames.anyOf[0].enum, RULES.map((rule) => rule.code));
  });

  it('accepts exactly the names of RULES, in order', () => {
    assert.deepEqual(property.propertyNames.anyOf[1].enum, RULES.map((rule) => rule.name));
  });

  it('offers the severities a rule can have, and off', () => {
    assert.deepEqual(property.additionalProperties.enum, ['error', 'warning', 'information', 'hint', 'off']);
  });
});
