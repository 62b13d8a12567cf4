import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EnglishComparisonRequest } from '#protocol';

/** The command id, as package.json contributes it. */
export const COMPARE_ENGLISH_COMMAND = 'sxsDocs.compareEnglish';

/** The read-only documents of the diff: the English at hand-off, and a newer version's English. */
const SCHEME = 'sxs-docs-english';

/**
 * "Compare the English at Hand-off with the English Now": VS Code's diff editor with, on the
 * left, the English the translation was made from (reassembled from its lookups) and, on the
 * right, the English source file (or, without it, the newer locale version's English).
 */
export function registerCompareEnglish(client: LanguageClient): vscode.Disposable {
  const texts = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = { onDidChange: changed.event, provideTextDocumentContent: (uri) => texts.get(uri.toString()) ?? '' };
  const show = (uri: vscode.Uri, text: string) => {
    texts.set(uri.toString(), text);
    changed.fire(uri);
    return uri;
  };
  return vscode.Disposable.from(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand(COMPARE_ENGLISH_COMMAND, async (target?: vscode.Uri) => {
      const document = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
      if (!document || document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a localized Markdown file to compare its English.'));
        return;
      }
      const params: EnglishComparisonRequest.Params = { uri: client.code2ProtocolConverter.asUri(document.uri) };
      const result = await client.sendRequest(EnglishComparisonRequest.type, params);
      if (!result) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This file has no translated segments: there is no English at hand-off to compare.'));
        return;
      }
      if (!result.current) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No newer English is known for this file: add the English source repository to the workspace, or the locale versions handed off later.'));
        return;
      }
      const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
      const left = show(vscode.Uri.from({ scheme: SCHEME, path: `/handoff/${name}`, query: document.uri.toString() }), result.handoff);
      const right =
        result.current.kind === 'source'
          ? client.protocol2CodeConverter.asUri(result.current.uri)
          : show(vscode.Uri.from({ scheme: SCHEME, path: `/${result.current.locale}/${name}`, query: result.current.uri }), result.current.text);
      const now = result.current.kind === 'source' ? vscode.l10n.t('English now') : vscode.l10n.t('English now (from {locale})', { locale: result.current.locale });
      const title = vscode.l10n.t('{file}: English at hand-off ↔ {now}', { file: name, now });
      await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: false });
    }),
  );
}
