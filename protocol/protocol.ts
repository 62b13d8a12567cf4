/**
 * What the client and the server say to each other beyond LSP itself, declared once and
 * imported by both sides (`client/src`, `server/src/server.ts`): each custom request as its
 * method, parameter and result types, and its `RequestType`.
 */
import { NotificationType, NotificationType0, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { Position, Range, TextDocumentIdentifier } from 'vscode-languageserver-types';
import { TURN_OFF_RULE_COMMAND } from '../server/src/core/commands';
import type { IndexState } from '../server/src/core/index/localeIndex';
import type { VersionStatus } from '../server/src/core/index/versionStatus';
import type { PreviewModel } from '../server/src/core/preview/rows';
import type { EnglishComparison } from '../server/src/core/languageService';
import type { AttentionKind } from '../server/src/core/review/attention';
import type { ReviewAction } from '../server/src/core/review/reviewActions';
import type { SegmentReviewState } from '../server/src/core/review/reviewStates';
import type { FileProgress } from '../server/src/core/review/workspaceCheck';
import type { SegmentMatches } from '../server/src/core/memory/segmentMatches';
import type { ConcordanceResult } from '../server/src/core/memory/concordance';

export type { PreviewModel, PreviewRow, OtherCell, RowFinding } from '../server/src/core/preview/rows';
export type { BlockContext, AlertKind } from '../server/src/core/preview/blockContext';

/** The client command that a "turn off this rule" code action runs: sets `sxsDocs.rules.<code>` to "off". */
export namespace TurnOffRuleCommand {
  export const id = TURN_OFF_RULE_COMMAND;
  /** [rule code, URI of the document the rule was turned off from]. */
  export type Arguments = [code: string, uri: string];
}

/** The markup of a document that the editor dims: lookups, translation span tags, heading anchors. */
export namespace MarkupRangesRequest {
  export const method = 'sxsDocs/markupRanges';
  export interface Params {
    readonly textDocument: TextDocumentIdentifier;
  }
  export interface Result {
    /** The document version the ranges are of; the client drops an answer for an older version. */
    readonly version: number;
    readonly lookups: Range[];
    readonly tags: Range[];
    readonly anchors: Range[];
  }
  export const type = new RequestType<Params, Result | null, void>(method);
}

/**
 * Whether a document is a localized sxs document (segments, or localization keys), as the
 * server's model of it says: the client shows the preview button and keybinding for it.
 */
export namespace IsLocalizedRequest {
  export const method = 'sxsDocs/isLocalized';
  export interface Params {
    readonly textDocument: TextDocumentIdentifier;
  }
  export interface Result {
    /** The document version the answer is of. */
    readonly version: number;
    readonly localized: boolean;
  }
  export const type = new RequestType<Params, Result | null, void>(method);
}

/** The next or previous untranslated segment from a position. */
export namespace FindUntranslatedRequest {
  export const method = 'sxsDocs/findUntranslated';
  export interface Params {
    readonly textDocument: TextDocumentIdentifier;
    readonly position: Position;
    readonly direction: 'next' | 'previous';
  }
  export interface Result {
    /** The segment's translation text. */
    readonly range: Range;
    readonly id: string;
    /** Why it counts: its translation is empty, or reads the same as its English. */
    readonly reason: 'empty' | 'same-as-english';
    /** The search came round the end (or the start) of the document. */
    readonly wrapped: boolean;
    /** Its place among the untranslated segments of the document, from 1, and how many there are. */
    readonly ordinal: number;
    readonly total: number;
  }
  export const type = new RequestType<Params, Result | null, void>(method);
}

export interface PreviewParams {
  readonly uri: string;
  /** Other locales to show beside this one. */
  readonly locales?: readonly string[];
}

/** The English an open translation was made from, and where the English now is (for VS Code's diff editor). */
export namespace EnglishComparisonRequest {
  export const method = 'sxsDocs/englishComparison';
  export interface Params {
    readonly uri: string;
  }
  export type Result = EnglishComparison;
  export const type = new RequestType<Params, EnglishComparison | null, void>(method);
}

/** The side-by-side rows of an open document. */
export namespace PreviewRequest {
  export const method = 'sxsDocs/preview';
  export const type = new RequestType<PreviewParams, PreviewModel | null, void>(method);
}

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
  readonly self?: { readonly locale: string; readonly english: boolean; readonly status: VersionStatus; readonly translationType?: string };
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
  export const type = new RequestType<CounterpartsParams, CounterpartsResult, void>(method);
}

