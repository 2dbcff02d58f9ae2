/**
 * The server's start and its settings: `initialize` and `initialized` are
 * guarded like every handler, settings are pulled whenever the client can
 * answer for them (one path), and the guard turns failures into empty answers.
 */
import { strict as assert } from 'node:assert';
import { InitializeRequest, InitializedNotification, ResponseError } from 'vscode-languageserver-protocol/node';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { guardWith } from '../../server/src/lsp/guard';
import { Settings } from '../../server/src/lsp/settings';
import { SettingsLifecycle } from '../../server/src/lsp/settingsLifecycle';
import { LspClient } from './lspClient';

describe('language server lifecycle', function () {
  this.timeout(30000);

  it('answers a malformed initialize with its capabilities, and keeps serving', async () => {
    const client = new LspClient();
    const logs: string[] = [];
    client.connection.onNotification('window/logMessage', (message: { message: string }) => logs.push(message.message));
    try {
      const result = await client.connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, workspaceFolders: 42, capabilities: {} } as never);
      assert.equal(result.serverInfo?.name, 'roadmap-packs');
      assert.ok(result.capabilities.hoverProvider);
      await client.connection.sendNotification(InitializedNotification.type, {});
      assert.match(await waitFor(() => logs.join('\n')), /initialize failed: TypeError/);
      assert.ok(client.alive, client.stderr);
    } finally {
      await client.stop();
    }
  });
});

describe('SettingsLifecycle', () => {
  function lifecycle(pulled: unknown) {
    const applied: Settings[] = [];
    const calls: string[] = [];
    const connection = {
      client: { register: async () => (calls.push('register'), undefined) },
      workspace: { getConfiguration: async () => (calls.push('pull'), pulled instanceof Error ? Promise.reject(pulled) : pulled) },
    } as unknown as Connection;
    return { settings: new SettingsLifecycle(connection, (s) => applied.push(s)), applied, calls };
  }
  const params = (configuration: boolean, settings?: unknown) => ({ capabilities: { workspace: { configuration } }, initializationOptions: { settings } }) as unknown as InitializeParams;

  it('pulls at start and on every change when the client can answer, ignoring what a notification carries', async () => {
    const { settings, applied, calls } = lifecycle({ debounce: 7 });
    settings.initialize(params(true, { debounce: 1 }));
    await settings.initialized();
    await settings.changed({ settings: { roadmapPacks: { debounce: 99 } } });
    assert.deepEqual(calls, ['register', 'pull', 'pull']);
    assert.deepEqual(applied.map((s) => s.debounce), [1, 7, 7]);
  });

  it('takes pushed settings from a client that cannot answer, and never asks it', async () => {
    const { settings, applied, calls } = lifecycle({ debounce: 7 });
    settings.initialize(params(false, { debounce: 1 }));
    await settings.initialized();
    await settings.changed({ settings: { roadmapPacks: { debounce: 99 } } });
    assert.deepEqual(calls, []);
    assert.deepEqual(applied.map((s) => s.debounce), [1, 99]);
  });

  it('falls back to the defaults when the pull fails', async () => {
    const { settings, applied } = lifecycle(new Error('no configuration'));
    settings.initialize(params(true, { debounce: 1 }));
    await settings.initialized();
    assert.deepEqual(applied.map((s) => s.debounce), [1, 150]);
  });
});

describe('guard', () => {
  const logged: string[] = [];
  const guard = guardWith({ error: (message) => logged.push(message) });

  beforeEach(() => (logged.length = 0));

  it('answers empty and logs when a handler throws or its promise rejects', async () => {
    assert.equal(guard('sync', 'empty', () => { throw new Error('boom'); })(undefined), 'empty');
    assert.equal(await guard('async', Promise.resolve('empty'), async () => { throw new Error('later'); })(undefined), 'empty');
    assert.deepEqual(logged.map((line) => line.split('\n')[0]), ['sync failed: Error: boom', 'async failed: Error: later']);
  });

  it('lets a deliberate ResponseError through to the client', () => {
    assert.throws(() => guard('rename', null, () => { throw new ResponseError(1, 'taken'); })(undefined), /taken/);
    assert.deepEqual(logged, []);
  });
});

async function waitFor(read: () => string, timeout = 5000): Promise<string> {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    if (/initialize failed/.test(read())) return read();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return read();
}
