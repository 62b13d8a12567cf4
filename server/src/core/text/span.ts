import type { Range } from 'vscode-languageserver-types';

/** A stretch of the document: UTF-16 offsets (end exclusive) and the same as an LSP range. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}
