/**
 * The custom requests between the extension and its server, declared once and used by both
 * sides (`client/src`, `server/src/server.ts`). Each is its method name with its parameter and
 * result types: the client library and the server library carry different versions of
 * vscode-jsonrpc, whose `RequestType` classes do not mix, so both sides send and handle by
 * method name, typed through these declarations.
 */
import type { Position, Range, TextDocumentIdentifier } from 'vscode-languageserver-types';

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
}
