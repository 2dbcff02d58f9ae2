/**
 * Tidy checks (in the manner of rust-analyzer's xtask/src/tidy.rs) for the
 * contracts in protocol/: the architecture page lists exactly the custom
 * requests the protocol file declares, each declaration says who sends it and
 * names its Params and Result, the webview takes from protocol/ only what it
 * may run, and no source keeps its own copy of the view list.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoPath, repoRoot } from '../helpers/repoRoot';

export interface RequestDeclaration {
  method: string;
  sender: string;
  params: string;
  result: string;
}

const DECLARATION = /\/\*\*\s*(Client|Server) → (?:client|server):[^]*?\*\/\s*export const \w+ = new RequestType<(\w+), (\w+)(?: \| null)?, void>\('([^']+)'\);/g;

/** Every `new RequestType` in the protocol file, with the sender its doc comment names. */
export function declaredRequests(source: string): RequestDeclaration[] {
  return [...source.matchAll(DECLARATION)].map(([, sender, params, result, method]) => ({ method, sender: sender.toLowerCase(), params, result }));
}

/** The rows of ARCHITECTURE.md's "Custom requests" table: method and sender. */
export function documentedRequests(markdown: string): { method: string; sender: string }[] {
  const section = /^## Custom requests\n([^]*?)(?=^## |(?![^]))/m.exec(markdown)?.[1] ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \| (\w+) \|/gm)].map(([, method, sender]) => ({ method, sender }));
}

function sourcesUnder(folder: string): string[] {
  return readdirSync(repoPath(folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));
}

const read = (file: string) => readFileSync(repoPath(file), 'utf8');

describe('tidy: the contracts in protocol/', () => {
  const protocolSource = read('protocol/requests.ts');

  it('ARCHITECTURE.md lists exactly the custom requests of protocol/requests.ts, with their senders', () => {
    const declared = declaredRequests(protocolSource).map(({ method, sender }) => ({ method, sender }));
    assert.ok(declared.length > 0, 'no request found in protocol/requests.ts: did its declaration style change?');
    assert.deepEqual(documentedRequests(read('ARCHITECTURE.md')), declared);
  });

  it('every request in protocol/requests.ts says who sends it and names its Params and Result', () => {
    const all = protocolSource.match(/new RequestType</g)?.length ?? 0;
    const declared = declaredRequests(protocolSource);
    assert.equal(declared.length, all, 'a RequestType without a "Client → server:" (or "Server → client:") comment, or with inline types');
    const unnamed = declared.filter((request) => !request.params.endsWith('Params') || !request.result.endsWith('Result'));
    assert.deepEqual(unnamed, []);
  });

  it('the webview takes only the view names as values from protocol/, and nothing from the extension or the server', () => {
    const problems: string[] = [];
    for (const file of sourcesUnder('media/preview')) {
      for (const [statement, typeOnly, target] of read(file).matchAll(/^import (type )?[^;]*?from '([^']+)';/gms)) {
        if (/\/(client|server)\//.test(target)) problems.push(`${file}: ${statement}`);
        if (target.includes('/protocol/') && !typeOnly && !target.endsWith('/protocol/views')) problems.push(`${file}: ${statement}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('no source keeps its own copy of the view list or the Gantt groupings', () => {
    const owner = 'server/src/pack/views/names.ts';
    const copies = ['protocol', 'client/src', 'media/preview', 'server/src']
      .flatMap(sourcesUnder)
      .filter((file) => relative(repoRoot(), repoPath(file)) !== owner)
      .filter((file) => /'gantt',\s*'gates'|'quarter'\s*[|,]\s*'theme'/.test(read(file)));
    assert.deepEqual(copies, []);
  });
});

describe('tidy: the request parsers', () => {
  it('read a declaration and a table row, and miss a request without its sender', () => {
    const source = "/** Client → server: x. */\nexport const aRequest = new RequestType<AParams, AResult | null, void>('ns/a');\n/** No sender. */\nexport const bRequest = new RequestType<BParams, BResult, void>('ns/b');\n";
    assert.deepEqual(declaredRequests(source), [{ method: 'ns/a', sender: 'client', params: 'AParams', result: 'AResult' }]);
    assert.deepEqual(documentedRequests('## Custom requests\n\n| Method | Sent by |\n|---|---|\n| `ns/a` | client | x |\n\n## Next\n| `ns/z` | server | y |\n'), [{ method: 'ns/a', sender: 'client' }]);
  });
});
