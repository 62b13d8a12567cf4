import type { CodeAction, CodeActionContext, Diagnostic, DocumentSymbol, FoldingRange, Hover, Location, LocationLink, Position } from 'vscode-languageserver-types';
import { codeActions } from './codeActions';
import type { CheckConfig } from './config';
import { DocumentModelCache, type TextDocumentLike } from './documentCache';
import type { DocumentLimits } from './documentLimits';
import { FindingsCache } from './findingsCache';
import type { CounterpartSegment } from './hover/counterparts';
import { hover } from './hover/hover';
import { toDiagnostic } from './lsp/diagnostics';
import type { Segment, SxsDocument } from './model';
import { documentSymbols } from './outline/documentSymbols';
import { foldingRanges } from './outline/folding';
import { OutlineCache } from './outline/outlineCache';
import { findSegment, type Direction, type SegmentMatch } from './reading/findSegment';
import { markupRanges, type MarkupRanges } from './reading/markupRanges';
import { untranslatedReason, type UntranslatedReason } from './reading/untranslated';
import { previewModel, type PreviewModel } from './preview/rows';
import { checkDocument, runsLocaleRules } from './rules/check';
import type { Finding } from './rules/rule';
import type { CounterpartsAnswer } from './counterparts/counterparts';
import type { BulkIndexer } from './index/bulkIndexer';
import type { LocaleRoot } from './index/layout';
import type { LocaleIndex } from './index/localeIndex';
import { createLocaleFeatures, type LocaleFeatures } from './localeFeatures';
import type { IWorkspace } from './workspace';
import { normalizeUri } from './uri';
import { ENGLISH, type L10n } from './l10n';
import { LearnedTerms, NO_LEARNED_TERMS } from './terms/learnedTerms';

export interface Logger {
  log(message: string): void;
  error(message: string): void;
}

