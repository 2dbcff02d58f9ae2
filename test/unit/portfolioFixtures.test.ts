/**
 * Scenario tests for portfolios: every folder of test/fixtures/portfolio is
 * a portfolio (or several) with the packs it includes, each file marking the
 * diagnostics it must get (format: test/helpers/ruleFixture.ts). The folder
 * is checked as `roadmap-pack check` checks it: the CLI's own reading of the
 * portfolios and their members (cli/portfolios.ts), the core's
 * checkPortfolios, the forecast's findings added; a file no portfolio
 * includes is checked alone.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkFoundPortfolios } from '../../server/src/cli/portfolios';
import { PackDiagnostic, checkDiagnosticsWithForecast, checkPack } from '../../server/src/pack';
import { PORTFOLIO_FIXTURES, portfolioFixtureFolders } from '../helpers/portfolioFixtures';
import { RuleFixture, compare, explain, parseFixture } from '../helpers/ruleFixture';


function packFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.roadmap\.ya?ml$/.test(file))
    .map((file) => join(folder, file))
    .sort();
}

/** Every file's diagnostics as `check` reports them on the folder, by path. */
function checkFolder(files: readonly string[], fixtures: ReadonlyMap<string, RuleFixture>): Map<string, PackDiagnostic[]> {
  const texts = new Map(files.map((file) => [file, fixtures.get(file)!.text]));
  const optionsOf = (file: string) => fixtures.get(file)?.options ?? {};
  const checked = new Map<string, PackDiagnostic[]>();
  for (const { portfolio, members } of checkFoundPortfolios(texts, optionsOf)) {
    for (const file of [portfolio, ...members]) checked.set(file.path, checkDiagnosticsWithForecast({ ...file.result, diagnostics: file.diagnostics }, optionsOf(file.path)));
  }
  for (const file of files) if (!checked.has(file)) checked.set(file, checkDiagnosticsWithForecast(checkPack(texts.get(file)!, optionsOf(file)), optionsOf(file)));
  return checked;
}

describe('portfolio fixtures (test/fixtures/portfolio)', () => {
  for (const name of portfolioFixtureFolders()) {
    const folder = join(PORTFOLIO_FIXTURES, name);
    const files = packFiles(folder);
    const fixtures = new Map(files.map((file) => [file, parseFixture(readFileSync(file, 'utf8'), relative(folder, file))]));

    describe(name, () => {
      it('marks the code it is named after', () => {
        const code = /^(RP\d{3})-/.exec(name)?.[1];
        if (code) assert.ok([...fixtures.values()].some((fixture) => fixture.markers.some((marker) => marker.code === code)), `${name} marks no ${code}`);
      });

      let checked: Map<string, PackDiagnostic[]>;
      before(() => (checked = checkFolder(files, fixtures)));
      for (const file of files) {
        it(`${relative(folder, file)} gets exactly the marked diagnostics`, () => {
          const fixture = fixtures.get(file)!;
          const comparison = compare(fixture, checked.get(file)!);
          if (comparison.missing.length > 0 || comparison.unexpected.length > 0) assert.fail(explain(relative(folder, file), fixture, comparison));
        });
      }
    });
  }
});
