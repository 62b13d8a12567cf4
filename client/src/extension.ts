import { COMMANDS, type InitializationOptions } from '#protocol';
import * as vscode from 'vscode';
import { ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerTurnOffRule } from './turnOffRule';
import { registerCompareEnglish } from './changes/compareEnglish';
import type { ReadingApi } from './reading/api';
import { registerReading } from './reading/registerReading';
import { registerReview, type ReviewApi } from './review/registerReview';
import { trackLocalizedEditor } from './localizedContext';
import { PreviewManager } from './preview/previewManager';
import { registerCounterpartCommands } from './counterparts/counterpartCommands';
import { showIndexProgress } from './counterparts/indexProgress';
import { FileStatus } from './status/fileStatus';
import { FILE_ACTIONS_COMMAND, registerFileActions } from './status/fileActions';
import { registerSampleWorkspace } from './walkthrough/sampleWorkspace';
import { registerWalkthroughSteps } from './walkthrough/steps';
import { registerMemory, type MemoryApi } from './memory/registerMemory';

let client: LanguageClient | undefined;

/** The documents the server reads: Markdown files, saved or not. */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
];

/** What the extension gives other extensions and the tests (`vscode.extensions.getExtension(…).exports`). */
export interface SxsDocsApi {
  readonly reading: ReadingApi;
  /** The status bar item of the active localized file. */
  readonly status: FileStatus;
  readonly review: ReviewApi;
  /** The Matches and Concordance views. */
  readonly memory: MemoryApi;
}

export async function activate(context: vscode.ExtensionContext): Promise<SxsDocsApi> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannelName: 'Side-by-Side Docs',
    // The index build shows as this extension's notification (showIndexProgress), not twice.
    initializationOptions: { showsIndexProgress: true } satisfies InitializationOptions,
    errorHandler: {
      // Requests sent between a server's crash and its connection closing fail to write; the client's default shuts the
      // client down for good at the fourth, so a crash while the editor is busy left no server. Closing decides instead.
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: () => restarts.closed(),
    },
  };
  client = new LanguageClient('sxsDocs', 'Side-by-Side Docs', serverOptions, clientOptions);
  // The library's own rule for a closed connection: restart, unless the server crashed five times in three minutes.
  const restarts: ErrorHandler = client.createDefaultErrorHandler();
  context.subscriptions.push(client);
  context.subscriptions.push(registerTurnOffRule());
  context.subscriptions.push(registerSampleWorkspace(context), registerWalkthroughSteps());
  const status = new FileStatus(client, FILE_ACTIONS_COMMAND);
  context.subscriptions.push(registerCompareEnglish(client), registerCounterpartCommands(client), showIndexProgress(client, () => status.schedule()), status, registerFileActions(client, status));
  await client.start();
  status.schedule(0);

  const previews = new PreviewManager(client, context.extensionUri);
  context.subscriptions.push(
    previews,
    trackLocalizedEditor(client),
    vscode.commands.registerCommand(COMMANDS.openPreview.id, (uri?: vscode.Uri) => previews.open(uri, false)),
    vscode.commands.registerCommand(COMMANDS.openPreviewToSide.id, (uri?: vscode.Uri) => previews.open(uri, true)),
  );

  const reading = registerReading(context, client);
  const review = registerReview(context, client);
  const memory = registerMemory(client);
  context.subscriptions.push(memory.disposable);
  return { reading, status, review, memory: memory.api };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
