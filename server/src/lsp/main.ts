import { IPCMessageReader, IPCMessageWriter, MessageReader, MessageWriter, ProposedFeatures, StreamMessageReader, StreamMessageWriter, createConnection } from 'vscode-languageserver/node';
import { nodePlatform } from './platform/nodePlatform';
import { startServer } from './server';
import { wellFramed } from './transport/frames';
import { GatedReader } from './transport/protocolGate';

/**
 * The transport, chosen by the command line: IPC from the VS Code client, or
 * --stdio for other editors and tests. Either way the reader drops malformed
 * frames (stdio) and enforces the lifecycle (protocolGate.ts).
 */
function transport(): [MessageReader, MessageWriter] | undefined {
  if (process.argv.includes('--node-ipc')) {
    // The IPC channel closes when the extension host dies (a browser reload in code-server):
    // exit then, not seconds later when the library's processId watchdog next looks.
    process.on('disconnect', () => process.exit(1));
    return [new IPCMessageReader(process), new IPCMessageWriter(process)];
  }
  if (!process.argv.includes('--stdio')) return undefined;
  // With readers instead of streams, the library no longer ends the process when the client closes stdin.
  process.stdin.on('close', () => process.exit(1));
  return [new StreamMessageReader(wellFramed(process.stdin)), new StreamMessageWriter(process.stdout)];
}

const chosen = transport();
startServer(chosen ? createConnection(ProposedFeatures.all, new GatedReader(chosen[0], chosen[1]), chosen[1]) : createConnection(ProposedFeatures.all), nodePlatform());