export interface IndexProgressParams {
  readonly state: IndexState;
  /** Files read so far, of `total` found. */
  readonly indexed: number;
  readonly total: number;
  /** When the build ended: the number of documents indexed and how long it took. */
  readonly documents?: number;
  readonly buildMs?: number;
  /**
   * When the build ended: whether the index has learned from every document (the term
   * statistics and the translation memory are whole). It learns after saying `ready`, and
   * says so in one more notification.
   */
  readonly learned?: boolean;
}

/**
 * What a client may send as `initializationOptions` at `initialize` (every key optional).
 * `settings`: the `sxsDocs` settings, for a client that does not answer `workspace/configuration`;
 * `locale`: the display language, for a client that cannot set LSP's `locale`;
 * `showsIndexProgress`: the client shows `sxs/indexProgress` itself (the VS Code extension does,
 * with a Cancel button), so the server sends no work-done progress for the index build;
 * `indexProgressAfterMs`: how long a build runs before its work-done progress shows (1000 ms
 * unless sent; 0 shows every build, however short).
 */
export interface InitializationOptions {
  settings?: unknown;
  locale?: string;
  showsIndexProgress?: boolean;
  indexProgressAfterMs?: number;
}

/** Server → client: the locale index is being built (sent when it starts, as it goes, and when it ends). */
export namespace IndexProgressNotification {
  export const method = 'sxsDocs/indexProgress';
  export type Params = IndexProgressParams;
  export const type = new NotificationType<IndexProgressParams>(method);
}

/** Client → server: the user cancelled the build of the locale index. */
export namespace CancelIndexingNotification {
  export const method = 'sxsDocs/cancelIndexing';
  export const type = new NotificationType0(method);
}

/** Client → server: build the locale index again from the workspace. Answers at once; progress follows. */
export namespace RebuildIndexRequest {
  export const method = 'sxsDocs/rebuildIndex';
  export const type = new RequestType0<null, void>(method);
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
  export const type = new RequestType0<IndexStatusResult, void>(method);
}

export type { SegmentMatches, MatchWithText } from '../server/src/core/memory/segmentMatches';
export type { WordChange } from '../server/src/core/memory/similarity';
export type { ConcordanceHit, ConcordanceResult } from '../server/src/core/memory/concordance';

/** The translation memory's matches for the segment at a position (null off a segment, or without a memory). */
export namespace MatchesRequest {
  export const method = 'sxsDocs/matches';
  export interface Params {
    readonly textDocument: TextDocumentIdentifier;
    readonly position: Position;
  }
  export const type = new RequestType<Params, SegmentMatches | null, void>(method);
}

/** Pairs of the translation memory whose English, or whose translation into a locale, has a word or phrase. */
export namespace ConcordanceRequest {
  export const method = 'sxsDocs/concordance';
  export interface Params {
    readonly phrase: string;
    readonly locale: string;
    readonly side: 'english' | 'translation';
    readonly limit?: number;
  }
  export const type = new RequestType<Params, ConcordanceResult, void>(method);
}

/** The locales the translation memory has pairs of, and how many pairs it holds. */
export namespace MemoryStatusRequest {
  export const method = 'sxsDocs/memoryStatus';
  export interface Result {
    readonly locales: readonly string[];
    readonly pairs: number;
    readonly indexState: IndexState;
  }
  export const type = new RequestType0<Result, void>(method);
}

