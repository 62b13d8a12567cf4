import type { Position, Range } from 'vscode-languageserver-types';
import { currentEnglishOfSource, segmentChanges, type CurrentEnglish, type CurrentSentence, type SegmentChanges } from '../changes/segmentChanges';
import type { IndexedDocument } from '../index/indexedDocument';
import type { SxsDocument } from '../model';

/** A translation's segment that carries an English sentence of the source. */
export interface SentenceSegment {
  /** The segment's index in that translation. */
  readonly index: number;
  readonly number: number;
  /** A `-pNNN` paragraph segment. */
  readonly paragraph: boolean;
  /** Where the translation's text is in that file. */
  readonly range: Range;
  /** The translation, as written in the file. */
  readonly text: string;
  /** The segment's English differs from the sentence: the translation was made from older English. */
  readonly stale: boolean;
}

/** One translation of the document, with the segments that carry the sentence (none: it has no segment for it). */
export interface SentenceVersion {
  readonly entry: IndexedDocument;
  readonly segments: readonly SentenceSegment[];
}

/** An English sentence of the source file and its translations. */
export interface SentenceCounterparts {
  /** The sentence's index among the file's sentences. */
  readonly index: number;
  readonly sentence: CurrentSentence;
  readonly versions: readonly SentenceVersion[];
}

/** A translation of the document, read, for the alignment. */
export interface ReadVersion {
  readonly entry: IndexedDocument;
  readonly model: SxsDocument;
}

/**
 * The English source's sentences and each translation's alignment with them, worked out once
 * per text of the English and of the translation: the models are those of the document cache
 * and the version store, the same object as long as the text is the same.
 */
export class EnglishAlignments {
  private readonly byEnglish = new WeakMap<SxsDocument, { readonly current: CurrentEnglish; readonly alignments: WeakMap<SxsDocument, SegmentChanges> }>();

  private entry(uri: string, english: SxsDocument) {
    let hit = this.byEnglish.get(english);
    if (!hit || hit.current.uri !== uri) {
      hit = { current: currentEnglishOfSource(uri, english), alignments: new WeakMap() };
      this.byEnglish.set(english, hit);
    }
    return hit;
  }

  /** The English file's sentences, as the localization pipeline splits it. */
  current(uri: string, english: SxsDocument): CurrentEnglish {
    return this.entry(uri, english).current;
  }

  /** How a translation's segments align with the English file's sentences (by text, never by number). */
  alignment(uri: string, english: SxsDocument, translation: SxsDocument): SegmentChanges {
    const hit = this.entry(uri, english);
    let found = hit.alignments.get(translation);
    if (!found) {
      found = segmentChanges(translation, hit.current);
      hit.alignments.set(translation, found);
    }
    return found;
  }
}

/**
 * The sentence at a position of the English file: the narrowest whose range holds it (end
 * inclusive), or undefined off every sentence (front matter, code, blank lines).
 */
export function sentenceAt(current: CurrentEnglish, position: Position): number | undefined {
  let best: number | undefined;
  let bestSize = Infinity;
  current.sentences.forEach((s, k) => {
    if (!contains(s.range, position)) return;
    const size = (s.range.end.line - s.range.start.line) * 1_000_000 + (s.range.end.character - s.range.start.character);
    if (size < bestSize) {
      best = k;
      bestSize = size;
    }
  });
  return best;
}

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

/**
 * The translations of the English file's sentence at a position: in each translation, the
 * segments the sentence alignment pairs with that sentence (one; the sentences of a paragraph
 * segment that stands for it and its neighbours; the several it was split into), each marked
 * stale when its English differs from the sentence. Undefined off every sentence.
 */
export function sentenceCounterparts(uri: string, english: SxsDocument, position: Position, versions: readonly ReadVersion[], alignments: EnglishAlignments): SentenceCounterparts | undefined {
  const current = alignments.current(uri, english);
  const index = sentenceAt(current, position);
  if (index === undefined) return undefined;
  const sentence = current.sentences[index];
  return {
    index,
    sentence,
    versions: versions.map(({ entry, model }) => {
      const alignment = alignments.alignment(uri, english, model);
      const segments: SentenceSegment[] = [];
      for (const state of alignment.segments) {
        if (!state.english.includes(sentence)) continue;
        const s = model.segments[state.index];
        segments.push({ index: s.index, number: s.number, paragraph: s.paragraph, range: s.translation.content.range, text: s.translation.text, stale: state.state === 'changed' });
      }
      return { entry, segments };
    }),
  };
}
