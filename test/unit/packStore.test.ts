import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkPack } from '../../server/src/pack';
import { MAX_WORKSPACE_SYMBOLS, workspaceSymbols } from '../../server/src/lsp/features/symbols';
import { digestOf } from '../../server/src/lsp/packDigest';
import { PackStore } from '../../server/src/lsp/packStore';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { generateWorkedShape } from '../../bench/generateWorkedShape';

describe('PackStore: closed packs cost their digest, a bounded number their whole result', () => {
  let folder: string;
  let uris: string[];
  let texts: string[];

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'rp-store-'));
    texts = Array.from({ length: 6 }, (_, n) => generateWorkedShape(20 + n, n + 1));
    uris = texts.map((text, n) => {
      const file = join(folder, `p${n}.roadmap.yaml`);
      writeFileSync(file, text);
      return pathToFileURL(file).toString();
    });
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  /** A store that keeps about two of the packs whole. */
  const smallStore = () => new PackStore(DEFAULT_SETTINGS, Math.max(...texts.map((text) => text.length)) * 2);

  it('keeps at most its budget of closed results, dropping the longest-kept first', () => {
    const store = smallStore();
    uris.forEach((uri) => store.loadFromDisk(uri));
    assert.equal(store.loadedClosedCount, 2);
    assert.deepEqual(store.all().map((entry) => entry.loaded), [false, false, false, false, true, true]);
  });

  it('answers a dropped pack from its digest, and checks it again, equal to a fresh check, when its result is read', () => {
    const store = smallStore();
    uris.forEach((uri) => store.loadFromDisk(uri));
    const first = store.get(uris[0])!;
    const fresh = checkPack(texts[0], {});
    assert.deepEqual(first.digest, digestOf(fresh));
    assert.deepEqual(first.initiativeIds, fresh.model.initiatives.map((initiative) => initiative.id));
    assert.equal(first.loaded, false);
    assert.deepEqual(first.result.diagnostics, fresh.diagnostics);
    assert.equal(store.loadedClosedCount, 2);
  });

  it('searches workspace symbols of every pack without loading any', () => {
    const store = smallStore();
    uris.forEach((uri, n) => store.addChecked(uri, texts[n], digestOf(checkPack(texts[n], {}))));
    const symbols = workspaceSymbols(store.all(), '');
    assert.equal(store.loadedClosedCount, 0);
    assert.deepEqual(new Set(symbols.map((symbol) => symbol.location.uri)), new Set(uris));
    const expected = texts.reduce((sum, text) => sum + digestOf(checkPack(text, {})).symbols.length, 0);
    assert.equal(symbols.length, expected);
  });

  it('answers at most MAX_WORKSPACE_SYMBOLS, the open packs’ first', () => {
    const store = smallStore();
    const big = generateWorkedShape(MAX_WORKSPACE_SYMBOLS + 50, 9);
    store.addChecked(uris[0], big, digestOf(checkPack(big, {})));
    store.update(uris[1], texts[1], 1, true);
    const symbols = workspaceSymbols(store.all(), '');
    assert.equal(symbols.length, MAX_WORKSPACE_SYMBOLS);
    assert.equal(symbols[0].location.uri, uris[1]);
  });

  it('never drops an open pack', () => {
    const store = smallStore();
    const open = store.update(uris[0], texts[0], 1, true);
    uris.slice(1).forEach((uri) => store.loadFromDisk(uri));
    assert.equal(open.loaded, true);
  });
});
