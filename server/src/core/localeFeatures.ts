import type { Location, LocationLink, Position } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { counterpartDefinition, counterpartReferences, findCounterparts, type CounterpartsAnswer } from './counterparts/counterparts';
import { EnglishAlignments, sentenceCounterparts, type ReadVersion, type SentenceCounterparts } from './counterparts/englishCounterparts';
import { buildLocaleContext, ChangesMemo, type LocaleContext, type LocaleSources } from './crossLocale/localeContext';
import { EnglishOccurrences } from './crossLocale/englishOccurrences';
import { VersionModels } from './crossLocale/versionModels';
import { VersionTexts } from './crossLocale/versionTexts';
import type { DocumentModelCache, TextDocumentLike } from './documentCache';
import type { BulkIndexer } from './index/bulkIndexer';
import type { LocaleRoot } from './index/layout';
import { LocaleIndex } from './index/localeIndex';
import { SegmentHashes } from './index/segmentHashes';
import type { SxsDocument } from './model';
import { parse } from './parse/parse';
import type { CounterpartSegment } from './hover/counterparts';
import { englishSourceHover } from './hover/englishHover';
import { hoverStrings } from './hover/strings';
import type { Hover } from 'vscode-languageserver-types';
import { versionStatus } from './index/versionStatus';
import type { PreviewInputs } from './preview/rows';
import { ENGLISH, type L10n } from './l10n';
import type { Segment } from './model';
import type { SegmentChanges, SegmentState } from './changes/segmentChanges';
import type { IWorkspace } from './workspace';

export interface LocaleFeaturesOptions {
  readonly workspace: IWorkspace;
  readonly cache: DocumentModelCache;
  readonly roots?: () => Promise<readonly LocaleRoot[]>;
  readonly bulk?: BulkIndexer;
  readonly log?: (message: string) => void;
  /** The display language of what the features say; English without it. */
  readonly l10n?: L10n;
  /** Whether the locale index fills the translation memory (default: yes). */
  readonly translationMemory?: boolean;
  /** Whether the index learns from each entry as it is put (see `LocaleIndexOptions.learnAsRead`). */
  readonly learnAsRead?: boolean;
}

/** What the language service does with the other locale versions of documents. */
export interface LocaleFeatures {
  readonly index: LocaleIndex;
  counterparts(document: TextDocumentLike, position: Position | undefined): CounterpartsAnswer;
  definition(document: TextDocumentLike, position: Position): LocationLink[];
  references(document: TextDocumentLike, position: Position, includeDeclaration: boolean): Location[];
  /** What the cross-locale checks see of the document's versions (reads them as needed). */
  localeContext(document: TextDocumentLike): Promise<LocaleContext | undefined>;
  /**
   * The segment's text in the other versions already read (a hover cannot wait for files);
   * versions not read yet are read for the next time.
   */
  counterpartSegments(document: TextDocumentLike, segment: Segment): CounterpartSegment[];
  /**
   * What became of a segment's English, from the document's latest check (a hover cannot wait
   * for one): undefined before the first, or when no newer English is known.
   */
  segmentState(document: TextDocumentLike, segment: Segment): { readonly state: SegmentState; readonly fromLocale: string | undefined } | undefined;
  /**
   * Reads the translations of an English source, which its hover, definition and counterparts
   * align with its sentences (a translation resolves at once).
   */
  readVersions(document: TextDocumentLike): Promise<void>;
  /** On a sentence of an English source: its translation in each locale version; undefined elsewhere. */
  englishHover(document: TextDocumentLike, position: Position): Hover | undefined;
  /** The versions the side-by-side preview offers, those it shows (`locales`), and where the English is newer. */
  versionsForPreview(document: TextDocumentLike, locales: readonly string[]): Promise<PreviewInputs | undefined>;
}

/**
 * The locale index over the workspace, and the features that read it. Files are read through
 * the workspace; an open document is read from the editor's text, parsed once per version.
 */
