import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { repoPath } from '../helpers/repoRoot';

/**
 * A stand-in for the extension host: it starts the bundled server as VS Code
 * does (forked, --node-ipc, or piped --stdio), initializes it, prints the
 * server's pid, and waits to be killed. It sends no processId, so what is
 * tested is the transport closing, not the library's processId watchdog.
 */
const CLIENT = `
const { fork, spawn } = require('node:child_process');
const [server, transport] = process.argv.slice(1);
const init = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };
if (transport === 'ipc') {
  const child = fork(server, ['--node-ipc'], { stdio: 'ignore' });
  child.send(init);
  console.log(child.pid);
} else {
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const body = JSON.stringify(init);
  child.stdin.write('Content-Length: ' + Buffer.byteLength(body) + '\\r\\n\\r\\n' + body);
  console.log(child.pid);
}
setInterval(() => {}, 1000);
`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function serverOutlivesClient(transport: 'ipc' | 'stdio'): Promise<boolean> {
  const client = spawn(process.execPath, ['-e', CLIENT, repoPath('dist', 'server.js'), transport], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = (await once(client.stdout!, 'data')) as [Buffer];
  const serverPid = Number(chunk.toString().trim());
  assert.ok(alive(serverPid), 'the server started');
  // A browser reload in code-server ends the extension host without a shutdown request.
  client.kill('SIGKILL');
  for (let waited = 0; waited < 8000; waited += 100) {
    if (!alive(serverPid)) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(serverPid, 'SIGKILL');
  return true;
}

describe('the server when its client goes away', function () {
  this.timeout(20000);

  it('exits when the extension host that forked it (node IPC) dies', async () => {
    assert.equal(await serverOutlivesClient('ipc'), false, 'the server was still running 8 s after its client died');
  });

  it('exits when the client that piped its stdio dies', async () => {
    assert.equal(await serverOutlivesClient('stdio'), false, 'the server was still running 8 s after its client died');
  });
});
