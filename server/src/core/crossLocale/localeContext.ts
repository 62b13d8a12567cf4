import type { Range } from 'vscode-languageserver-types';
import { normalizeLocale } from '../locale';
import type { SxsDocument } from '../model';
import type { LocaleIndex } from '../index/localeIndex';
import { newestTranslation, versionStatus, type VersionStatus } from '../index/versionStatus';
import { changesAgainstVersions, changesFromAlignment, type SegmentChange } from './englishChanges';
import { currentEnglishOfSource, currentEnglishOfVersion, segmentChanges, type SegmentChanges } from '../changes/segmentChanges';
import type { EnglishOccurrences } from './englishOccurrences';
import type { SegmentHashes } from '../index/segmentHashes';
import { englishGroups, findOtherTranslations, type EnglishGroups, type OtherTranslation } from './otherTranslations';
import type { LoadedVersion, VersionModels } from './versionModels';
import type { VersionTexts } from './versionTexts';
import { LruMap } from '../util/lruMap';

/**
 * What the cross-locale checks see of a document's other versions: prepared (read and
 * compared) before the checks run, so that the rules themselves stay synchronous and pure.
 */
export interface LocaleContext {
  /** This document's URI. */
  readonly uri: string;
  /** This document's locale. */
  readonly locale: string;
  /** How up to date this document is among its versions. */
  readonly status: VersionStatus;
  /** The English source, when the workspace has it. */
  readonly english: LoadedVersion | undefined;
  /** The other translations of the document. */
  readonly others: readonly LoadedVersion[];
  /** When this document is stale: the version with the newer English (the English source, or the latest hand-off). */
  readonly newer: LoadedVersion | undefined;
  /** This document's segments whose English differs from the current English. */
  readonly changes: readonly SegmentChange[];
  /**
   * Per segment, what became of its English in the current English (the English source, or
   * when this document is stale, the newer version's lookups), and the sentences added; undefined
   * when neither is at hand (this document is as new as any version, and there is no English source).
   */
  readonly alignment: SegmentChanges | undefined;
  /** Per segment index: other translations of the same English in this locale. */
  readonly otherTranslations: ReadonlyMap<number, readonly OtherTranslation[]>;
  /** A file's path for messages: relative to its workspace folder. */
  displayPath(uri: string): string;
}

/** What building a locale context reads: the index and the stores of the workspace's versions, the same for every document. */
export interface LocaleSources {
  readonly index: LocaleIndex;
  readonly models: VersionModels;
  readonly texts: VersionTexts;
  readonly occurrences: EnglishOccurrences;
  /** A file's path for messages. */
  readonly displayPath: (uri: string) => string;
  /** Keeps the English changes of the documents being edited between keystrokes. */
  readonly memo?: ChangesMemo;
  readonly hashes?: SegmentHashes;
}

/**
 * Prepares the locale context of a document, or undefined when the index does not know
 * its versions (or is still being built, when a partial view would mislead).
 */
export async function buildLocaleContext(uri: string, doc: SxsDocument, sources: LocaleSources): Promise<LocaleContext | undefined> {
  const { index, models, texts, occurrences, displayPath, memo, hashes } = sources;
  if (index.state === 'idle' || index.state === 'building') return undefined;
  const place = index.placeOf(uri);
  if (!place || place.english) return undefined;
  const entries = index.versionsOf(uri).filter((v) => v.uri !== uri);
  const self = {
    english: false,
    openLocFileHash: doc.keys.openLocFileHash?.trim().toLowerCase(),
    lastHandoff: doc.keys.lastHandoff?.trim(),
  };
  const status = versionStatus(self, entries);
  const loaded = (await Promise.all(entries.map((e) => models.get(e)))).filter((v): v is LoadedVersion => !!v);
  const english = loaded.find((v) => v.entry.english);
  const others = loaded.filter((v) => !v.entry.english);
  const newestEntry = newestTranslation(others.map((o) => o.entry));
  const newer = status === 'stale' ? (english ?? others.find((o) => o.entry === newestEntry)) : undefined;
  const locale = (doc.keys.contentLocale && normalizeLocale(doc.keys.contentLocale)) || place.locale;
  const compute = () => englishChanges(doc, status, english, others, newer, self.openLocFileHash);
  const found = memo ? memo.get(uri, doc, loaded, status, compute) : compute();
  const segmentHashes = hashes?.of(uri, doc);
  const group = () => englishGroups(doc, segmentHashes);
  const groups = memo ? memo.groups(uri, doc, group) : group();
  return {
    uri,
    locale,
    status,
    english,
    others,
    newer,
    changes: found.changes,
    alignment: found.alignment,
    otherTranslations: await findOtherTranslations(uri, doc, occurrences.lookup(locale), (u, range) => translationAt(u === uri ? doc : undefined, u, range, index, texts), segmentHashes, groups),
    displayPath,
  };
}