export function createLocaleFeatures(options: LocaleFeaturesOptions): LocaleFeatures {
  const { workspace, cache } = options;
  const l10n = options.l10n ?? ENGLISH;
  const load = async (uri: string): Promise<SxsDocument | undefined> => {
    const open = workspace.openDocument(uri);
    if (open) return cache.get(open);
    const text = await workspace.readText(uri);
    // Files that are not open are read for their keys and segments only (no YAML data).
    return text === undefined ? undefined : parse(text, { frontMatterData: false });
  };
  const hashes = new SegmentHashes();
  const index = new LocaleIndex({ workspace, load, roots: options.roots, bulk: options.bulk, log: options.log, hashes, translationMemory: options.translationMemory, learnAsRead: options.learnAsRead });
  const models = new VersionModels(load);
  const texts = new VersionTexts(async (uri) => workspace.openDocument(uri)?.getText() ?? (await workspace.readText(uri)));
  const occurrences = new EnglishOccurrences(index);
  const changes = new ChangesMemo();
  const sources: LocaleSources = { index, models, texts, occurrences, displayPath: (uri) => displayPath(workspace.folders, uri), memo: changes, hashes };
  // The latest alignment of each document checked, for the hover (a few documents: those open).
  const alignments = new Map<string, SegmentChanges | undefined>();
  const context = async (document: TextDocumentLike): Promise<LocaleContext | undefined> => {
    const found = await buildLocaleContext(document.uri, cache.get(document), sources);
    alignments.delete(document.uri);
    alignments.set(document.uri, found?.alignment);
    if (alignments.size > 32) alignments.delete(alignments.keys().next().value as string);
    return found;
  };
  const englishAlignments = new EnglishAlignments();
  /** The translations of an English source that have been read (the others are read for next time); undefined for a translation. */
  const readTranslations = (uri: string): ReadVersion[] | undefined => {
    if (!index.document(uri)?.english) return undefined;
    const out: ReadVersion[] = [];
    for (const entry of index.versionsOf(uri)) {
      if (entry.english) continue;
      const model = models.peek(entry.uri, entry.stamp);
      if (model) out.push({ entry, model });
      else void models.get(entry);
    }
    return out;
  };
  /** In an English source, the sentence at the position and its segments in each translation read. */
  const sentence = (document: TextDocumentLike, position: Position | undefined): SentenceCounterparts | undefined => {
    const read = position && readTranslations(document.uri);
    return read ? sentenceCounterparts(document.uri, cache.get(document), position, read, englishAlignments) : undefined;
  };
  const answer = (document: TextDocumentLike, position: Position | undefined) => findCounterparts(document.uri, cache.get(document), position, index.versionsOf(document.uri), sentence(document, position));
  return {
    index,
    counterparts: answer,
    definition: (document, position) => counterpartDefinition(answer(document, position)),
    references: (document, position, includeDeclaration) => counterpartReferences(document.uri, answer(document, position), includeDeclaration),
    localeContext: context,
    async readVersions(document) {
      if (!index.document(document.uri)?.english) return;
      await Promise.all(index.versionsOf(document.uri).filter((e) => !e.english).map((e) => models.get(e)));
    },
    englishHover(document, position) {
      const found = sentence(document, position);
      return found && englishSourceHover(found, hoverStrings(l10n), workspace.folders);
    },
    segmentState(document, segment) {
      const alignment = alignments.get(document.uri);
      // Only while the document has the segments it was aligned with (typing in a translation keeps them).
      if (alignment?.segments.length !== cache.get(document).segments.length) return undefined;
      return { state: alignment.segments[segment.index], fromLocale: alignment.from.kind === 'locale' ? alignment.from.locale : undefined };
    },
    async versionsForPreview(document, locales) {
      const found = await context(document);
      if (!found) return undefined;
      const entries = index.versionsOf(document.uri);
      return {
        versions: found.others.map((o) => ({ locale: o.entry.locale, translationType: o.entry.translationType, stale: versionStatus(o.entry, entries.filter((e) => e !== o.entry)) === 'stale' })),
        others: locales.flatMap((l) => found.others.filter((o) => o.entry.locale === l).map((o) => ({ locale: l, doc: o.model, uri: o.entry.uri }))),
        alignment: found.alignment,
        newerEnglish: new Map(found.changes.map((c) => [c.index, c.english ?? l10n.t('The newer English no longer has this segment.')])),
      };
    },
    counterpartSegments(document, segment) {
      const found = answer(document, segment.translation.content.range.start);
      const entries = new Map(index.versionsOf(document.uri).map((v) => [v.uri, v]));
      const out: CounterpartSegment[] = [];
      for (const v of found.versions) {
        const entry = entries.get(v.uri);
        // The version as the checks read it, else its text (read for next time when it is not yet).
        const version = entry === undefined || v.ranges.length === 0 ? undefined : (models.peek(v.uri, entry.stamp) ?? texts.peek(v.uri, entry.stamp));
        if (!entry || !version) continue;
        // One entry per segment there: a locale that keeps a paragraph's sentences split lists each.
        for (const range of v.ranges) {
          // In a translation, the index's row of the segment there (its range is the segment's text).
          const row = v.english ? undefined : entry.segments.at(range.start.line, range.start.character);
          out.push({
            locale: v.locale,
            number: row === undefined ? segment.number : entry.segments.number(row),
            paragraph: row === undefined ? false : entry.segments.paragraph(row),
            text: version.text.slice(version.lines.offsetAt(range.start), version.lines.offsetAt(range.end)).trim(),
            stale: v.status === 'stale',
            ...(v.translationType ? { translationType: v.translationType } : {}),
            uri: v.uri,
            range,
          });
        }
      }
      return out;
    },
  };
}

/** A file's path for messages: relative to its workspace folder (with the folder's name when there are several). */
export function displayPath(folders: readonly string[], uri: string): string {
  const folder = [...folders].sort((a, b) => b.length - a.length).find((f) => uri.startsWith(`${f.replace(/\/$/, '')}/`));
  const path = URI.parse(uri).path;
  if (!folder) return path;
  const folderPath = URI.parse(folder).path.replace(/\/$/, '');
  const rel = path.slice(folderPath.length + 1);
  return folders.length > 1 ? `${folderPath.slice(folderPath.lastIndexOf('/') + 1)}/${rel}` : rel;
}
