import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPortfolios, inContextResult, portfolioSource, qualityGate, type PortfolioResult, type SourceFile } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';

const FOLDER = repoPath('examples', 'portfolio');
const PLATFORM = 'platform/platform.roadmap.yaml';
const CHECKOUT = 'checkout/checkout.roadmap.yaml';

/** The example portfolio with `edit` applied to the named member's text. */
function checkEdited(member: string, edit: (text: string) => string): PortfolioResult {
  const source = (relative: string): SourceFile => {
    const path = join(FOLDER, relative).split('\\').join('/');
    const text = readFileSync(join(FOLDER, relative), 'utf8');
    return { path, uri: `file://${path}`, text: relative === member ? edit(text) : text };
  };
  return checkPortfolios([portfolioSource(source('portfolio.roadmap.yaml'), (path) => source(path.slice(FOLDER.length + 1)))], { options: () => ({}) })[0];
}

const gateOf = (result: PortfolioResult, name: string) => qualityGate(inContextResult(result, result.members.find((member) => member.name === name)!));

/**
 * A member's quality gate counts what its portfolio sees: a cycle through
 * another pack's ids, and a qualified reference no pack defines, which its
 * own check leaves to the portfolio.
 */
describe('the quality gate of a member, in its portfolio', () => {
  it('counts a dependency cycle through another pack in both packs’ gates', () => {
    // redis-cluster (platform) comes to wait for checkout-cache, which waits for it.
    const result = checkEdited(PLATFORM, (text) => text.replace(/(- id: redis-cluster\n(?:.*\n)*? {4}depends_on:\n)/, '$1      - checkout:checkout-cache\n'));
    for (const name of ['platform', 'checkout']) {
      const gate = gateOf(result, name);
      assert.equal(gate.checks.cycles, 1, name);
      assert.ok(gate.checks.errors > 0, name);
    }
    const waits = gateOf(result, 'checkout').dimensions[2].criteria[2];
    assert.ok(waits.missing.includes('checkout-cache (on a dependency cycle)'), waits.missing.join('; '));
  });

  it('counts a qualified reference no pack defines as unresolved, and names it, while resolved ones are not', () => {
    assert.equal(gateOf(checkEdited(CHECKOUT, (text) => text), 'checkout').checks.unresolved, 0);
    const result = checkEdited(CHECKOUT, (text) => text.replace('depends_on: [platform:redis-cluster]', 'depends_on: [platform:redis-clusterX]'));
    const gate = gateOf(result, 'checkout');
    assert.equal(gate.checks.unresolved, 1);
    assert.ok(gate.dimensions[2].criteria[2].missing.some((item) => item.includes('waits for undefined platform:redis-clusterX')));
  });
});
