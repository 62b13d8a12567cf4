import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
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
startServer(connection, { name: 'node', workspace: (documents) => new NodeWorkspace(documents), bulkIndexer: new WorkerIndexer(), readBundle, writeText });

/** The translations ship in `l10n/` beside `dist/`, where VS Code reads the client's from. */
function readBundle(language: string): string | undefined {
  try {
    return fs.readFileSync(path.join(__dirname, '..', 'l10n', `bundle.l10n.${language}.json`), 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes a file of the workspace (a review file) whole: to a temporary file beside it, then renamed over it. */
async function writeText(uri: string, text: string): Promise<void> {
  const file = URI.parse(uri).fsPath;
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.promises.writeFile(temporary, text, 'utf8');
  await fs.promises.rename(temporary, file);
}