export interface LanguageServiceOptions {
  /** The check settings that apply to a document. */
  readonly config: (uri: string) => CheckConfig | Promise<CheckConfig>;
  /** The documents left alone (too large, binary); the defaults when not given. */
  readonly limits?: () => DocumentLimits;
  readonly logger?: Logger;
  /** The same segment in the other locales of the document, for the hover's table; by default, from the locale index. */
  readonly counterparts?: (uri: string, segment: Segment) => readonly CounterpartSegment[] | undefined;
  /** The workspace's files; with it, the service keeps a locale index (counterparts, cross-locale checks). */
  readonly workspace?: IWorkspace;
  /** Locale roots named in the settings, for layouts the conventions do not cover. */
  readonly localeRoots?: () => Promise<readonly LocaleRoot[]>;
  /** Builds part of the locale index on other threads. */
  readonly bulkIndexer?: BulkIndexer;
  /** The display language of messages, fix titles, hovers and the outline; English without it. */
  readonly l10n?: L10n;
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
  /** The findings of the document at its current version (the ones its diagnostics show). */
  findings(document: TextDocumentLike): Promise<readonly Finding[]>;
  /** Quick fixes for the diagnostics in `context`, and the fixes of the whole file (`source.fixAll.sxsDocs`). */
  codeActions(document: TextDocumentLike, context: CodeActionContext): Promise<CodeAction[]>;
  /** The outline: front matter, headings (translated, English beside) nested by level, and their segments. */
  documentSymbols(document: TextDocumentLike): DocumentSymbol[];
  /** Folding ranges of the front matter and of each heading's section. */
  foldingRanges(document: TextDocumentLike): FoldingRange[];
  /** The markup around the translations (lookups, span tags, anchors), for the editor to dim. */
  markupRanges(document: TextDocumentLike): MarkupRanges;
  /** The next or previous untranslated segment from a position (see `isUntranslated`), coming round at the ends. */
  findUntranslated(document: TextDocumentLike, position: Position, direction: Direction): Promise<(SegmentMatch & { reason: UntranslatedReason }) | undefined>;
  /** The side-by-side preview of a document: its segments aligned with the English and other locales, with their findings. */
  preview(document: TextDocumentLike, locales?: readonly string[]): Promise<PreviewModel | undefined>;
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
  const l10n = options.l10n ?? ENGLISH;
  const cache = new DocumentModelCache(options.limits, 128, l10n);
  const locale: LocaleFeatures | undefined = options.workspace
    ? createLocaleFeatures({ workspace: options.workspace, cache, roots: options.localeRoots, bulk: options.bulkIndexer, log: options.logger?.log.bind(options.logger), l10n })
    : undefined;
  const findingsCache = new FindingsCache();
  const learnedFromIndex = locale && new LearnedTerms(locale.index.terms);
  /** What the workspace teaches about names and words, once the index is built (a partial count would mislead). */
  const learned = () => (learnedFromIndex && (locale.index.state === 'ready' || locale.index.state === 'cancelled') ? learnedFromIndex : NO_LEARNED_TERMS);
  /** Checks a document at its current version, with its other locale versions when a cross-locale rule is on. */
  const check = async (document: TextDocumentLike): Promise<{ doc: SxsDocument; found: readonly Finding[]; recheck: (fixed: SxsDocument) => Finding[] }> => {
    const doc = cache.get(document);
    const config = await options.config(document.uri);
    const versions = isLocalized(doc) && runsLocaleRules(config) ? await locale?.localeContext(document) : undefined;
    const recheck = (fixed: SxsDocument) => checkDocument(fixed, config, { path: document.uri, versions, l10n, learned: learned() });
    const found = isLocalized(doc) ? recheck(doc) : [];
    findingsCache.set(document.uri, document.version, found);
    return { doc, found, recheck };
  };
  const findings = async (document: TextDocumentLike): Promise<readonly Finding[]> => findingsCache.get(document.uri, document.version) ?? (await check(document)).found;
  const outlines = new OutlineCache();
  const service: LanguageService = {
    model: (document) => cache.get(document),
    isLocalized: (document) => isLocalized(cache.get(document)),
    async diagnostics(document) {
      const doc = cache.get(document);
      if (!isLocalized(doc)) return [];
      const version = document.version;
      const { found } = await check(document);
      return found.map((f) => toDiagnostic(doc, f, version));
    },
    findings,
    async codeActions(document, context) {
      const { doc, recheck } = await check(document);
      const all = await findings(document);
      return codeActions(doc, { uri: document.uri, version: document.version, context, recheck, l10n }, () => all);
    },
    hover: (document, position) =>
      hover(cache.get(document), position, {
        uri: document.uri,
        roots: options.workspace?.folders,
        l10n,
        counterparts: options.counterparts ? (segment) => options.counterparts?.(document.uri, segment) : locale && ((segment) => locale.counterpartSegments(document, segment)),
      }),
    documentSymbols(document) {
      const doc = cache.get(document);
      return isLocalized(doc) ? documentSymbols(doc, outlines.get(doc).sections, l10n) : [];
    },
    foldingRanges(document) {
      const doc = cache.get(document);
      return isLocalized(doc) ? foldingRanges(doc, outlines.get(doc).sections) : [];
    },
    markupRanges(document) {
      const doc = cache.get(document);
      return isLocalized(doc) ? markupRanges(doc, outlines.get(doc).headings) : { lookups: [], tags: [], anchors: [] };
    },
    async findUntranslated(document, position, direction) {
      const doc = cache.get(document);
      const config = await options.config(document.uri);
      const terms = [...config.doNotTranslate, ...doc.keys.noLoc];
      const match = findSegment(doc, doc.lines.offsetAt(position), direction, (s) => untranslatedReason(s, terms) !== undefined);
      return match && { ...match, reason: untranslatedReason(match.segment, terms)! };
    },
    close: (uri) => {
      cache.delete(uri);
      findingsCache.delete(uri);
    },
    async preview(document, locales = []) {
      const doc = cache.get(document);
      if (!isLocalized(doc)) return undefined;
      const versions = await locale?.versionsForPreview(document, locales);
      return previewModel(doc, await findings(document), versions ?? {});
    },
    index: locale?.index,
    counterparts: (document, position) => locale?.counterparts(document, position),
    definition: (document, position) => locale?.definition(document, position) ?? [],
    references: (document, position, includeDeclaration) => locale?.references(document, position, includeDeclaration) ?? [],
  };
  return Object.freeze(withNormalizedUris(service));
}

/**
 * The service with every document's URI in the one spelling the index keeps
 * ({@link normalizeUri}), whichever way the client spelled it.
 */
function withNormalizedUris(service: LanguageService): LanguageService {
  const norm = <D extends TextDocumentLike>(d: D): TextDocumentLike => {
    const uri = normalizeUri(d.uri);
    return uri === d.uri ? d : { uri, version: d.version, getText: () => d.getText() };
  };
  return {
    model: (d) => service.model(norm(d)),
    isLocalized: (d) => service.isLocalized(norm(d)),
    diagnostics: (d) => service.diagnostics(norm(d)),
    hover: (d, p) => service.hover(norm(d), p),
    findings: (d) => service.findings(norm(d)),
    codeActions: (d, c) => service.codeActions(norm(d), c),
    documentSymbols: (d) => service.documentSymbols(norm(d)),
    foldingRanges: (d) => service.foldingRanges(norm(d)),
    markupRanges: (d) => service.markupRanges(norm(d)),
    findUntranslated: (d, p, direction) => service.findUntranslated(norm(d), p, direction),
    preview: (d, locales) => service.preview(norm(d), locales),
    close: (uri) => service.close(normalizeUri(uri)),
    index: service.index,
    counterparts: (d, p) => service.counterparts(norm(d), p),
    definition: (d, p) => service.definition(norm(d), p),
    references: (d, p, include) => service.references(norm(d), p, include),
  };
}

function isLocalized(doc: SxsDocument): boolean {
  return doc.segments.length > 0 || doc.orphanLookups.length > 0 || doc.keys.contentLocale !== undefined;
}
