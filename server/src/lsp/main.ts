import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

// The transport (IPC from the VS Code client, or --stdio for other editors and
// tests) is chosen by the command line, as vscode-languageserver reads it.
startServer(createConnection(ProposedFeatures.all));
