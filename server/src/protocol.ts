/**
 * The custom requests and notifications of sxs-docs, declared once and used by both the
 * client (the extension) and the server: each has its method name and the types of its
 * parameters and result. Plain data only: positions and ranges as LSP has them.
 *
 * The declarations are names and types rather than vscode-jsonrpc `RequestType` objects
 * because the client and the server libraries ship different vscode-jsonrpc versions
 * (vscode-languageclient 11 and vscode-languageserver 10), whose classes TypeScript does not
 * take for each other.
 */
import type { Position, Range, TextDocumentIdentifier } from 'vscode-languageserver-types';
import type { IndexState } from './core/index/localeIndex';
import type { VersionStatus } from './core/index/versionStatus';

export type { IndexState, VersionStatus };

/** One other locale version of a document. */
export interface CounterpartItem {
  readonly uri: string;
  /** `de-DE`; `en-US` for the English source. */
  readonly locale: string;
  readonly english: boolean;
  /** `MT` or `HT`. */
  readonly translationType?: string;
  readonly status: VersionStatus;
  /** Where the segment at the requested position is in this version (several for a paragraph segment's sentences); empty when it has none. */
  readonly ranges: readonly Range[];
}

export interface CounterpartsParams {
  readonly textDocument: TextDocumentIdentifier;
  /** Where the cursor is; without it, no segment is looked for. */
  readonly position?: Position;
}

export interface CounterpartsResult {
  readonly indexState: IndexState;
  /** The document itself, when the index knows it. */
  readonly self?: { readonly locale: string; readonly english: boolean; readonly status: VersionStatus };
  /** The segment at the position (`104`, `p103`), when there is one. */
  readonly segment?: string;
  /** The other versions: the English first, then by locale. */
  readonly versions: readonly CounterpartItem[];
}

/** The other locale versions of a document and where the segment at a position is in each. */
export namespace CounterpartsRequest {
  export const method = 'sxsDocs/counterparts';
  export type Params = CounterpartsParams;
  export type Result = CounterpartsResult;
}

export interface IndexProgressParams {
  readonly state: IndexState;
  /** Files read so far, of `total` found. */
  readonly indexed: number;
  readonly total: number;
  /** When the build ended: the number of documents indexed and how long it took. */
  readonly documents?: number;
  readonly buildMs?: number;
}

/** Server → client: the locale index is being built (sent when it starts, as it goes, and when it ends). */
export namespace IndexProgressNotification {
  export const method = 'sxsDocs/indexProgress';
  export type Params = IndexProgressParams;
}

/** Client → server: the user cancelled the build of the locale index. */
export namespace CancelIndexingNotification {
  export const method = 'sxsDocs/cancelIndexing';
}

/** Client → server: build the locale index again from the workspace. Answers at once; progress follows. */
export namespace RebuildIndexRequest {
  export const method = 'sxsDocs/rebuildIndex';
}

export interface IndexStatusResult {
  readonly state: IndexState;
  readonly documents: number;
  readonly segments: number;
  readonly buildMs?: number;
  /** The server's JavaScript heap in use, in bytes. */
  readonly heapUsed: number;
}

/** The locale index's state and size (for the status display and the benchmark). */
export namespace IndexStatusRequest {
  export const method = 'sxsDocs/indexStatus';
  export type Result = IndexStatusResult;
}
