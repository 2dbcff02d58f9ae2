import { readFileSync } from 'node:fs';
import { checkPortfolios, portfolioSource, type CheckOptions, type PortfolioResult, type SourceFile } from '../../server/src/pack';
import { repoPath } from './repoRoot';

function sourceFile(path: string): SourceFile {
  const posix = path.split('\\').join('/');
  return { path: posix, uri: `file://${posix}`, text: readFileSync(path, 'utf8') };
}

/** The portfolio `file` (relative to the repository) checked with its members, as the CLI checks it (with `options`, such as a fixed today). */
export function checkPortfolioFile(file: string, options: Partial<CheckOptions> = {}): PortfolioResult {
  const path = repoPath(file);
  const source = portfolioSource(sourceFile(path), (member) => {
    try {
      return sourceFile(member);
    } catch {
      return undefined;
    }
  });
  return checkPortfolios([source], { options: () => options })[0];
}