/**
 * What the documents being edited keep between keystrokes while their English stays (each
 * segment's number, paragraph and lookup): their English changes, while the document's status
 * and the versions compared with stay too, and their segments grouped by English. Typing in a
 * translation changes none of these, so each keystroke does not compare the whole document
 * with every version again.
 */
export class ChangesMemo {
  private readonly entries: LruMap<string, Kept>;

  constructor(capacity = 16) {
    this.entries = new LruMap(capacity);
  }

  get(uri: string, doc: SxsDocument, versions: readonly LoadedVersion[], status: VersionStatus, compute: () => EnglishChanges): EnglishChanges {
    const kept = this.kept(uri, doc);
    const key = `${status}|${versions.map((v) => `${v.entry.stamp}:${v.entry.uri}`).join('|')}`;
    if (kept.changes?.key !== key) kept.changes = { key, found: compute() };
    return kept.changes.found;
  }

  /** The document's segments grouped by English (see {@link englishGroups}). */
  groups(uri: string, doc: SxsDocument, compute: () => EnglishGroups): EnglishGroups {
    const kept = this.kept(uri, doc);
    return (kept.groups ??= compute());
  }

  /** What is kept of the document: the last version's when its English was the same, else nothing yet. */
  private kept(uri: string, doc: SxsDocument): Kept {
    const hit = this.entries.get(uri);
    if (hit && sameEnglish(hit.doc, doc)) {
      // Kept with this version, which the next keystroke is compared with (the older one may go).
      hit.doc = doc;
      return hit;
    }
    const fresh: Kept = { doc };
    this.entries.set(uri, fresh);
    return fresh;
  }
}

/** What {@link ChangesMemo} keeps of a document whose English stays. */
interface Kept {
  doc: SxsDocument;
  changes?: { readonly key: string; readonly found: EnglishChanges };
  groups?: EnglishGroups;
}

/** The two versions' segments have the same numbers, paragraphs and English, in the same order. */
function sameEnglish(a: SxsDocument, b: SxsDocument): boolean {
  if (a === b) return true;
  if (a.segments.length !== b.segments.length) return false;
  return a.segments.every((s, i) => {
    const t = b.segments[i];
    return s.number === t.number && s.paragraph === t.paragraph && (s.source?.text ?? '') === (t.source?.text ?? '');
  });
}

/** The changed segments, and the alignment they were read from when there is one. */
interface EnglishChanges {
  readonly changes: SegmentChange[];
  readonly alignment: SegmentChanges | undefined;
}

function englishChanges(doc: SxsDocument, status: VersionStatus, english: LoadedVersion | undefined, others: readonly LoadedVersion[], newer: LoadedVersion | undefined, hash: string | undefined): EnglishChanges {
  // Against the English source, or the newer version's English: aligned by text.
  const reference = english ?? (status === 'stale' ? newer : undefined);
  if (reference) {
    const current = reference.entry.english ? currentEnglishOfSource(reference.entry.uri, reference.model) : currentEnglishOfVersion(reference.entry.uri, reference.entry.locale, reference.model);
    const alignment = segmentChanges(doc, current);
    return { alignment, changes: changesFromAlignment(doc, alignment, reference) };
  }
  // As new as any version: compare with the versions made from the same English (their lookups may differ from this one's).
  const sameSource = others.filter((o) => !hash || !o.entry.openLocFileHash || o.entry.openLocFileHash === hash);
  return { alignment: undefined, changes: changesAgainstVersions(doc, sameSource, false) };
}

/**
 * The translation at a range of this document or of another indexed file. Another file is
 * read, not parsed: the index's range of a segment there is that of its translation's text,
 * and a check quotes other files' translations for many of its segments.
 */
async function translationAt(own: SxsDocument | undefined, uri: string, range: Range, index: LocaleIndex, texts: VersionTexts): Promise<string | undefined> {
  if (own) return own.segments.find((s) => sameRange(s.translation.content.range, range))?.translation.text;
  const entry = index.document(uri);
  const version = entry ? await texts.get(uri, entry.stamp) : undefined;
  if (!version) return undefined;
  const start = version.lines.offsetAt(range.start);
  const end = version.lines.offsetAt(range.end);
  // A file that changed since it was indexed may hold something else there: only what stands
  // between a translation's opening tag and its end is quoted, or nothing.
  if (version.text.charCodeAt(start - 1) !== 62 /* > */ || !version.text.startsWith('</span>', end)) return undefined;
  return version.text.slice(start, end);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
