import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { READING_COMMANDS, READING_SETTINGS } from './commands';
import { goToFinding, goToUntranslated } from './navigation';
import { ReadingView } from './readingView';
import { READING_STRINGS } from './strings';

/** Registers the reading features (decorations, focus, navigation); returns the view for the extension's API. */
export function registerReading(context: vscode.ExtensionContext, client: LanguageClient): ReadingView {
  const view = new ReadingView(client);
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand(READING_COMMANDS.nextFinding, () => goToFinding('next')),
    vscode.commands.registerCommand(READING_COMMANDS.previousFinding, () => goToFinding('previous')),
    vscode.commands.registerCommand(READING_COMMANDS.nextUntranslated, () => goToUntranslated(client, 'next')),
    vscode.commands.registerCommand(READING_COMMANDS.previousUntranslated, () => goToUntranslated(client, 'previous')),
    vscode.commands.registerCommand(READING_COMMANDS.toggleDimMarkup, () => toggleDimMarkup()),
    vscode.commands.registerCommand(READING_COMMANDS.focusOnTranslation, async () => {
      await view.setFocus(!view.focusOnTranslation);
      vscode.window.setStatusBarMessage(view.focusOnTranslation ? READING_STRINGS.focusOn : READING_STRINGS.focusOff, 4000);
    }),
  );
  return view;
}

/** Flips `sxsDocs.reading.dimMarkup` where it is set (folder, workspace), or in the user settings. */
async function toggleDimMarkup(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const config = vscode.workspace.getConfiguration(READING_SETTINGS.section, document);
  const key = READING_SETTINGS.dimMarkup;
  const inspected = config.inspect<boolean>(key);
  const next = !config.get<boolean>(key, true);
  const target =
    inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await config.update(key, next, target);
  vscode.window.setStatusBarMessage(next ? READING_STRINGS.dimOn : READING_STRINGS.dimOff, 4000);
}
