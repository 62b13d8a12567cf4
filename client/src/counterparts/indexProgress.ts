import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CancelIndexingNotification, IndexProgressNotification, type IndexProgressParams } from '#protocol';
import { Commands } from './counterpartCommands';
import { Strings } from './strings';

/** A build that ends sooner than this shows no notification at all. */
const SHOW_AFTER_MS = 1000;

/**
 * Shows the server's build of the locale index as a progress notification with a Cancel
 * button (after a second, so that small workspaces see nothing), and offers a rebuild when
 * the user cancelled it. `onBuildEnd` hears of each build's end (the language client keeps one
 * handler per notification, so others listen through this one).
 */
export function showIndexProgress(client: LanguageClient, onBuildEnd?: (p: IndexProgressParams) => void): vscode.Disposable {
  let current: { update(p: IndexProgressParams): void; end(): void } | undefined;
  let cancelledByUser = false;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let latest: IndexProgressParams | undefined;

  const show = () => {
    showTimer = undefined;
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: Strings.indexingTitle, cancellable: true }, (progress, token) => {
      let reported = 0;
      token.onCancellationRequested(() => {
        cancelledByUser = true;
        void client.sendNotification(CancelIndexingNotification.type);
      });
      return new Promise<void>((resolve) => {
        current = {
          update(p) {
            const percent = p.total ? Math.floor((100 * p.indexed) / p.total) : 0;
            progress.report({ message: p.total ? Strings.indexingProgress(p.indexed, p.total) : undefined, increment: Math.max(0, percent - reported) });
            reported = Math.max(reported, percent);
          },
          end: resolve,
        };
        if (latest) current.update(latest);
      });
    });
  };

  const listener = client.onNotification(IndexProgressNotification.type, (p: IndexProgressNotification.Params) => {
    latest = p;
    if (p.state === 'building') {
      if (!current && !showTimer) showTimer = setTimeout(show, SHOW_AFTER_MS);
      current?.update(p);
      return;
    }
    if (showTimer) clearTimeout(showTimer);
    showTimer = undefined;
    onBuildEnd?.(p);
    current?.end();
    current = undefined;
    if (p.state === 'cancelled' && cancelledByUser) {
      cancelledByUser = false;
      void vscode.window.showInformationMessage(Strings.indexingCancelled(p.indexed), Strings.rebuild).then((choice) => {
        if (choice === Strings.rebuild) void vscode.commands.executeCommand(Commands.rebuildLocaleIndex);
      });
    }
  });
  return new vscode.Disposable(() => {
    listener.dispose();
    if (showTimer) clearTimeout(showTimer);
    current?.end();
  });
}
