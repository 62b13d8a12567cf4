/** What a glossary says of a term in a locale. */
export type TermStatus = 'approved' | 'forbidden' | 'do-not-translate';

/** One term of a glossary file: an English term and, for a locale, its approved or forbidden translation. */
export interface GlossaryEntry {
  readonly english: string;
  /** The locale (`de-DE`, or a language `de` for all its locales); undefined for every locale. */
  readonly locale: string | undefined;
  /** The approved or forbidden translation; none for a do-not-translate term. */
  readonly translation: string | undefined;
  readonly status: TermStatus;
  readonly note?: string;
  /** The glossary file it comes from. */
  readonly uri: string;
}

/** A glossary term found in a segment's English, and where. */
export interface TermHit {
  readonly entry: GlossaryEntry;
  readonly start: number;
  readonly end: number;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** True when the entry is for the locale (`de` covers `de-DE` and `de-AT`). */
export function appliesTo(entry: GlossaryEntry, locale: string | undefined): boolean {
  if (!entry.locale) return true;
  if (!locale) return false;
  const a = entry.locale.toLowerCase();
  const b = locale.toLowerCase();
  return a === b || b.startsWith(`${a}-`);
}

/**
 * The entries of the glossary files, found in a text by their English term (whole words,
 * any case) through an index of each term's first word.
 */
export class Glossary {
  private readonly byFirstWord = new Map<string, GlossaryEntry[]>();

  constructor(readonly entries: readonly GlossaryEntry[] = []) {
    for (const entry of entries) {
      const first = entry.english.trim().split(/\s+/)[0]?.toLowerCase();
      if (!first) continue;
      const list = this.byFirstWord.get(first);
      if (list) list.push(entry);
      else this.byFirstWord.set(first, [entry]);
    }
  }

  get size(): number {
    return this.entries.length;
  }

  /** The entries for the locale whose English term the text has, with where; the longest term first where two start together. */
  find(text: string, locale: string | undefined): TermHit[] {
    if (this.byFirstWord.size === 0) return [];
    const lower = text.toLowerCase();
    const hits: TermHit[] = [];
    const word = /[\p{L}\p{N}_][\p{L}\p{N}_'’.-]*/gu;
    for (let m = word.exec(lower); m; m = word.exec(lower)) {
      const candidates = this.byFirstWord.get(m[0]) ?? this.byFirstWord.get(m[0].replace(/[.'’-]+$/, ''));
      if (!candidates) continue;
      for (const entry of candidates) {
        if (!appliesTo(entry, locale)) continue;
        const end = termEnd(lower, m.index, entry.english.toLowerCase());
        if (end !== -1) hits.push({ entry, start: m.index, end });
      }
    }
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** The do-not-translate terms for the locale. */
  doNotTranslate(locale: string | undefined): string[] {
    return this.entries.filter((e) => e.status === 'do-not-translate' && appliesTo(e, locale)).map((e) => e.english);
  }

  /** The approved translations of an English term in the locale. */
  approved(english: string, locale: string | undefined): GlossaryEntry[] {
    const key = english.toLowerCase();
    return this.entries.filter((e) => e.status === 'approved' && e.translation && e.english.toLowerCase() === key && appliesTo(e, locale));
  }
}

/** Where the term ends when the text has it at `start` as whole words (blanks matching any blanks); -1 otherwise. */
function termEnd(text: string, start: number, term: string): number {
  const words = term.trim().split(/\s+/);
  let at = start;
  for (let i = 0; i < words.length; i++) {
    if (i > 0) {
      const blank = /^\s+/.exec(text.slice(at, at + 20));
      if (!blank) return -1;
      at += blank[0].length;
    }
    if (!text.startsWith(words[i], at)) return -1;
    at += words[i].length;
  }
  return WORD_CHAR.test(text[at] ?? '') ? -1 : at;
}

/**
 * Where a text has a term as written in a translation: starting a word, in any case, and
 * maybe inflected after it ("Outlookissa", "Kontos"); -1 when it does not.
 */
export function findInTranslation(text: string, term: string, from = 0): { start: number; end: number } | undefined {
  const lower = text.toLowerCase();
  const t = term.toLowerCase().trim();
  if (!t) return undefined;
  for (let i = lower.indexOf(t, from); i !== -1; i = lower.indexOf(t, i + 1)) {
    if (i > 0 && WORD_CHAR.test(text[i - 1]) && WORD_CHAR.test(t[0]) && !isCjk(t[0])) continue;
    return { start: i, end: i + t.length };
  }
  return undefined;
}

function isCjk(ch: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch);
}
