import { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { FuzzDocument, siblingUri } from './fuzzDocument';
import { FuzzServer } from './fuzzServer';
import { lspLines, outOfBounds } from './textRanges';

/** A publish bigger than this is a flood an editor should never get (issue 10: 16.6 MB for 180 KB). */
export const PUBLISH_BOUND_BYTES = 2 * 1024 * 1024;

/** Gives every fresh check a uri of its own, so none reuses what another left. */
export class FreshChecks {
  private count = 0;

  constructor(readonly server: FuzzServer) {}

  /** The diagnostics a server that never saw the document gives for the text, as if published for the document's uri. */
  async diagnostics(document: FuzzDocument, text: string): Promise<Diagnostic[]> {
    const uri = siblingUri(document, `fresh${this.count++}`);
    await this.server.open(uri, text);
    try {
      const published = await this.server.diagnosticsOf(uri, 1);
      return published.diagnostics.map((diagnostic) => renamedUri(diagnostic, uri, document.uri));
    } finally {
      await this.server.close(uri);
    }
  }
}

function renamedUri(diagnostic: Diagnostic, from: string, to: string): Diagnostic {
  if (!diagnostic.relatedInformation) return diagnostic;
  const relatedInformation = diagnostic.relatedInformation.map((info) => (info.location.uri === from ? { ...info, location: { ...info.location, uri: to } } : info));
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
