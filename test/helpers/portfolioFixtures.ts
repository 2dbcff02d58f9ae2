import { readdirSync } from 'node:fs';
import { repoPath } from './repoRoot';

export const PORTFOLIO_FIXTURES = repoPath('test', 'fixtures', 'portfolio');

/** The folders of test/fixtures/portfolio, each one scenario (test/unit/portfolioFixtures.test.ts). */
export function portfolioFixtureFolders(): string[] {
  return readdirSync(PORTFOLIO_FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
