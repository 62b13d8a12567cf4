import * as fs from 'node:fs';
import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { NodeWorkspace } from './nodeWorkspace';
import { WorkerIndexer } from './workerIndexer';

// The transport (--stdio, --node-ipc, --socket=N) comes from the command line.
const connection = createConnection(ProposedFeatures.all);
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('uncaughtException', (e) => connection.console.error(`Uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
startServer(connection, { name: 'node', workspace: (documents) => new NodeWorkspace(documents), bulkIndexer: new WorkerIndexer(), readBundle });

/** The translations ship in `l10n/` beside `dist/`, where VS Code reads the client's from. */
function readBundle(language: string): string | undefined {
  try {
    return fs.readFileSync(path.join(__dirname, '..', 'l10n', `bundle.l10n.${language}.json`), 'utf8');
  } catch {
    return undefined;
  }
}
