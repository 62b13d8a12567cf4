import type { Range } from 'vscode-languageserver-types';
import type { SxsDocument } from '../model';
import { comparableHash, translationHash } from '../index/comparable';
import type { DocumentHashes } from '../index/segmentHashes';
import { hashKey, type EnglishTranslations } from './englishOccurrences';
import { shorten } from '../text/shorten';

/** A different translation of a segment's English, found elsewhere in the same locale. */
export interface OtherTranslation {
  /** The other translation's text (readable, shortened); undefined when it could not be read. */
  readonly text: string | undefined;
  /** The other translation's whole text as written; undefined when it could not be read. */
  readonly fullText: string | undefined;
  /** Where it is used: in another file, or elsewhere in this one. */
  readonly locations: readonly { readonly uri: string; readonly range: Range }[];
  /** How many places use it (`locations` names the first few). */
  readonly count: number;
}

/** Reads the text of a segment's translation at a range of another file. */
export type TranslationReader = (uri: string, range: Range) => Promise<string | undefined>;

/** At most this many different translations are named per segment, and this many places each. */
const MAX_ALTERNATIVES = 2;
const MAX_LOCATIONS = 5;
/** Other files read for the texts of their translations, per check; beyond that the findings say how many places, without a quote. */
const MAX_FILES_READ = 12;

/**
 * For each segment of the document (by index), the other ways the same English (compared
 * as {@link comparableText}) is translated in the same locale: in this document and in
 * every indexed document of the locale (`occurrences` says where each English is). Translations count as the same when their words
 * are (markup, spacing and punctuation aside). Only English of two words or more is
 * considered: single words ("Icon", "Yes") are rightly translated differently in places.
 * `hashes`: the document's segment hashes, when worked out already; `mine`: its {@link englishGroups}, when known.
 */
export async function findOtherTranslations(
  uri: string,
  doc: SxsDocument,
  occurrences: (englishKey: number) => EnglishTranslations | undefined,
  read: TranslationReader,
  hashes?: DocumentHashes,
  mine: EnglishGroups = englishGroups(doc, hashes),
): Promise<Map<number, OtherTranslation[]>> {
  // Worked out for the segments whose English is found elsewhere only (about one in five).
  const translationKeys: number[] = [];
  const translationKey = (i: number) => (translationKeys[i] ??= hashKey(hashes ? hashes.translationHash(i) : translationHash(doc.segments[i].translation.text)));
  const found = new Map<number, Map<number, Places>>();
  const placesOf = (i: number, theirs: number) => {
    let byTranslation = found.get(i);
    if (!byTranslation) found.set(i, (byTranslation = new Map()));
    let places = byTranslation.get(theirs);
    if (!places) byTranslation.set(theirs, (places = { locations: [], count: 0 }));
    return places;
  };
  for (const indices of mine.values()) {
    for (const i of indices) {
      for (const j of indices) {
        if (i === j || translationKey(j) === translationKey(i)) continue;
        const places = placesOf(i, translationKey(j));
        places.locations.push({ uri, range: doc.segments[j].translation.content.range });
        places.count++;
      }
    }
  }
  for (const [englishKey, indices] of mine) {
    for (const { key: theirs, count, first } of occurrences(englishKey)?.elsewhere(uri, MAX_LOCATIONS) ?? []) {
      // The places are made when a segment takes them: a common English's occurrences mostly have the same translation as this one's.
      let at: { uri: string; range: Range }[] | undefined;
      for (const i of indices) {
        if (theirs === translationKey(i)) continue;
        const places = placesOf(i, theirs);
        places.locations.push(...(at ??= first.map(({ doc: other, row }) => ({ uri: other.uri, range: other.segments.range(row) }))));
        places.count += count;
      }
    }
  }
  return withTexts(found, read);
}

/** Where a different translation is used: the first places (in this document, then in others), and how many in all. */
interface Places {
  readonly locations: { uri: string; range: Range }[];
  count: number;
}

async function withTexts(found: Map<number, Map<number, Places>>, read: TranslationReader): Promise<Map<number, OtherTranslation[]>> {
  const out = new Map<number, OtherTranslation[]>();
  const filesRead = new Set<string>();
  const readLimited: TranslationReader = async (uri, range) => {
    if (!filesRead.has(uri) && filesRead.size >= MAX_FILES_READ) return undefined;
    filesRead.add(uri);
    return read(uri, range);
  };
  for (const [i, byTranslation] of found) {
    const alternatives = [...byTranslation.values()].sort((a, b) => b.count - a.count).slice(0, MAX_ALTERNATIVES);
    out.set(
      i,
      await Promise.all(
        alternatives.map(async ({ locations, count }) => {
          const fullText = await readLimited(locations[0].uri, locations[0].range);
          return { text: fullText === undefined ? undefined : shorten(fullText, 160), fullText, locations: locations.slice(0, MAX_LOCATIONS), count };
        }),
      ),
    );
  }
  return out;
}

/** The indices of the document's segments by the key of their English, for the English of two words or more. */
export type EnglishGroups = ReadonlyMap<number, readonly number[]>;

/** The document's {@link EnglishGroups}, in the order of its segments. */
export function englishGroups(doc: SxsDocument, hashes?: DocumentHashes): EnglishGroups {
  const mine = new Map<number, number[]>();
  doc.segments.forEach((s, i) => {
    if (!s.source || !hasWords(s.source.text, 2)) return;
    const key = hashKey(hashes ? hashes.englishHash(i) : comparableHash(s.source.text));
    const list = mine.get(key);
    if (list) list.push(i);
    else mine.set(key, [i]);
  });
  return mine;
}

const LETTERS = /\p{L}+/gu;

/** True when the text has at least `n` runs of letters (looked for one at a time: this runs for every segment on every check). */
function hasWords(text: string, n: number): boolean {
  LETTERS.lastIndex = 0;
  for (let found = 0; found < n; found++) if (!LETTERS.test(text)) return false;
  return true;
}
