import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPortfolios, portfolioSource, type PortfolioResult, type SourceFile } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';

const FOLDER = repoPath('examples', 'portfolio');

function source(relative: string, text = readFileSync(join(FOLDER, relative), 'utf8')): SourceFile {
  const path = join(FOLDER, relative).split('\\').join('/');
  return { path, uri: `file://${path}`, text };
}

/** The example portfolio with only the named members included. */
function checkWith(names: readonly string[]): PortfolioResult {
  const full = source('portfolio.roadmap.yaml');
  const includes = { platform: 'platform/platform.roadmap.yaml', checkout: 'checkout/checkout.roadmap.yaml' };
  const line = `includes: { ${names.map((name) => `${name}: ${includes[name as keyof typeof includes]}`).join(', ')} }`;
  const portfolio = { ...full, text: full.text.replace(/^includes: .*$/m, line) };
  return checkPortfolios([portfolioSource(portfolio, (path) => source(path.slice(FOLDER.length + 1)))], { options: () => ({}) })[0];
}

const overloads = (result: PortfolioResult) => result.portfolio.diagnostics.filter((d) => d.code === 'RP501');

describe('the example portfolio (examples/portfolio)', () => {
  it('overloads Infra Squad in 2026-Q3 only with both packs: neither overloads it alone', () => {
    assert.deepEqual(overloads(checkWith(['platform'])), []);
    assert.deepEqual(overloads(checkWith(['checkout'])), []);
    const both = overloads(checkWith(['platform', 'checkout']));
    assert.equal(both.length, 1);
    assert.match(both[0].message, /Infra Squad is over capacity in 2026-Q3/);
  });

  it('points the overload at each contributing initiative’s effort, in its own file', () => {
    const result = checkWith(['platform', 'checkout']);
    const [overload] = overloads(result);
    for (const info of overload.related) {
      const member = [...result.members].find((file) => file.uri === info.uri);
      assert.ok(member, `related information outside the members: ${info.uri}`);
      const line = member.result.parsed.text.split('\n')[info.range.start.line];
      assert.match(line, /effort:/, `${info.message} points at: ${line}`);
    }
    assert.deepEqual(new Set(overload.related.map((info) => info.uri)).size, 2);
  });

  it('reports no capacity finding of the shared team in a member', () => {
    const result = checkWith(['platform', 'checkout']);
    for (const member of result.members) assert.deepEqual(member.diagnostics.filter((d) => /^RP50[1-4]$/.test(d.code)).map((d) => d.message), []);
  });
});
