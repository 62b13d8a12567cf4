import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MarkupRangesRequest } from '#protocol';

/** The markup of a document at one version, in editor ranges. */
export interface DocumentMarkup {
  readonly version: number;
  readonly lookups: readonly vscode.Range[];
  readonly tags: readonly vscode.Range[];
  readonly anchors: readonly vscode.Range[];
}

/**
 * Asks the server where a document's markup is. `stale` when the answer is for another
 * version than the document's now; `unknown` when the server does not have the document (yet).
 */
export async function fetchMarkup(client: LanguageClient, document: vscode.TextDocument): Promise<DocumentMarkup | 'stale' | 'unknown'> {
  const version = document.version;
  const params: MarkupRangesRequest.Params = { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } };
  const result = await client.sendRequest(MarkupRangesRequest.type, params);
  if (!result) return 'unknown';
  if (result.version !== version || document.version !== version) return 'stale';
  const convert = (ranges: MarkupRangesRequest.Result['lookups']) => ranges.map((r) => client.protocol2CodeConverter.asRange(r));
  return { version, lookups: convert(result.lookups), tags: convert(result.tags), anchors: convert(result.anchors) };
}
