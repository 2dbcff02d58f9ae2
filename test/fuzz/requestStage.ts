import { Position } from 'vscode-languageserver-protocol/node';
import { FuzzDocument } from './fuzzDocument';
import { FuzzContext } from './editStage';
import { lspLines, outOfBounds, randomPosition, rangesFor } from './textRanges';

const NEW_NAMES = ['renamed', 'tracing', 'x', '', 'two words', '#', 'a: b', '[x]'];
/** The worked example's scenarios, and ids no pack has: the preview draws under each while the text is edited at random. */
const SCENARIOS = ['hires-late', 'cut-cost', 'audit-reopens', 'nope', ''];

/** The params of each request the server advertises, at a position in the document. */
const REQUESTS: Record<string, (uri: string, at: Position, to: Position, pick: (items: readonly string[]) => string) => unknown> = {
  'textDocument/hover': (uri, at) => ({ textDocument: { uri }, position: at }),
  'textDocument/completion': (uri, at) => ({ textDocument: { uri }, position: at }),
  'textDocument/definition': (uri, at) => ({ textDocument: { uri }, position: at }),
  'textDocument/references': (uri, at) => ({ textDocument: { uri }, position: at, context: { includeDeclaration: at.character % 2 === 0 } }),
  'textDocument/prepareRename': (uri, at) => ({ textDocument: { uri }, position: at }),
  'textDocument/rename': (uri, at, _to, pick) => ({ textDocument: { uri }, position: at, newName: pick(NEW_NAMES) }),
  'textDocument/documentSymbol': (uri) => ({ textDocument: { uri } }),
  'textDocument/codeLens': (uri) => ({ textDocument: { uri } }),
  'textDocument/inlayHint': (uri, at, to) => ({ textDocument: { uri }, range: ordered(at, to) }),
  'textDocument/codeAction': (uri, at, to) => ({ textDocument: { uri }, range: ordered(at, to), context: { diagnostics: [] } }),
  'workspace/symbol': (_uri, _at, _to, pick) => ({ query: pick(NEW_NAMES) }),
  'roadmapPacks/views': (uri, _at, _to, pick) => ({ uri, views: ['gantt', 'capacity', 'deps'], scenario: pick(SCENARIOS) }),
};

function ordered(a: Position, b: Position) {
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? { start: a, end: b } : { start: b, end: a };
}

/** `count` requests of random kinds at random positions: each answers in time, keeps the server up, and names only ranges inside the text. */
export async function requestBatch(context: FuzzContext, document: FuzzDocument, count: number): Promise<void> {
  const { random, report, incremental } = context;
  const pick = (items: readonly string[]) => random.pick(items);
  const lines = lspLines(document.text);
  for (let n = 0; n < count; n++) {
    const method = random.pick(Object.keys(REQUESTS));
    const params = REQUESTS[method](document.uri, randomPosition(document.text, (max) => random.int(max)), randomPosition(document.text, (max) => random.int(max)), pick);
    const answer = await incremental.request(method, params);
    report.requests++;
    const problem =
      answer.kind === 'timeout' ? 'no answer in time' :
      !incremental.alive ? 'the server died' :
      answer.kind === 'result' ? rangesFor(document.uri, answer.value).map((range) => outOfBounds(lines, range)).find(Boolean) : undefined;
    if (problem) report.fail({ stage: 'requests', document: document.name, problem: `${method}: ${problem}`, reproduction: { text: document.text, step: { method, params } } });
    if (!incremental.alive) return;
  }
}
