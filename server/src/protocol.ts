/**
 * Custom requests and notifications between the extension and the server, declared once
 * and used by both sides.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { PreviewModel } from './core/preview/rows';

export type { PreviewModel, PreviewRow, OtherCell, RowFinding } from './core/preview/rows';
export type { BlockContext, AlertKind } from './core/preview/blockContext';

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
