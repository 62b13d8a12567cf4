import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MemoryStatusRequest, SuggestTermsRequest } from '#protocol';
import { ConcordanceView } from './concordanceView';
import { MatchesView } from './matchesView';
import { MemoryStrings } from './strings';

/** The command ids, as package.json contributes them. */
export const MemoryCommands = {
  applyMatch: 'sxsDocs.applyMatch',
  applyBestMatch: 'sxsDocs.applyBestMatch',
  openMatchSource: 'sxsDocs.openMatchSource',
  concordance: 'sxsDocs.concordance',
  openConcordancePair: 'sxsDocs.openConcordancePair',
  suggestTerms: 'sxsDocs.suggestTerms',
} as const;

/** What the tests reach of the memory's views. */
export interface MemoryApi {
  readonly matches: MatchesView;
  readonly concordance: ConcordanceView;
}

/** The Matches and Concordance views, and the commands of the translation memory and the glossary. */
export function registerMemory(client: LanguageClient): { disposable: vscode.Disposable; api: MemoryApi } {
  const matches = new MatchesView(client);
  const concordance = new ConcordanceView(client);
  const disposable = vscode.Disposable.from(
    matches,
    concordance,
    vscode.commands.registerCommand(MemoryCommands.applyMatch, (item) => matches.apply(item)),
    vscode.commands.registerCommand(MemoryCommands.applyBestMatch, async () => {
      await matches.refresh();
      return matches.apply(undefined);
    }),
    vscode.commands.registerCommand(MemoryCommands.openMatchSource, (item) => matches.openSource(item)),
    vscode.commands.registerCommand(MemoryCommands.concordance, () => concordance.prompt()),
    vscode.commands.registerCommand(MemoryCommands.openConcordancePair, (pair) => concordance.open(pair)),
    vscode.commands.registerCommand(MemoryCommands.suggestTerms, () => suggestTerms(client)),
  );
  return { disposable, api: { matches, concordance } };
}

/** Proposes glossary entries of a locale from the memory, and opens them as a TBX file the user saves and edits. */
async function suggestTerms(client: LanguageClient): Promise<void> {
  const status = await client.sendRequest(MemoryStatusRequest.type);
  if (status.locales.length === 0) {
    void vscode.window.showInformationMessage(status.indexState === 'building' ? MemoryStrings.indexing : MemoryStrings.noMemory);
    return;
  }
  const locale = status.locales.length === 1 ? status.locales[0] : await vscode.window.showQuickPick(status.locales, { placeHolder: MemoryStrings.localePlaceholder });
  if (!locale) return;
  const result = await client.sendRequest(SuggestTermsRequest.type, { locale });
  if (result.count === 0) {
    void vscode.window.showInformationMessage(MemoryStrings.noSuggestions);
    return;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({ title: MemoryStrings.saveTitle, defaultUri: folder && vscode.Uri.joinPath(folder, `glossary.${locale}.tbx`), filters: { TBX: ['tbx'] } });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.tbx));
  await vscode.window.showTextDocument(target);
  void vscode.window.showInformationMessage(MemoryStrings.suggested(result.count, locale));
}
