import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createConnection, ProposedFeatures, ResponseError, StreamMessageReader, StreamMessageWriter, type Connection, type ConnectionOptions } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { LifecycleGuard, REFUSED_REQUEST, type Refusal } from './lifecycleGuard';
import { NodeWorkspace } from './nodeWorkspace';
import { WorkerIndexer } from './workerIndexer';

const guard = new LifecycleGuard();
const options: ConnectionOptions = { messageStrategy: guard };
// The transport (--stdio, --node-ipc, --socket=N) comes from the command line.
const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all, options);
connection.onRequest(REFUSED_REQUEST, (refusal: Refusal) => new ResponseError(refusal.code, refusal.message));
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('uncaughtException', (e) => connection.console.error(`Uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
startServer(connection, { name: 'node', workspace: (documents) => new NodeWorkspace(documents), bulkIndexer: new WorkerIndexer(), readBundle, writeText });

/**
 * Over stdio the reader is ours, so that a malformed header (after which no message boundary
 * can be found again) ends the server with a message instead of leaving it waiting forever.
 */
function stdioConnection(): Connection {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((e) => {
    if (!/header|content-length/i.test(e.message)) {
      process.stderr.write(`sxs-docs server: a message could not be read: ${e.message}\n`);
      return;
    }
    process.stderr.write(`sxs-docs server: the client sent a malformed message header (${e.message.split('\n')[0]}); exiting.\n`);
    process.exit(1);
  });
  // What the library does for its own stdio streams: end with the client.
  const end = () => process.exit(guard.shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout), options);
}

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
