import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repoPath } from '../helpers/repoRoot';
import { runCli, tempFolder } from '../helpers/runCli';

const PORTFOLIO = 'examples/portfolio/portfolio.roadmap.yaml';

interface MemberJson {
  name: string;
  path: string;
  title: string;
  verdict: string;
  weak: string[];
  checks: { errors: number };
}

describe('roadmap-pack render and quality on a portfolio', () => {
  it('renders the Gantt with a section per member pack', () => {
    const result = runCli(['render', PORTFOLIO, '--view', 'gantt']);
    assert.equal(result.status, 0, result.stderr);
    const sections = result.lines.filter((line) => /^ {4}section /.test(line)).map((line) => line.trim());
    assert.deepEqual(sections, ['section Platform Engineering -- Reliability & Scale', 'section Checkout -- Payments & Conversion']);
  });

  it('renders the shared team’s capacity stacked by pack, 109% in 2026-Q3, and says the portfolio has an error', () => {
    const result = runCli(['render', PORTFOLIO, '--view', 'capacity']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /title "Infra Squad: peak 109% of capacity in 2026-Q3/);
    assert.match(result.stdout, / {4}bar "checkout" \[34, 30\.7\]\n {4}bar "platform" \[22, 30\.7\]\n {4}line "Capacity" \[31\.2, 31\.2\]\n/);
    assert.match(result.stderr, /^roadmap-pack render: warning: The portfolio has 1 error in 1 of its 3 files; the view draws what is valid\.$/m);
    assert.doesNotMatch(result.stderr, /The pack has/);
  });

  it('renders the graph across packs, and --markdown fences it', () => {
    const result = runCli(['render', PORTFOLIO, '--view', 'deps', '--markdown']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^```mermaid\n/);
    assert.equal(result.stdout.match(/subgraph p\d+\[/g)?.length, 2);
    assert.match(result.stderr, /2 dependencies between packs, drawn blue/);
  });

  it('says in one line to render a member pack for its own views, and prints no diagram', () => {
    const result = runCli(['render', PORTFOLIO, '--view', 'gates']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^roadmap-pack render: warning: Open a member pack to see its gates\.$/m);
  });

  it('lists the members’ verdicts and gives Revise: the portfolio has an error and checkout is Revise', () => {
    const result = runCli(['quality', PORTFOLIO]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^# Quality Gate: Engineering portfolio, 2026 H2$/m);
    assert.match(result.stdout, /^\| platform \| Platform Engineering -- Reliability & Scale \| Ship \| none \| 0 \|$/m);
    assert.match(result.stdout, /^\| checkout \| Checkout -- Payments & Conversion \| Revise \| .+ \| 0 \|$/m);
    assert.match(result.stdout, /^\*\*Verdict:\*\* Revise: the portfolio has 1 error \(see roadmap-pack check\); checkout is Revise\.$/m);
    assert.match(result.stderr, /warning: the portfolio .* has 1 error across its files/);
  });

  it('gives the same in JSON, each member with its gate', () => {
    const result = runCli(['quality', PORTFOLIO, '--format', 'json']);
    const json = JSON.parse(result.stdout) as { portfolio: boolean; verdict: string; errors: number; members: MemberJson[] };
    assert.deepEqual([json.portfolio, json.verdict, json.errors], [true, 'Revise', 1]);
    assert.deepEqual(
      json.members.map((member) => [member.name, member.path, member.verdict]),
      [
        ['platform', 'platform/platform.roadmap.yaml', 'Ship'],
        ['checkout', 'checkout/checkout.roadmap.yaml', 'Revise'],
      ],
    );
    assert.ok(json.members[1].weak.length > 0);
  });

  it('gives Ship only when every member ships and the portfolio has no error, and Revise for the portfolio’s error alone', () => {
    // The platform member, which ships in the example, alone in a portfolio: with Infra large enough, then with Infra too small (RP501 on the portfolio).
    const portfolioWith = (engineers: number) => ({
      'portfolio.roadmap.yaml': `pack: 1\ntitle: One pack\nhorizon: 2026-Q3..2026-Q4\nincludes: { platform: platform.roadmap.yaml }\nteams:\n  - { id: infra, name: Infra Squad, engineers: ${engineers} }\ncapacity: { bau: 40%, estimate: high, warn_at: 85% }\n`,
      'platform.roadmap.yaml': readFileSync(repoPath('examples', 'portfolio', 'platform', 'platform.roadmap.yaml'), 'utf8'),
    });
    const quality = (engineers: number) => JSON.parse(runCli(['quality', 'portfolio.roadmap.yaml', '--format', 'json'], tempFolder(portfolioWith(engineers))).stdout) as { verdict: string; errors: number; members: MemberJson[] };
    const ships = quality(4);
    assert.deepEqual([ships.members[0].verdict, ships.errors, ships.verdict], ['Ship', 0, 'Ship']);
    const overloaded = quality(3);
    assert.deepEqual([overloaded.members[0].verdict, overloaded.errors > 0, overloaded.verdict], ['Ship', true, 'Revise']);
  });

  it('scores, draws and reports a member as its portfolio checks it, however its path is written', () => {
    const checkout = repoPath('examples', 'portfolio', 'checkout');
    // In the member's own folder (its portfolio is the folder above), and with `./` and a doubled slash.
    for (const [path, cwd] of [['checkout.roadmap.yaml', checkout], ['./examples/portfolio//checkout/checkout.roadmap.yaml', repoPath()]] as const) {
      const gate = JSON.parse(runCli(['quality', path, '--format', 'json'], cwd).stdout) as { checks: { errors: number; unresolved: number } };
      assert.deepEqual([gate.checks.errors, gate.checks.unresolved], [0, 0], `${path}: platform:… resolves in the portfolio`);
      const deps = runCli(['render', path, '--view', 'deps'], cwd);
      assert.doesNotMatch(deps.stderr, /does not define/, path);
      assert.match(deps.stderr, /2 dependencies on other packs of the portfolio/, path);
      const report = runCli(['report', path, '--format', 'markdown'], cwd).stdout;
      assert.match(report, /^- \[x\] Every reference resolves$/m, path);
    }
  });

  it('includes nothing under a name the schema refuses: an empty name is not the portfolio’s own', () => {
    const folder = tempFolder({
      'portfolio.roadmap.yaml': `pack: 1\ntitle: P\nhorizon: 2026-Q3..2026-Q4\nincludes: { "": platform.roadmap.yaml }\nteams:\n  - { id: infra, name: Infra Squad, engineers: 4 }\n`,
      'platform.roadmap.yaml': readFileSync(repoPath('examples', 'portfolio', 'platform', 'platform.roadmap.yaml'), 'utf8'),
    });
    const check = runCli(['check', 'portfolio.roadmap.yaml', '--format', 'json'], folder);
    const codes = (JSON.parse(check.stdout) as { packs: { path: string; diagnostics: { code: string }[] }[] }).packs.flatMap((file) => file.diagnostics.map((d) => d.code));
    assert.ok(codes.includes('RP101'), codes.join(' '));
    const capacity = runCli(['render', 'portfolio.roadmap.yaml', '--view', 'capacity'], folder).stdout;
    assert.doesNotMatch(capacity, /bar "/, 'no pack is included, so no band is drawn');
  });
});
