import { InlineText } from '../inline/inlineText';
import type { SxsDocument } from '../model';
import { keeps, keepsIgnoringCase } from './matching';
import { nameRuns } from './names';
import { plainText } from './plainText';

/**
 * What one document tells of how its locale treats English names and words: for each name
 * and word of each segment's English, whether the translation kept it. Worked out where the
 * document is indexed (on any thread), then counted into the workspace's {@link TermStats}.
 */
export interface TermObservations {
  /** Keys: `p:` a run of names, `r:` a name inside such a run, `s:` a name alone, `w:` a small English word. */
  readonly keys: readonly string[];
  /** Per key: {@link Outcome}. */
  readonly outcomes: Uint8Array;
  /** Words of the translations (in small letters) that their English does not hold: the locale's own words. */
  readonly native: readonly string[];
  /** The segments observed. */
  readonly segments: number;
}

/** What became of a name or word of the English in its translation: lost, kept as written, or kept with other capitals. */
export const Outcome = { Lost: 0, Kept: 1, CaseChanged: 2 } as const;
export type Outcome = (typeof Outcome)[keyof typeof Outcome];

/** Small words: ASCII letters and apostrophes, as a whole token (not part of `a.b`, `a-b`, `a_b`, a path). */
const TOKEN = /[A-Za-z0-9][\w.'’/\\-]*/g;
const SMALL_WORD = /^[A-Za-z][a-z'’]*$/;

/** The lower-case small words of a plain text (whole tokens only), without repeats. */
export function smallWords(text: string): Set<string> {
  const out = new Set<string>();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0].replace(/[.'’]+$/, '');
    if (SMALL_WORD.test(t)) out.add(t.toLowerCase());
  }
  return out;
}

/** Contractions whose spelled-out form is one word that machine translation leaves behind ("can't" → "cannot"). */
const EXPANSIONS: Readonly<Record<string, string>> = { "can't": 'cannot', 'can’t': 'cannot' };

/** Small words with what their contractions spell out: "cannot" left for "can't" is English left, not a word of the locale. */
export function withExpansions(words: Set<string>): Set<string> {
  for (const [short, long] of Object.entries(EXPANSIONS)) if (words.has(short)) words.add(long);
  return words;
}

/** A bold label as compared: trimmed, without closing punctuation or quotes, one space between words, in small letters. */
export function labelKey(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”„«»「『【\[(]+|[\s"'“”„«»」』】\])：:.,;!?。、]+$/g, '')
    .toLowerCase();
}

/**
 * The bold labels of a segment paired with the translation's, in order, when both sides have
 * as many (and at most a few): how this locale translates "**Settings**", learned over the
 * workspace where most segments pair them rightly.
 */
export function boldPairs(en: InlineText, tr: InlineText): [string, string][] {
  if (!(en.has('*') || en.has('_')) || !(tr.has('*') || tr.has('_'))) return [];
  const enBold = en.emphasis.spans.filter((x) => x.strong);
  const trBold = tr.emphasis.spans.filter((x) => x.strong);
  if (enBold.length === 0 || enBold.length !== trBold.length || enBold.length > 6) return [];
  const pairs: [string, string][] = [];
  enBold.forEach((x, i) => {
    const label = labelKey(en.slice({ start: x.contentStart, end: x.contentEnd }));
    const translated = labelKey(tr.slice({ start: trBold[i].contentStart, end: trBold[i].contentEnd }));
    if (label && translated && label.length <= 80 && translated.length <= 80) pairs.push([label, translated]);
  });
  return pairs;
}

/** Observes one segment's two sides (their plain texts). */
export function observeSegment(en: string, tr: string, out: { key(k: string, o: Outcome): void; native(w: string): void }): void {
  const seen = new Set<string>();
  const note = (key: string, name: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.key(key, keeps(tr, name) ? Outcome.Kept : keepsIgnoringCase(tr, name) ? Outcome.CaseChanged : Outcome.Lost);
  };
  for (const run of nameRuns(en)) {
    if (run.words.length === 1) {
      note(`s:${run.text}`, run.text);
      continue;
    }
    note(`p:${run.text}`, run.text);
    for (const w of run.words) if (/[A-Za-z]/.test(w.text)) note(`r:${w.text}`, w.text);
  }
  const enWords = smallWords(en);
  const trWords = smallWords(tr);
  for (const w of enWords) {
    const key = `w:${w}`;
    if (!seen.has(key)) out.key(key, trWords.has(w) ? Outcome.Kept : Outcome.Lost);
  }
  const spelledOut = withExpansions(new Set(enWords));
  for (const w of localWords(tr)) if (!spelledOut.has(w)) out.native(w);
}

/** A word, with what an apostrophe joins to it ("l'opzione"); a short word with the apostrophe that elides it ("po'", which is not "po"). */
const LOCAL_WORD = /\p{L}{1,3}['’](?!\p{L})|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?/gu;

/** The words of a translation in any script, in small letters, without repeats ("l'opzione" is "l'opzione"). */
export function localWords(text: string): Set<string> {
  const out = new Set<string>();
  LOCAL_WORD.lastIndex = 0;
  for (let m = LOCAL_WORD.exec(text); m; m = LOCAL_WORD.exec(text)) out.add(m[0].toLowerCase());
  return out;
}

/** Observes every segment of a translated document. */
export function observeDocument(model: SxsDocument): TermObservations {
  const keys: string[] = [];
  const outcomes: number[] = [];
  const native = new Set<string>();
  let segments = 0;
  const sink = {
    key: (k: string, o: Outcome) => {
      keys.push(k);
      outcomes.push(o);
    },
    native: (w: string) => native.add(w),
  };
  for (const s of model.segments) {
    if (!s.source || !s.source.text.trim() || !s.translation.text.trim()) continue;
    const enText = new InlineText(s.source.text, 0);
    const trText = new InlineText(s.translation.text, 0);
    observeSegment(plainText(enText), plainText(trText), sink);
    for (const [label, translated] of boldPairs(enText, trText)) {
      sink.key(`B:${label}`, Outcome.Kept);
      sink.key(`b:${label}\u0001${translated}`, Outcome.Kept);
    }
    segments++;
  }
  return { keys, outcomes: Uint8Array.from(outcomes), native: [...native], segments };
}
