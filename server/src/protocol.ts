/**
 * What the client and the server say to each other beyond LSP itself, declared once and
 * imported by both sides (`client/src`, `server/src/server.ts`): each custom request as its
 * method, parameter and result types, and its `RequestType`.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Position, Range, TextDocumentIdentifier } from 'vscode-languageserver-types';
import { TURN_OFF_RULE_COMMAND } from './core/commands';
import type { PreviewModel } from './core/preview/rows';

export type { PreviewModel, PreviewRow, OtherCell, RowFinding } from './core/preview/rows';
export type { BlockContext, AlertKind } from './core/preview/blockContext';

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

/** The side-by-side rows of an open document. */
export namespace PreviewRequest {
  export const method = 'sxsDocs/preview';
  export const type = new RequestType<PreviewParams, PreviewModel | null, void>(method);
}
