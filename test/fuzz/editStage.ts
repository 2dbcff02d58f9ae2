import fc from 'fast-check';
import { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { TextChange, applyChange, plannerEdit, typing } from '../property/editArbitraries';
import { FreshChecks, firstDifference, publishProblems } from './freshCompare';
import { FuzzDocument, siblingUri } from './fuzzDocument';
import { FuzzServer } from './fuzzServer';
import { FuzzReport } from './failures';
import { Random } from './random';
import { rangeOfChange } from './textRanges';

/** What the edit, request and fix stages share. */
export interface FuzzContext {
  incremental: FuzzServer;
  fresh: FreshChecks;
  random: Random;
  report: FuzzReport;
}

/** A planner's edit three times in four, else keystrokes; drawn by fast-check from the run's seed. */
function drawEdit(document: FuzzDocument, random: Random): TextChange {
  const arbitrary = fc.oneof({ weight: 3, arbitrary: plannerEdit(document.text) }, { weight: 1, arbitrary: typing(document.text) });
  const [change] = fc.sample(arbitrary, { numRuns: 1, seed: random.int(0x7fffffff) });
  return asEditorSends(document, change);
}

/** Clamped to the text, never splitting a `\r\n`, with `\r\n` inserted in a CRLF file: what an editor sends. */
function asEditorSends({ text, crlf }: FuzzDocument, change: TextChange): TextChange {
  const insideCrlf = (offset: number) => text[offset - 1] === '\r' && text[offset] === '\n';
  let at = Math.min(change.at, text.length);
  let end = Math.min(at + change.remove, text.length);
  if (insideCrlf(at)) at--;
  if (insideCrlf(end)) end++;
  const insert = crlf ? change.insert.replace(/\r?\n/g, '\r\n') : change.insert;
  return { at, remove: end - at, insert };
}

/**
 * Sends `size` edits, one to three per `didChange`, then checks the publish
 * for the last version against a fresh check of the same text.
 */
export async function editBatch(context: FuzzContext, document: FuzzDocument, size: number): Promise<void> {
  const before = document.text;
  const changes: TextChange[] = [];
  while (changes.length < size) {
    const group: TextDocumentContentChangeEvent[] = [];
    for (let count = 1 + context.random.int(2); count > 0 && changes.length < size; count--) {
      const change = drawEdit(document, context.random);
      group.push({ range: rangeOfChange(document.text, change.at, change.remove), text: change.insert });
      document.text = applyChange(document.text, change);
      changes.push(change);
    }
    await context.incremental.change(document.uri, ++document.version, group);
  }
  context.report.edits += changes.length;
  context.report.batches++;
  const problem = await compareWithFresh(context, document);
  if (problem) context.report.fail({ stage: 'edits', document: document.name, problem, reproduction: await smallestDivergence(context, document, before, changes) });
  for (const other of document.portfolio?.documents.filter((each) => each !== document) ?? []) {
    const across = await compareOtherFile(context, document, other);
    if (across) context.report.fail({ stage: 'edits', document: other.name, problem: `after an edit of ${document.name}: ${across}`, reproduction: { text: before, step: changes } });
  }
}

/**
 * An edit in one file of a portfolio changes what the others get (a member
 * leaves, a shared team's load moves): the other file's last publish must be
 * what a fresh check of the portfolio gives it.
 */
async function compareOtherFile(context: FuzzContext, edited: FuzzDocument, other: FuzzDocument): Promise<string | undefined> {
  // A round trip: the server sends the other files' publishes before it answers, and in order.
  await context.incremental.request('textDocument/documentSymbol', { textDocument: { uri: edited.uri } });
  const published = context.incremental.client.published(other.uri).at(-1);
  if (!published) return undefined;
  const problems = publishProblems(published, other.text);
  if (problems.length > 0) return problems.join('\n');
  context.report.comparisons++;
  return firstDifference(published.diagnostics, await context.fresh.diagnostics(other, other.text));
}

/** What is wrong with the publish for the document's current version, or undefined. */
async function compareWithFresh(context: FuzzContext, document: FuzzDocument): Promise<string | undefined> {
  let published;
  try {
    published = await context.incremental.diagnosticsOf(document.uri, document.version);
  } catch (error) {
    return `${(error as Error).message}${context.incremental.alive ? '' : ' (the server died)'}`;
  }
  const problems = publishProblems(published, document.text);
  if (problems.length > 0) return problems.join('\n');
  context.report.comparisons++;
  return firstDifference(published.diagnostics, await context.fresh.diagnostics(document, document.text));
}

/**
 * Replays the batch one edit at a time, each from a fresh open of the text
 * before it, and gives the first (text, edit) whose incremental check differs
 * from a fresh one; the whole batch when none alone does.
 */
async function smallestDivergence(context: FuzzContext, document: FuzzDocument, before: string, changes: TextChange[]): Promise<{ text: string; step: unknown }> {
  // A replay copy is in no portfolio, so it cannot narrow down a portfolio file's batch.
  if (document.portfolio) return { text: before, step: changes };
  let text = before;
  for (const [index, change] of changes.entries()) {
    const replay: FuzzDocument = { ...document, uri: siblingUri(document, `replay${index}`), text, version: 1 };
    if (!context.incremental.alive) break;
    await context.incremental.open(replay.uri, text);
    await context.incremental.diagnosticsOf(replay.uri, 1).catch(() => undefined);
    await context.incremental.change(replay.uri, 2, [{ range: rangeOfChange(text, change.at, change.remove), text: change.insert }]);
    replay.text = applyChange(text, change);
    replay.version = 2;
    const problem = await compareWithFresh(context, replay);
    await context.incremental.close(replay.uri);
    if (problem) return { text, step: change };
    text = replay.text;
  }
  return { text: before, step: changes };
}
