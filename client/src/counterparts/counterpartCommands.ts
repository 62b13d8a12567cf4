import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CounterpartsRequest, RebuildIndexRequest, type CounterpartItem, type CounterpartsResult, COMMANDS } from '#protocol';
import { pickItems } from './counterpartPick';
import { Strings } from './strings';

/** Arguments a keybinding or another extension can give the open commands. */
export interface OpenCounterpartArgs {
  /** Open this locale's version directly, without the quick pick (`de-DE`, `en-US`). */
  readonly locale?: string;
}

/** The command ids, as package.json contributes them. */
export const Commands = {
  openCounterpart: COMMANDS.openCounterpart.id,
  openCounterpartToSide: COMMANDS.openCounterpartToSide.id,
  nextLocale: COMMANDS.nextLocale.id,
  previousLocale: COMMANDS.previousLocale.id,
  rebuildLocaleIndex: COMMANDS.rebuildLocaleIndex.id,
} as const;

/** Registers "Open Counterpart…", "Open Counterpart to the Side…", next/previous locale and "Rebuild Locale Index". */
export function registerCounterpartCommands(client: LanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.openCounterpart, (args?: OpenCounterpartArgs) => openCounterpart(client, false, args)),
    vscode.commands.registerCommand(Commands.openCounterpartToSide, (args?: OpenCounterpartArgs) => openCounterpart(client, true, args)),
    vscode.commands.registerCommand(Commands.nextLocale, () => stepLocale(client, 1)),
    vscode.commands.registerCommand(Commands.previousLocale, () => stepLocale(client, -1)),
    vscode.commands.registerCommand(Commands.rebuildLocaleIndex, () => client.sendRequest(RebuildIndexRequest.type)),
  );
}

/** Asks the server for the active editor's other versions, and where the segment at the cursor is in each. */
async function counterparts(client: LanguageClient): Promise<{ editor: vscode.TextEditor; result: CounterpartsResult } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(Strings.notMarkdown);
    return undefined;
  }
  const params: CounterpartsRequest.Params = {
    textDocument: { uri: client.code2ProtocolConverter.asUri(editor.document.uri) },
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
  };
  const result = await client.sendRequest(CounterpartsRequest.type, params);
  if (!result.versions.length) {
    void vscode.window.showInformationMessage(result.indexState === 'building' ? Strings.stillIndexing : result.indexState === 'cancelled' ? Strings.indexIncomplete : Strings.noCounterparts);
    return undefined;
  }
  return { editor, result };
}

async function openCounterpart(client: LanguageClient, toSide: boolean, args: OpenCounterpartArgs | undefined): Promise<vscode.TextEditor | undefined> {
  const found = await counterparts(client);
  if (!found) return undefined;
  const { result } = found;
  let item: CounterpartItem | undefined;
  if (args?.locale) {
    item = result.versions.find((v) => v.locale.toLowerCase() === args.locale!.toLowerCase());
    if (!item) {
      void vscode.window.showInformationMessage(Strings.noCounterparts);
      return undefined;
    }
  } else {
    item = (await vscode.window.showQuickPick(pickItems(result), { title: result.self?.status === 'stale' ? Strings.pickTitleStale(result.segment) : Strings.pickTitle(result.segment), placeHolder: Strings.pickPlaceholder, matchOnDescription: true }))?.item;
  }
  return item ? open(client, item, toSide) : undefined;
}

/** Opens the previous or next version, in the order English first and then by locale, wrapping around. */
async function stepLocale(client: LanguageClient, step: 1 | -1): Promise<vscode.TextEditor | undefined> {
  const found = await counterparts(client);
  if (!found) return undefined;
  const { result, editor } = found;
  const self: CounterpartItem = { uri: editor.document.uri.toString(), locale: result.self?.locale ?? '', english: !!result.self?.english, status: result.self?.status ?? 'unknown', ranges: [] };
  const ring = [...result.versions, self].sort((a, b) => Number(b.english) - Number(a.english) || a.locale.localeCompare(b.locale));
  const at = ring.indexOf(self);
  return open(client, ring[(at + step + ring.length) % ring.length], false);
}

/** Opens a version at the segment (its first range), or at the start when it has none. */
async function open(client: LanguageClient, item: CounterpartItem, toSide: boolean): Promise<vscode.TextEditor> {
  const range = item.ranges[0] ? client.protocol2CodeConverter.asRange(item.ranges[0]) : new vscode.Range(0, 0, 0, 0);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(item.uri), {
    viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active,
    selection: new vscode.Range(range.start, range.start),
  });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