/** Proposed glossary entries of a locale, from the memory, as a TBX file's text. */
export namespace SuggestTermsRequest {
  export const method = 'sxsDocs/suggestTerms';
  export interface Params {
    readonly locale: string;
  }
  export interface Result {
    readonly tbx: string;
    /** Entries proposed. */
    readonly count: number;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

export { COMMANDS, INTERNAL_COMMANDS } from './commands';
export { DIAGNOSTIC_SOURCE } from '../server/src/core/lsp/diagnostics';
export type { AttentionKind } from '../server/src/core/review/attention';
export type { ReviewState } from '../server/src/core/review/reviewFile';
export type { SegmentReviewState } from '../server/src/core/review/reviewStates';
export type { ReviewAction } from '../server/src/core/review/reviewActions';
export type { FileProgress } from '../server/src/core/review/workspaceCheck';

/** A segment's review, as the editor shows it (gutter, comment thread, status bar). */
export interface SegmentReviewItem {
  readonly id: string;
  /** `104`, `p103`: its key in the review file. */
  readonly label: string;
  /** The translation's text. */
  readonly range: Range;
  readonly state: SegmentReviewState;
  readonly changed: boolean;
  /** A state was stored on another English or translation, and no longer holds. */
  readonly lapsed: boolean;
  /** Why it needs attention; empty when it does not. */
  readonly reasons: readonly AttentionKind[];
  readonly by?: string;
  readonly at?: string;
  readonly resolved?: boolean;
  readonly comments: readonly { readonly by: string; readonly at: string; readonly body: string }[];
}

/** The review states of a document's segments. */
export namespace ReviewStatesRequest {
  export const method = 'sxsDocs/reviewStates';
  export interface Params {
    readonly textDocument: TextDocumentIdentifier;
  }
  export interface Result {
    readonly version: number;
    /** The review file's URI, and the document's path in it. */
    readonly file: string;
    readonly path: string;
    readonly counts: { readonly segments: number; readonly approved: number; readonly changed: number; readonly toReview: number };
    readonly segments: readonly SegmentReviewItem[];
    /** Why the review file could not be read; its states are then not shown and not written. */
    readonly problem?: string;
  }
  export const type = new RequestType<Params, Result | null, void>(method);
}

/** The next or previous segment needing attention from a position. */
export namespace FindAttentionRequest {
  export const method = 'sxsDocs/findAttention';
  export interface Params {
    readonly textDocument: TextDocumentIdentifier;
    readonly position: Position;
    readonly direction: 'next' | 'previous';
    /** Only these reasons count; all of them when left out. */
    readonly kinds?: readonly AttentionKind[];
  }
  export interface Result {
    /** The segment's translation text. */
    readonly range: Range;
    readonly id: string;
    readonly reasons: readonly AttentionKind[];
    readonly wrapped: boolean;
    readonly ordinal: number;
    readonly total: number;
  }
  export const type = new RequestType<Params, Result | null, void>(method);
}

/** The outcome of a review action: written, or why not (a review file that cannot be read is never written over). */
export interface ReviewOutcome {
  readonly ok: boolean;
  /** How many segments the action changed. */
  readonly changed?: number;
  readonly message?: string;
}

/** Records a review action (approve, request changes, needs review, comment, resolve) in the review file. */
export namespace ReviewRequest {
  export const method = 'sxsDocs/review';
  export interface Params {
    readonly textDocument: TextDocumentIdentifier;
    readonly action: ReviewAction;
    /** Who acts, as the review file records it. */
    readonly by: string;
  }
  export type Result = ReviewOutcome;
  export const type = new RequestType<Params, ReviewOutcome, void>(method);
}

/** Approves the segment at a position, then finds the next segment needing attention. */
export namespace ApproveAndNextRequest {
  export const method = 'sxsDocs/approveAndNext';
  export interface Params {
    readonly textDocument: TextDocumentIdentifier;
    readonly position: Position;
    readonly by: string;
    readonly kinds?: readonly AttentionKind[];
  }
  export interface Result extends ReviewOutcome {
    /** The segment approved (`e869d-104`), when the position was on one. */
    readonly approved?: string;
    readonly next: FindAttentionRequest.Result | null;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/** The edit that copies the English of the segment at a position into its translation. */
export namespace CopyEnglishRequest {
  export const method = 'sxsDocs/copyEnglish';
  export interface Params {
    readonly textDocument: TextDocumentIdentifier;
    readonly position: Position;
  }
  export interface Result {
    readonly id: string;
    /** The document version the edit is for. */
    readonly version: number;
    readonly edit: { readonly range: Range; readonly newText: string };
  }
  export const type = new RequestType<Params, Result | null, void>(method);
}

/** Checks every translated file of the workspace, or of one locale, into the diagnostics; progress comes as {@link CheckWorkspaceProgressNotification}. Cancellable. */
export namespace CheckWorkspaceRequest {
  export const method = 'sxsDocs/checkWorkspace';
  export interface Params {
    /** `de-DE`; every locale when left out. */
    readonly locale?: string;
  }
  export interface Result {
    readonly checked: number;
    readonly total: number;
    readonly cancelled: boolean;
    readonly files: readonly FileProgress[];
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/** Server → client: a workspace check has checked `done` of `total` files. */
export namespace CheckWorkspaceProgressNotification {
  export const method = 'sxsDocs/checkWorkspaceProgress';
  export interface Params {
    readonly done: number;
    readonly total: number;
    /** The file just checked: the progress view fills as the check goes. */
    readonly file: FileProgress;
  }
  export const type = new NotificationType<Params>(method);
}

/** Client → server: take the workspace check's findings of files that are not open out of the diagnostics. */
export namespace ClearWorkspaceCheckNotification {
  export const method = 'sxsDocs/clearWorkspaceCheck';
  export const type = new NotificationType0(method);
}

/** The locales of the translated files in the locale index, with how many files each has (for choosing what a workspace check covers). */
export namespace TranslatedLocalesRequest {
  export const method = 'sxsDocs/translatedLocales';
  export type Result = readonly { readonly locale: string; readonly files: number }[];
  export const type = new RequestType0<Result, void>(method);
}
