import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { repoPath } from '../helpers/repoRoot';

/** The roadmap-yaml onEnterRules: which lines continue a block list with "- " on Enter. */
const config = JSON.parse(readFileSync(repoPath('syntaxes', 'roadmap-yaml.language-configuration.json'), 'utf8')) as {
  onEnterRules: { beforeText: string; action: { appendText?: string } }[];
};

function continues(line: string): boolean {
  return config.onEnterRules.some((rule) => rule.action.appendText === '- ' && new RegExp(rule.beforeText).test(line));
}

describe('list continuation on Enter', () => {
  it('continues a scalar block list item', () => {
    assert.ok(continues('      - cart-locks'));
    assert.ok(continues('- cart-locks # the lock work'));
  });

  it('ends the list after an empty item, and leaves comments and mapping items alone', () => {
    assert.ok(!continues('      - '));
    assert.ok(!continues('      -'));
    assert.ok(!continues('    # - cart-locks'));
    assert.ok(!continues('      - # note'));
    assert.ok(!continues('  - id: cart-locks'));
    assert.ok(!continues('  - { id: infra, name: Infra }'));
  });
});
