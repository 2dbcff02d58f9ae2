import { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FuzzDocument, PortfolioGroup, copyFolder, siblingUri } from './fuzzDocument';
import { FuzzServer, uriOf } from './fuzzServer';
import { lspLines, outOfBounds } from './textRanges';

/** A publish bigger than this is a flood an editor should never get (issue 10: 16.6 MB for 180 KB). */
export const PUBLISH_BOUND_BYTES = 2 * 1024 * 1024;

/** Gives every fresh check a uri of its own, so none reuses what another left. */
export class FreshChecks {
  private count = 0;

  constructor(readonly server: FuzzServer) {}

  /** The diagnostics a server that never saw the document gives for the text, as if published for the document's uri. */
  async diagnostics(document: FuzzDocument, text: string): Promise<Diagnostic[]> {
    if (document.portfolio) return this.inPortfolio(document, document.portfolio, text);
    const uri = siblingUri(document, `fresh${this.count++}`);
    await this.server.open(uri, text);
    try {
      const published = await this.server.diagnosticsOf(uri, 1);
      return published.diagnostics.map((diagnostic) => renamedUris(diagnostic, new Map([[uri, document.uri]])));
    } finally {
      await this.server.close(uri);
    }
  }

  /**
   * A file of a portfolio, checked fresh in its portfolio's context: every
   * file of the portfolio opened under a sibling folder with the text the
   * incremental server has (this file's with `text`). The portfolio is opened
   * first and the file last, so the file's first publish has the whole
   * portfolio behind it; a portfolio is opened after its members. Only the
   * folder's other files (briefs) are on disk, so closing the copies forgets them.
   */
  private async inPortfolio(document: FuzzDocument, group: PortfolioGroup, text: string): Promise<Diagnostic[]> {
    const copy = `${group.folder}.fresh${this.count++}`;
    // The folder's files other than packs (briefs): what the packs' links resolve to.
    copyFolder(group.folder, copy, (name) => !name.endsWith('.roadmap.yaml'));
    const [portfolio, ...members] = group.documents;
    const order = document === portfolio ? [...members, portfolio] : [portfolio, ...members.filter((member) => member !== document), document];
    const copies = new Map(order.map((each) => [each, uriOf(join(copy, relative(group.folder, each.file)))]));
    try {
      let published: Diagnostic[] = [];
      for (const each of order) {
        await this.server.open(copies.get(each)!, each === document ? text : each.text);
        published = (await this.server.diagnosticsOf(copies.get(each)!, 1)).diagnostics;
      }
      const originals = new Map(order.map((each) => [copies.get(each)!, each.uri]));
      return published.map((diagnostic) => renamedUris(diagnostic, originals));
    } finally {
      for (const each of [...order].reverse()) await this.server.close(copies.get(each)!);
      rmSync(copy, { recursive: true, force: true });
    }
  }
}

/** The diagnostic with its related places in the copies named by the originals' uris. */
function renamedUris(diagnostic: Diagnostic, originals: ReadonlyMap<string, string>): Diagnostic {
  if (!diagnostic.relatedInformation) return diagnostic;
  const relatedInformation = diagnostic.relatedInformation.map((info) => (originals.has(info.location.uri) ? { ...info, location: { ...info.location, uri: originals.get(info.location.uri)! } } : info));
  return { ...diagnostic, relatedInformation };
}

/** What is wrong with one publish for the text: its size and every range in it. */
export function publishProblems(published: PublishDiagnosticsParams, text: string): string[] {
  const size = Buffer.byteLength(JSON.stringify(published));
  const lines = lspLines(text);
  const problems = size > PUBLISH_BOUND_BYTES ? [`publish of ${size} bytes, over ${PUBLISH_BOUND_BYTES}`] : [];
  for (const diagnostic of published.diagnostics) {
    const ranges = [diagnostic.range, ...(diagnostic.relatedInformation ?? []).filter((info) => info.location.uri === published.uri).map((info) => info.location.range)];
    for (const range of ranges) {
      const problem = outOfBounds(lines, range);
      if (problem) problems.push(`${diagnostic.code}: ${problem}`);
    }
  }
  return problems;
}

/** Where two diagnostic lists first differ, or undefined when they are equal. */
export function firstDifference(incremental: Diagnostic[], fresh: Diagnostic[]): string | undefined {
  const length = Math.max(incremental.length, fresh.length);
  for (let index = 0; index < length; index++) {
    const [a, b] = [JSON.stringify(incremental[index]), JSON.stringify(fresh[index])];
    if (a !== b) return `diagnostic ${index} of ${incremental.length} (fresh: ${fresh.length}) differs:\n  incremental: ${a}\n  fresh:       ${b}`;
  }
  return undefined;
}
