import assert from 'node:assert/strict';
import { runCli } from '../helpers/runCli';

const PORTFOLIO = 'examples/portfolio/portfolio.roadmap.yaml';
const CHECKOUT = 'examples/portfolio/checkout/checkout.roadmap.yaml';

interface JsonRelated {
  message: string;
  uri?: string;
}
interface JsonReport {
  path: string;
  diagnostics: { code: string; line: number; related: JsonRelated[] }[];
}

describe('roadmap-pack check on a portfolio', () => {
  it('checks the portfolio and each member once, in its context: the shared team over capacity, once, at the portfolio', () => {
    const result = runCli(['check', 'examples/portfolio']);
    assert.equal(result.status, 1, result.stdout);
    const errors = result.lines.filter((line) => / error /.test(line));
    assert.equal(errors.length, 1, result.stdout);
    assert.match(errors[0]!, new RegExp(`^${PORTFOLIO}:19:11 error RP501 Infra Squad is over capacity in 2026-Q3: 34\\.0 of 31\\.2 .*platform:db-scaling-1.*checkout:payments-db-split`));
    // Members own Infra work without defining Infra, and name each other by qualified id.
    assert.ok(!/ RP20[23] /.test(result.stdout), result.stdout);
    assert.match(result.lines.at(-1)!, /^3 packs checked: 1 error, /);
  });

  it('gives, in JSON, related information in each member file that loads the shared team', () => {
    const result = runCli(['check', 'examples/portfolio', '--format', 'json']);
    const packs = (JSON.parse(result.stdout) as { packs: JsonReport[] }).packs;
    assert.deepEqual(packs.map((pack) => pack.path).sort(), [CHECKOUT, 'examples/portfolio/platform/platform.roadmap.yaml', PORTFOLIO]);
    const overload = packs.find((pack) => pack.path === PORTFOLIO)!.diagnostics.find((d) => d.code === 'RP501')!;
    const files = new Set(overload.related.map((info) => info.uri?.replace(/^.*\/examples\/portfolio\//, '')));
    assert.deepEqual([...files].sort(), ['checkout/checkout.roadmap.yaml', 'platform/platform.roadmap.yaml']);
  });

  it('checks a member named alone in the context of the portfolio above it', () => {
    const result = runCli(['check', CHECKOUT]);
    assert.equal(result.status, 0, result.stdout);
    assert.ok(!/ RP20[23] /.test(result.stdout), result.stdout);
    assert.match(result.lines.at(-1)!, /^1 pack checked: 0 errors, /);
  });
});
