import { handoffEnglish } from './changes/handoffEnglish';
import type { SegmentChanges } from './changes/segmentChanges';
import { changeCounts, type ChangeCounts } from './changes/changeCounts';
import type { CodeAction, CodeActionContext, Diagnostic, DocumentSymbol, FoldingRange, Hover, Location, LocationLink, Position, Range } from 'vscode-languageserver-types';
import { codeActions } from './codeActions';
import type { CheckConfig } from './config';
import { DocumentModelCache, type TextDocumentLike } from './documentCache';
import type { DocumentLimits } from './documentLimits';
import { FindingsCache, type CheckedVersion } from './findingsCache';
import { LruMap } from './util/lruMap';
import { SegmentFindingsMemo } from './rules/segmentMemo';
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
import { previewModel, type LocaleVersion, type PreviewModel } from './preview/rows';
import { checkDocument, runsLocaleRules } from './rules/check';
import type { Finding } from './rules/rule';
import type { CounterpartsAnswer } from './counterparts/counterparts';
import type { BulkIndexer } from './index/bulkIndexer';
import type { LocaleRoot } from './index/layout';
import type { LocaleIndex } from './index/localeIndex';
import { createLocaleFeatures, type LocaleFeatures } from './localeFeatures';
import type { LocaleContext } from './crossLocale/localeContext';
import type { IWorkspace } from './workspace';
import { normalizeUri } from './uri';
import { ENGLISH, type L10n } from './l10n';
import { LearnedTerms, NO_LEARNED_TERMS } from './terms/learnedTerms';
import { Terminology } from './terms/terminology';
import { termsHoverLine } from './terms/termHover';
import { normalizeLocale } from './locale';
import { segmentAt } from './segmentAt';
import { TermResources, type TermFiles } from './memory/termResources';
import { applyMatchActions, matchesHoverLine, segmentMatches, type SegmentMatches } from './memory/segmentMatches';
import { concordance, type ConcordanceResult } from './memory/concordance';
import type { TranslationMemory } from './memory/translationMemory';
import type { FileProblem } from './xml/xmlInput';
import type { Event } from './workspace';
import { throwIfCancelled, type CancellationTokenLike } from './cancellation';
import { copyEnglishEdit } from './review/copyEnglish';
import { createReviewFeatures, type ReviewFeatures } from './review/reviewFeatures';
import type { WriteText } from './review/reviewStore';
import { checkWorkspace, type FileProgress } from './review/workspaceCheck';

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
  /** Writes a file (the review files); without it, review states are read but not saved. */
  readonly writeText?: WriteText;
  /** The lowest match % the translation memory offers (`sxsDocs.memory.minimumMatch`); 70 without it. */
  readonly minimumMatch?: () => number;
  /** Whether the locale index fills the translation memory (default: yes); a check on the command line reads nothing from it. */
  readonly translationMemory?: boolean;
  /** Whether the locale index learns from each entry as it is read, rather than once it is ready (the command line). */
  readonly learnAsRead?: boolean;
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
  /** The document's diagnostics; a cancelled token stops the checks (they throw `CancelledError`), as it does for every method that takes one. */
  diagnostics(document: TextDocumentLike, token?: CancellationTokenLike): Promise<Diagnostic[]>;
  /**
   * The hover: in a translation, of the segment or anchor at the position; in an English source,
   * the translations of the sentence there (of the translations read: see {@link readVersions}).
   */
  hover(document: TextDocumentLike, position: Position): Hover | undefined;
  /**
   * Reads the translations of an English source, which its hover, definition, references and
   * counterparts align with its sentences; resolves at once for any other document.
   */
  readVersions(document: TextDocumentLike): Promise<void>;
  /** The findings of the document at its current version (the ones its diagnostics show). */
  findings(document: TextDocumentLike, token?: CancellationTokenLike): Promise<readonly Finding[]>;
  /**
   * Quick fixes for the diagnostics in `context`, and the fixes of the whole file (`source.fixAll.sxsDocs`);
   * with a `range` in a segment, "Apply 96% HT match" for its best translation memory matches.
   */
  codeActions(document: TextDocumentLike, context: CodeActionContext, token?: CancellationTokenLike, range?: Range): Promise<CodeAction[]>;
  /** The outline: front matter, headings (translated, English beside) nested by level, and their segments. */
  documentSymbols(document: TextDocumentLike, token?: CancellationTokenLike): DocumentSymbol[];
  /** Folding ranges of the front matter and of each heading's section. */
  foldingRanges(document: TextDocumentLike): FoldingRange[];
  /** The markup around the translations (lookups, span tags, anchors), for the editor to dim. */
  markupRanges(document: TextDocumentLike): MarkupRanges;
  /** The next or previous untranslated segment from a position (see `isUntranslated`), coming round at the ends. */
  findUntranslated(document: TextDocumentLike, position: Position, direction: Direction): Promise<(SegmentMatch & { reason: UntranslatedReason }) | undefined>;
  /** The side-by-side preview of a document: its segments aligned with the English and other locales, with their findings. */
  preview(document: TextDocumentLike, locales?: readonly string[], token?: CancellationTokenLike): Promise<PreviewModel | undefined>;
  /**
   * Per segment, what became of its English in the current English (the English source, or the
   * newer locale version's lookups), and the sentences added; undefined without the locale index,
   * or when no newer English is known (see `segmentChanges` in core/changes).
   */
  segmentChanges(document: TextDocumentLike): Promise<SegmentChanges | undefined>;
  /**
   * The English the document was translated from (reassembled from its English lookups) and
   * where the English now is, for a diff of the two; undefined for a document without segments.
   */
  englishComparison(document: TextDocumentLike): Promise<EnglishComparison | undefined>;
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
  /** The translation memory's matches for the segment at the position (itself left out). */
  matches(document: TextDocumentLike, position: Position): SegmentMatches | undefined;
  /** The pairs whose English, or whose translation into `locale`, has the phrase. */
  concordance(phrase: string, locale: string, side: 'english' | 'translation', limit?: number): ConcordanceResult;
  /** The translation memory (with a workspace). */
  readonly memory: TranslationMemory | undefined;
  /** Reads the glossary and TMX files the settings name; resolves with what is wrong with them. */
  configureTerms(files: TermFiles): Promise<FileProblem[]>;
  /** What is wrong with the glossary and TMX files, one problem per file at most for XML. */
  termProblems(): FileProblem[];
  /** A glossary or TMX file was read again: findings may change. */
  readonly onDidChangeTerms: Event<void>;
  /** The glossary, the user's do-not-translate list and the learned terms, as the checks read them. */
  terminology(): Terminology;
  /** Releases what the service holds: the index's subscriptions to the workspace, its workers, the caches. */
  /** Review states of segments (review files of the locale repositories), when the service was given a workspace. */
  readonly review: ReviewFeatures | undefined;
  /** The edit that copies the English of the segment at the position into its translation. */
  copyEnglish(document: TextDocumentLike, position: Position): { range: Range; newText: string; id: string } | undefined;
  /** Checks every translated file of the index (of one locale, when given), file by file; cancellable between files. */
  checkWorkspace(locale: string | undefined, token: CancellationTokenLike, onFile: (file: FileProgress, diagnostics: Diagnostic[], done: number, total: number) => void): Promise<{ checked: number; total: number; cancelled: boolean }>;
  dispose(): void;
}

