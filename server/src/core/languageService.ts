import type { Diagnostic, Hover, Location, LocationLink, Position } from 'vscode-languageserver-types';
import type { CheckConfig } from './config';
import { DocumentModelCache, type TextDocumentLike } from './documentCache';
import { segmentHover } from './hover';
import { toDiagnostic } from './lsp/diagnostics';
import type { SxsDocument } from './model';
import { checkDocument, runsLocaleRules } from './rules/check';
import type { CounterpartsAnswer } from './counterparts/counterparts';
import type { BulkIndexer } from './index/bulkIndexer';
import type { LocaleRoot } from './index/layout';
import type { LocaleIndex } from './index/localeIndex';
import { createLocaleFeatures, type LocaleFeatures } from './localeFeatures';
import type { IWorkspace } from './workspace';

export interface Logger {
  log(message: string): void;
  error(message: string): void;
}

export interface LanguageServiceOptions {
  /** The check settings that apply to a document. */
  readonly config: (uri: string) => CheckConfig | Promise<CheckConfig>;
  readonly logger?: Logger;
  /** The workspace's files; with it, the service keeps a locale index (counterparts, cross-locale checks). */
  readonly workspace?: IWorkspace;
  /** Locale roots named in the settings, for layouts the conventions do not cover. */
  readonly localeRoots?: () => Promise<readonly LocaleRoot[]>;
  /** Builds part of the locale index on other threads. */
  readonly bulkIndexer?: BulkIndexer;
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
  /** Forget a closed document. */
  close(uri: string): void;
  /** The locale index, when the service was given a workspace. */
  readonly index: LocaleIndex | undefined;
  /** The other locale versions of the document, and where the segment at the position is in each. */
  counterparts(document: TextDocumentLike, position: Position | undefined): CounterpartsAnswer | undefined;
  /** The same segment in every other locale version (or, off a segment, the other versions). */
  definition(document: TextDocumentLike, position: Position): LocationLink[];
  /** The segment in every locale version. */
  references(document: TextDocumentLike, position: Position, includeDeclaration: boolean): Location[];
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  // Room for every document a translator keeps open (closed ones are dropped): a miss re-parses on a hover or a definition.
  const cache = new DocumentModelCache(128);
  const locale: LocaleFeatures | undefined = options.workspace
    ? createLocaleFeatures({ workspace: options.workspace, cache, roots: options.localeRoots, bulk: options.bulkIndexer, log: options.logger?.log.bind(options.logger) })
    : undefined;
  const service: LanguageService = {
    model: (document) => cache.get(document),
    isLocalized: (document) => isLocalized(cache.get(document)),
    async diagnostics(document) {
      const doc = cache.get(document);
      if (!isLocalized(doc)) return [];
      const config = await options.config(document.uri);
      const localeContext = runsLocaleRules(config) ? await locale?.localeContext(document) : undefined;
      return checkDocument(doc, config, { path: document.uri, locale: localeContext }).map((f) => toDiagnostic(doc, f));
    },
    hover: (document, position) => segmentHover(cache.get(document), position),
    close: (uri) => cache.delete(uri),
    index: locale?.index,
    counterparts: (document, position) => locale?.counterparts(document, position),
    definition: (document, position) => locale?.definition(document, position) ?? [],
    references: (document, position, includeDeclaration) => locale?.references(document, position, includeDeclaration) ?? [],
  };
  return Object.freeze(service);
}

function isLocalized(doc: SxsDocument): boolean {
  return doc.segments.length > 0 || doc.orphanLookups.length > 0 || doc.keys.contentLocale !== undefined;
}
