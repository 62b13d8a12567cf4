import type { Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import type { CheckConfig } from './config';
import { DocumentModelCache, type TextDocumentLike } from './documentCache';
import { segmentHover } from './hover';
import { toDiagnostic } from './lsp/diagnostics';
import type { SxsDocument } from './model';
import { previewModel, type PreviewModel } from './preview/rows';
import { checkDocument } from './rules/check';

export interface Logger {
  log(message: string): void;
  error(message: string): void;
}

export interface LanguageServiceOptions {
  /** The check settings that apply to a document. */
  readonly config: (uri: string) => CheckConfig | Promise<CheckConfig>;
  readonly logger?: Logger;
}

/**
 * Everything the server, the CLI and the tests ask of the docs: one factory, pure
 * functions of the documents it is given, no editor and no file system.
 */
export interface LanguageService {
  /** The parsed model of the document at its current version (cached). */
  model(document: TextDocumentLike): SxsDocument;
  /** True when the document is a localized sxs document (segments or localization keys). */
  isLocalized(document: TextDocumentLike): boolean;
  diagnostics(document: TextDocumentLike): Promise<Diagnostic[]>;
  hover(document: TextDocumentLike, position: Position): Hover | undefined;
  /** The side-by-side preview of a document: its segments aligned with the English and other locales, with their findings. */
  preview(document: TextDocumentLike): Promise<PreviewModel | undefined>;
  /** Forget a closed document. */
  close(uri: string): void;
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const cache = new DocumentModelCache();
  const service: LanguageService = {
    model: (document) => cache.get(document),
    isLocalized: (document) => isLocalized(cache.get(document)),
    async diagnostics(document) {
      const doc = cache.get(document);
      if (!isLocalized(doc)) return [];
      const config = await options.config(document.uri);
      return checkDocument(doc, config, { path: document.uri }).map((f) => toDiagnostic(doc, f));
    },
    hover: (document, position) => segmentHover(cache.get(document), position),
    async preview(document) {
      const doc = cache.get(document);
      if (!isLocalized(doc)) return undefined;
      const config = await options.config(document.uri);
      return previewModel(doc, checkDocument(doc, config, { path: document.uri }));
    },
    close: (uri) => cache.delete(uri),
  };
  return Object.freeze(service);
}

function isLocalized(doc: SxsDocument): boolean {
  return doc.segments.length > 0 || doc.orphanLookups.length > 0 || doc.keys.contentLocale !== undefined;
}
