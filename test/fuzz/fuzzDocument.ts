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
  /** The portfolio the file is or belongs to: a fresh check of it needs the portfolio's other files as the server has them. */
  portfolio?: PortfolioGroup;
}

/** A portfolio's files in the scratch folder: the portfolio first, then the packs it includes, all below `folder`. */
export interface PortfolioGroup {
  folder: string;
  documents: FuzzDocument[];
}

function listPacks(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.roadmap.yaml'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Copies examples/ into the scratch folder (briefs and all, so that links
 * resolve as they do in the repository) and adds a CRLF copy of the first
 * pack. A portfolio's files are grouped, so a fresh check of one sees the
 * others as the incremental server has them (freshCompare.ts).
 */
export function scratchDocuments(scratch: string): FuzzDocument[] {
  const examples = repoPath('examples');
  const documents: FuzzDocument[] = listPacks(examples).map((source) => {
    const file = join(scratch, relative(examples, source));
    return { name: relative(examples, source), file, uri: uriOf(file), text: readFileSync(source, 'utf8'), version: 1, crlf: false };
  });
  copyFolder(examples, scratch);
  groupPortfolios(documents);
  const first = documents.find((document) => !document.portfolio)!;
  const crlfFile = first.file.replace(/\.roadmap\.yaml$/, '-crlf.roadmap.yaml');
  const crlfText = first.text.replace(/\r?\n/g, '\r\n');
  writeFileSync(crlfFile, crlfText);
  return [...documents, { name: `${first.name} (CRLF)`, file: crlfFile, uri: uriOf(crlfFile), text: crlfText, version: 1, crlf: true }];
}

/** Sets `portfolio` on each portfolio and the packs it includes; the example keeps its members below its own folder. */
function groupPortfolios(documents: FuzzDocument[]): void {
  for (const portfolio of documents.filter((document) => isPortfolioText(document.text))) {
    const folder = dirname(portfolio.file);
    const included = new Set((portfolioIncludes(portfolio.file, portfolio.text) ?? []).map((include) => include.path));
    const members = documents.filter((document) => included.has(document.file));
    const outside = members.find((member) => relative(folder, member.file).startsWith('..'));
    if (outside) throw new Error(`the fuzz copies a portfolio's folder, and ${outside.name} is outside ${portfolio.name}'s`);
    const group = { folder, documents: [portfolio, ...members] };
    for (const document of group.documents) document.portfolio = group;
  }
}

/** Copies the folder's files (those `keep` takes) into `to`, the folder made if it holds none. */
export function copyFolder(from: string, to: string, keep: (name: string) => boolean = () => true): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !keep(entry.name)) continue;
    const target = join(to, relative(from, join(entry.parentPath, entry.name)));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(entry.parentPath, entry.name), target);
  }
}

/** Another uri beside the document, for a fresh check of some text: same folder, so relative links resolve alike. */
export function siblingUri(document: FuzzDocument, tag: string): string {
  return uriOf(document.file.replace(/\.roadmap\.yaml$/, `.${tag}.roadmap.yaml`));
}
