/**
 * The alignment's decisions on the corpus, one per segment with English and per added
 * sentence, named so that a reader's verdict can be kept in the repository without quoting
 * the corpus: a decision is named by its document, the two hand-offs (`ms.openlocfilehash`,
 * shortened) and the segment number (or, for an added sentence, a hash of its English); what
 * it found is the hashes of the new English sentences it gave the segment. Locale versions
 * made from the same hand-off (Finnish and Romanian often are) give the same decisions once.
 */
import { createHash } from 'node:crypto';
import { currentEnglishOfSource, currentEnglishOfVersion, segmentChanges, type CurrentEnglish } from '../../../server/src/core/changes/segmentChanges';
import { handoffEnglish } from '../../../server/src/core/changes/handoffEnglish';
import { normalisedEnglish } from '../../../server/src/core/changes/normalise';
import { parse } from '../../../server/src/core/parse/parse';
import type { Segment, SxsDocument } from '../../../server/src/core/model';
import type { HandoffPair } from './corpusPairs';

/** What the current English is read from: the newer version's lookups, or its English reassembled and split as an English source file. */
export type EnglishFrom = 'lookups' | 'source';

/** One decision of the alignment. */
export interface Decision {
  /** `path`, old hand-off, new hand-off, English read from, item (segment number, or `+hash` of an added sentence), tab-separated. */
  readonly key: string;
  /**
   * What it found, as a reader sees it: `unchanged`, `removed`, the hashes of the new sentences
   * of a changed segment joined with `+`, `added`, or for a sentence the alignment gave to a
   * segment, `in:` and the segment(s).
   */
  readonly found: string;
  /** The kind of match (`exact`, `fuzzy`, `merged`, …, `removed`, `added`). */
  readonly how: string;
  /** For reading (never written into the repository): the old English, and the new. */
  readonly oldText: string;
  readonly newText: string;
  /** Old and new English as compared, for telling decisions with the same content apart from others. */
  readonly content: string;
}

/** A hash of a sentence's compared form, short enough to read. */
export function sentenceHash(text: string): string {
  return createHash('sha1').update(normalisedEnglish(text)).digest('hex').slice(0, 8);
}

/** A segment's number as the hand-offs share it: `104`, or `p101` for a paragraph segment. */
export function segmentLabel(s: Segment): string {
  return `${s.paragraph ? 'p' : ''}${s.number}`;
}

function handoff(doc: SxsDocument): string {
  return (doc.keys.openLocFileHash ?? '').trim().toLowerCase().slice(0, 8) || 'none';
}

/** The current English of a pair's newer version, read as `from` says. */
export function currentEnglish(pair: HandoffPair, from: EnglishFrom): CurrentEnglish {
  if (from === 'lookups') return currentEnglishOfVersion(`newer:${pair.path}`, pair.newer.locale, pair.newer.doc);
  return currentEnglishOfSource(`english:${pair.path}`, parse(handoffEnglish(pair.newer.doc), { frontMatterData: false }));
}

/** Every decision of the alignment of a pair's older version with its newer English, the exact ones included. */
export function pairDecisions(pair: HandoffPair, from: EnglishFrom): Decision[] {
  const current = currentEnglish(pair, from);
  const changes = segmentChanges(pair.older.doc, current);
  const base = `${pair.path}\t${handoff(pair.older.doc)}\t${handoff(pair.newer.doc)}\t${from}`;
  const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();
  const out: Decision[] = [];
  const segmentsOf = new Map<number, string[]>();
  for (const s of changes.segments) {
    const seg = pair.older.doc.segments[s.index];
    if (!seg.source?.text.trim()) continue;
    // What a reader sees: an unchanged segment quotes no new English; a changed one, the sentence(s) it now is.
    const found = s.state === 'unchanged' ? 'unchanged' : s.state === 'removed' ? 'removed' : s.english.map((e) => sentenceHash(e.text)).join('+');
    for (const e of s.english) {
      const j = current.sentences.indexOf(e);
      (segmentsOf.get(j) ?? segmentsOf.set(j, []).get(j)!).push(segmentLabel(seg));
    }
    const newText = s.english.map((e) => oneLine(e.text)).join(' ‖ ');
    out.push({
      key: `${base}\t${segmentLabel(seg)}`,
      found,
      how: s.match ?? 'removed',
      oldText: oneLine(seg.source.text),
      newText,
      content: `${normalisedEnglish(seg.source.text)}\u0000${s.english.map((e) => normalisedEnglish(e.text)).join('\u0000')}`,
    });
  }
  // The sentences no segment has: "added"; a label may say which segment they belong to.
  const added = new Set(changes.added.map((a) => a.sentence));
  const seen = new Map<string, number>();
  current.sentences.forEach((sentence, j) => {
    const h = sentenceHash(sentence.text);
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    // The same sentence twice in a document ("Note"): its second occurrence is `+hash.2`.
    const key = `${base}\t+${h}${n > 1 ? `.${n}` : ''}`;
    const found = added.has(sentence) ? 'added' : `in:${[...new Set(segmentsOf.get(j) ?? [])].join('+')}`;
    out.push({ key, found, how: added.has(sentence) ? 'added' : 'matched', oldText: '', newText: oneLine(sentence.text), content: `\u0000${normalisedEnglish(sentence.text)}` });
  });
  return out;
}

/** True for a decision worth reading: all but a segment matched to the very same English, and a sentence a segment has. */
export function nonExact(d: Decision): boolean {
  return d.how !== 'exact' && d.how !== 'matched';
}

/** The decisions of many pairs, each key once (versions of one hand-off give the same decisions). */
export function decisionsOf(pairs: readonly HandoffPair[], from: EnglishFrom): Map<string, Decision> {
  const out = new Map<string, Decision>();
  for (const pair of pairs) for (const d of pairDecisions(pair, from)) if (!out.has(d.key)) out.set(d.key, d);
  return out;
}
