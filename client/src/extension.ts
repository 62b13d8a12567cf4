import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCounterpartCommands } from './counterparts/counterpartCommands';
import { showIndexProgress } from './counterparts/indexProgress';

let client: LanguageClient | undefined;

/** The documents the server reads: Markdown files, saved or not. */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannelName: 'Side-by-Side Docs',
  };
  client = new LanguageClient('sxsDocs', 'Side-by-Side Docs', serverOptions, clientOptions);
  context.subscriptions.push(client);
  context.subscriptions.push(registerCounterpartCommands(client), showIndexProgress(client));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
