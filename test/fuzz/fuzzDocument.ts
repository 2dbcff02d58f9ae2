import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isPortfolioText, portfolioIncludes } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';
import { uriOf } from './fuzzServer';

/** One pack the fuzz edits: its file in the scratch folder, the text the server has and that text's version. */
export interface FuzzDocument {
  name: string;
  file: string;
  uri: string;
  text: string;
  version: number;
  /** Written with `\r\n`: what an editor inserts there gets `\r\n` too. */
  crlf: boolean;
}

function listPacks(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.roadmap.yaml'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Copies examples/ into the scratch folder (briefs and all, so that links
 * resolve as they do in the repository) and adds a CRLF copy of the first pack.
 */
export function scratchDocuments(scratch: string): FuzzDocument[] {
  const examples = repoPath('examples');
  // A portfolio's files are left out: the fresh check is of a sibling copy, which no portfolio includes,
  // so it cannot say what the file gets in its portfolio's context (test/lsp/portfolio.test.ts does).
  const documents = listPacks(examples).filter((source) => !inPortfolio(source)).map((source) => {
    const file = join(scratch, relative(examples, source));
    return { name: relative(examples, source), file, uri: uriOf(file), text: readFileSync(source, 'utf8'), version: 1, crlf: false };
  });
  copyFolder(examples, scratch);
  const first = documents[0];
  const crlfFile = first.file.replace(/\.roadmap\.yaml$/, '-crlf.roadmap.yaml');
  const crlfText = first.text.replace(/\r?\n/g, '\r\n');
  writeFileSync(crlfFile, crlfText);
  return [...documents, { name: `${first.name} (CRLF)`, file: crlfFile, uri: uriOf(crlfFile), text: crlfText, version: 1, crlf: true }];
}

/** Whether the file is a portfolio, or a pack a portfolio beside or above it includes. */
function inPortfolio(file: string): boolean {
  if (isPortfolioText(readFileSync(file, 'utf8'))) return true;
  return listPacks(repoPath('examples')).some((candidate) => {
    const text = readFileSync(candidate, 'utf8');
    return isPortfolioText(text) && (portfolioIncludes(candidate, text) ?? []).some((include) => include.path === file);
  });
}

function copyFolder(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const target = join(to, relative(from, join(entry.parentPath, entry.name)));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(entry.parentPath, entry.name), target);
  }
}

/** Another uri beside the document, for a fresh check of some text: same folder, so relative links resolve alike. */
export function siblingUri(document: FuzzDocument, tag: string): string {
  return uriOf(document.file.replace(/\.roadmap\.yaml$/, `.${tag}.roadmap.yaml`));
}