/** The English a translation was made from, beside the English now. */
export interface EnglishComparison {
  /** The English at hand-off, reassembled from the lookups. */
  readonly handoff: string;
  /**
   * The English now: the English source file, or (without it, when this version is stale) the
   * newer locale version's English, reassembled from its lookups; undefined when no newer English is known.
   */
  readonly current: { readonly kind: 'source'; readonly uri: string } | { readonly kind: 'locale'; readonly locale: string; readonly uri: string; readonly text: string } | undefined;
  /** How much changed, when the segments were aligned with the English now. */
  readonly counts: ChangeCounts | undefined;
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  // Room for every document a translator keeps open (closed ones are dropped): a miss re-parses on a hover or a definition.
  const l10n = options.l10n ?? ENGLISH;
  const cache = new DocumentModelCache(options.limits, 128, l10n);
  const locale: LocaleFeatures | undefined = options.workspace
    ? createLocaleFeatures({ workspace: options.workspace, cache, roots: options.localeRoots, bulk: options.bulkIndexer, log: options.logger?.log.bind(options.logger), l10n, translationMemory: options.translationMemory, learnAsRead: options.learnAsRead })
    : undefined;
  const findingsCache = new FindingsCache();
  /** Each open document's segment findings at its last check: after an edit, only the segments it touched are checked again. */
  const segmentMemos = new LruMap<string, SegmentFindingsMemo>(32);
  const segmentMemo = (uri: string) => {
    let memo = segmentMemos.get(uri);
    if (!memo) segmentMemos.set(uri, (memo = new SegmentFindingsMemo()));
    return memo;
  };
  const learnedFromIndex = locale && new LearnedTerms(locale.index.terms);
  /** What the workspace teaches about names and words, once the index has learned from every document it read (a partial count would mislead). */
  const learned = () => (learnedFromIndex && locale.index.learned ? learnedFromIndex : NO_LEARNED_TERMS);
  const resources = options.workspace && new TermResources(options.workspace, () => locale?.index.memory, l10n);
  const terminology = () => new Terminology(resources?.glossary, learned());
  const minimumMatch = () => options.minimumMatch?.() ?? 70;
  /** The locale of a document: its `ms.contentlocale`, else the one its place in the workspace says. */
  const localeOf = (document: TextDocumentLike, doc: SxsDocument) => (doc.keys.contentLocale && normalizeLocale(doc.keys.contentLocale)) || locale?.index.placeOf(document.uri)?.locale;
  /** The last answer: hovers, code actions and the Matches view ask about the same segment as the cursor rests. */
  let lastMatches: { key: string; found: SegmentMatches | undefined } | undefined;
  const matchesAt = (document: TextDocumentLike, doc: SxsDocument, segment: Segment): SegmentMatches | undefined => {
    const memory = locale?.index.memory;
    const lang = localeOf(document, doc);
    if (!memory || !lang) return undefined;
    // Right after the index is ready, its memory may still be filling: this locale's part is completed first.
    locale.index.rememberNow(lang);
    const minimum = minimumMatch();
    const key = `${document.uri}\u0001${document.version}\u0001${segment.index}\u0001${memory.generation}\u0001${minimum}`;
    if (lastMatches?.key !== key) lastMatches = { key, found: segmentMatches(memory, segment, document.uri, lang, { minimum }) };
    return lastMatches.found;
  };
  const hoverNotes = (document: TextDocumentLike, doc: SxsDocument, config: CheckConfig | undefined) => (segment: Segment): string[] => {
    const lang = localeOf(document, doc);
    const userTerms = [...(config?.doNotTranslate ?? []), ...doc.keys.noLoc];
    const terms = terminology();
    // Most hovers have no glossary and no memory to look into: they pay nothing for them.
    const hasTerms = terms.glossary.size > 0 || userTerms.length > 0;
    const termLine = hasTerms && segment.source ? termsHoverLine(segment.source.text, lang, terms, userTerms, l10n) : undefined;
    if (lang) locale?.index.rememberNow(lang);
    const tm = locale?.index.memory.size ? matchesHoverLine(matchesAt(document, doc, segment), l10n) : undefined;
    return [termLine, tm].filter((x): x is string => !!x);
  };
  const hoverConfigs = new Map<string, CheckConfig>();
  /** Checks a document at its current version, with its other locale versions when a cross-locale rule is on. */
  const check = async (document: TextDocumentLike, token?: CancellationTokenLike): Promise<CheckedVersion> => {
    const doc = cache.get(document);
    const config = await options.config(document.uri);
    throwIfCancelled(token);
    const versions = isLocalized(doc) && runsLocaleRules(config) ? await locale?.localeContext(document) : undefined;
    throwIfCancelled(token);
    lastContext = { uri: document.uri, version: document.version, context: versions };
    const terms = terminology();
    hoverConfigs.set(document.uri, config);
    const recheck = (fixed: SxsDocument) => checkDocument(fixed, config, { path: document.uri, versions, l10n, terminology: terms });
    const found = isLocalized(doc) ? checkDocument(doc, config, { path: document.uri, versions, l10n, terminology: terms, token, reuse: segmentMemo(document.uri) }) : [];
    const checked: CheckedVersion = { doc, findings: found, recheck };
    findingsCache.set(document.uri, document.version, checked);
    return checked;
  };
  /** The check of this version: the one the diagnostics were made from, or a new one. */
  const checked = async (document: TextDocumentLike, token?: CancellationTokenLike): Promise<CheckedVersion> => findingsCache.get(document.uri, document.version) ?? (await check(document, token));
  const findings = async (document: TextDocumentLike, token?: CancellationTokenLike): Promise<readonly Finding[]> => (await checked(document, token)).findings;
  /** The findings of another version shown in the preview, by its model (a version read again is a new model) and configuration. */
  const versionChecks = new WeakMap<SxsDocument, { config: CheckConfig; findings: readonly Finding[] }>();
  const versionFindings = async (version: LocaleVersion): Promise<readonly Finding[]> => {
    if (!version.uri || !isLocalized(version.doc)) return [];
    const config = await options.config(version.uri);
    const known = versionChecks.get(version.doc);
    if (known?.config === config) return known.findings;
    // Its own checks: those across locales are for its own editor.
    const found = checkDocument(version.doc, config, { path: version.uri, l10n, terminology: terminology() });
    versionChecks.set(version.doc, { config, findings: found });
    return found;
  };
  const outlines = new OutlineCache();
  /** The locale context of the last document checked: its review, asked for right after, reads it instead of building it again. */
  let lastContext: { uri: string; version: number; context: LocaleContext | undefined } | undefined;
  const review =
    options.workspace &&
    createReviewFeatures({
      workspace: options.workspace,
      write: options.writeText,
      model: (document) => cache.get(document),
      localeContext: async (document) => {
        if (!locale || !isLocalized(cache.get(document))) return undefined;
        if (lastContext?.uri === document.uri && lastContext.version === document.version && lastContext.context) return lastContext.context;
        return locale.localeContext(document);
      },
      findings,
      doNotTranslate: async (document) => (await options.config(document.uri)).doNotTranslate,
      l10n,
    });
  const service: LanguageService = {
    model: (document) => cache.get(document),
    isLocalized: (document) => isLocalized(cache.get(document)),
    async diagnostics(document, token) {
      const doc = cache.get(document);
      if (!isLocalized(doc)) return [];
      const version = document.version;
      const { findings: found } = await check(document, token);
      return found.map((f) => toDiagnostic(doc, f, version));
    },
    findings,
    async codeActions(document, context, token, range) {
      // VS Code asks on every cursor move: the check of this version is read, not run again.
      const { doc, findings: all, recheck } = await checked(document, token);
      const actions = codeActions(doc, { uri: document.uri, version: document.version, context, recheck, l10n }, () => all);
      const quickFixes = !context.only || context.only.some((k) => k === 'quickfix' || k === '');
      const segment = range && quickFixes ? segmentAt(doc, doc.lines.offsetAt(range.start)) : undefined;
      const found = segment && isLocalized(doc) ? matchesAt(document, doc, segment) : undefined;
      return found && segment ? [...actions, ...applyMatchActions(found, segment.translation.text, l10n)] : actions;
    },
    readVersions: async (document) => locale?.readVersions(document),
    hover: (document, position) =>
      locale?.englishHover(document, position) ??
      hover(cache.get(document), position, {
        uri: document.uri,
        roots: options.workspace?.folders,
        l10n,
        notes: hoverNotes(document, cache.get(document), hoverConfigs.get(document.uri)),
        counterparts: options.counterparts ? (segment) => options.counterparts?.(document.uri, segment) : locale && ((segment) => locale.counterpartSegments(document, segment)),
        changes: locale && ((segment) => locale.segmentState(document, segment)),
      }),
    documentSymbols(document, token) {
      const doc = cache.get(document);
      return isLocalized(doc) ? documentSymbols(doc, outlines.get(doc).sections, l10n, token) : [];
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
    async segmentChanges(document) {
      const doc = cache.get(document);
      return isLocalized(doc) ? (await locale?.localeContext(document))?.alignment : undefined;
    },
    async englishComparison(document) {
      const doc = cache.get(document);
      if (!doc.segments.length) return undefined;
      const context = await locale?.localeContext(document);
      const reference = context?.english ?? context?.newer;
      return {
        handoff: handoffEnglish(doc),
        current: !reference ? undefined : reference.entry.english ? { kind: 'source', uri: reference.entry.uri } : { kind: 'locale', locale: reference.entry.locale, uri: reference.entry.uri, text: handoffEnglish(reference.model) },
        counts: context?.alignment ? changeCounts(doc, context.alignment) : undefined,
      };
    },
    close: (uri) => {
      cache.delete(uri);
      hoverConfigs.delete(uri);
      findingsCache.delete(uri);
      segmentMemos.delete(uri);
    },
    async preview(document, locales = [], token) {
      const doc = cache.get(document);
      if (!isLocalized(doc)) return undefined;
      const versions = await locale?.versionsForPreview(document, locales);
      throwIfCancelled(token);
      const others = versions?.others && (await Promise.all(versions.others.map(async (o) => ({ ...o, findings: await versionFindings(o) }))));
      throwIfCancelled(token);
      return previewModel(doc, await findings(document, token), { ...versions, others }, token);
    },
    index: locale?.index,
    counterparts: (document, position) => locale?.counterparts(document, position),
    definition: (document, position) => locale?.definition(document, position) ?? [],
    references: (document, position, includeDeclaration) => locale?.references(document, position, includeDeclaration) ?? [],
    matches(document, position) {
      const doc = cache.get(document);
      const segment = isLocalized(doc) ? segmentAt(doc, doc.lines.offsetAt(position)) : undefined;
      return segment && matchesAt(document, doc, segment);
    },
    concordance(phrase, lang, side, limit) {
      if (!locale) return { pairs: [], total: 0 };
      locale.index.rememberNow(lang);
      return concordance(locale.index.memory, phrase, lang, side, limit);
    },
    memory: locale?.index.memory,
    configureTerms: async (files) => (resources ? resources.configure(files) : []),
    termProblems: () => resources?.problems ?? [],
    onDidChangeTerms: resources?.onDidChangeTerms ?? (() => ({ dispose() {} })),
    terminology,
    dispose() {
      resources?.dispose();
      locale?.index.dispose();
      options.bulkIndexer?.dispose?.();
      cache.clear();
      findingsCache.clear();
      segmentMemos.clear();
    },
    review,
    copyEnglish(document, position) {
      const doc = cache.get(document);
      return copyEnglishEdit(doc, doc.lines.offsetAt(position));
    },
    async checkWorkspace(localeName, token, onFile) {
      const workspace = options.workspace;
      if (!locale || !workspace) return { checked: 0, total: 0, cancelled: false };
      if (locale.index.state === 'idle') await locale.index.build();
      await locale.index.whenIdle();
      const host = {
        documents: () => locale.index.documents(),
        open: async (entry: { uri: string; stamp: number }) => {
          const open = workspace.openDocument(entry.uri);
          if (open) return open;
          const text = await workspace.readText(entry.uri);
          // A file not open has no editor version: the index's stamp stands for it, negative so that it never meets one.
          return text === undefined ? undefined : { uri: entry.uri, version: -entry.stamp, getText: () => text };
        },
        diagnostics: (document: TextDocumentLike) => service.diagnostics(document),
        review: review && ((document: TextDocumentLike) => review.documentReview(document)),
      };
      return checkWorkspace(host, localeName, token, onFile);
    },
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
    diagnostics: (d, token) => service.diagnostics(norm(d), token),
    hover: (d, p) => service.hover(norm(d), p),
    readVersions: (d) => service.readVersions(norm(d)),
    findings: (d, token) => service.findings(norm(d), token),
    codeActions: (d, c, token, range) => service.codeActions(norm(d), c, token, range),
    documentSymbols: (d, token) => service.documentSymbols(norm(d), token),
    foldingRanges: (d) => service.foldingRanges(norm(d)),
    markupRanges: (d) => service.markupRanges(norm(d)),
    findUntranslated: (d, p, direction) => service.findUntranslated(norm(d), p, direction),
    preview: (d, locales, token) => service.preview(norm(d), locales, token),
    segmentChanges: (d) => service.segmentChanges(norm(d)),
    englishComparison: (d) => service.englishComparison(norm(d)),
    close: (uri) => service.close(normalizeUri(uri)),
    index: service.index,
    counterparts: (d, p) => service.counterparts(norm(d), p),
    definition: (d, p) => service.definition(norm(d), p),
    references: (d, p, include) => service.references(norm(d), p, include),
    matches: (d, p) => service.matches(norm(d), p),
    concordance: (phrase, locale, side, limit) => service.concordance(phrase, locale, side, limit),
    memory: service.memory,
    configureTerms: (files) => service.configureTerms(files),
    termProblems: () => service.termProblems(),
    onDidChangeTerms: service.onDidChangeTerms,
    terminology: () => service.terminology(),
    review: service.review,
    copyEnglish: (d, p) => service.copyEnglish(norm(d), p),
    checkWorkspace: (locale, token, onFile) => service.checkWorkspace(locale, token, onFile),
    dispose: () => service.dispose(),
  };
}

function isLocalized(doc: SxsDocument): boolean {
  return doc.segments.length > 0 || doc.orphanLookups.length > 0 || doc.keys.contentLocale !== undefined;
}
