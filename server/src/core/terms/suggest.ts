import { sentenceWords } from '../memory/words';
import type { StoredPair } from '../memory/translationMemory';

/** A proposed glossary entry: an English term and how the locale translates it most often. */
export interface TermSuggestion {
  readonly english: string;
  /** The dominant translation; the English itself when the locale keeps the term as written (do not translate). */
  readonly translation: string;
  readonly keptAsWritten: boolean;
  /** Segments whose English has the term and whose translation has this rendering, of all segments whose English has the term. */
  readonly count: number;
  readonly total: number;
}

export interface SuggestOptions {
  /** The fewest segments a term must be in (default 5). */
  readonly minCount?: number;
  /** The least share of those segments the dominant translation must be in (default 0.6). */
  readonly minShare?: number;
  /** The most terms proposed (default 300). */
  readonly limit?: number;
}

/** English words that do not start or end a term. */
const STOP = new Set(
  'a an the and or but nor of to in on at by for from with without into onto over under about as is are was were be been being it its this that these those you your yours we our they their he she his her i me my can could may might must shall should will would do does did done not no yes if then than so such there here which who whom whose what when where why how all any each every some more most other another only also just very one two use using used see select click choose open go get set new want need needs after before following right ensure make sure try please note first next then like well way following'.split(
    ' ',
  ),
);
const CANDIDATES = 1500;

/**
 * Proposes glossary entries from the memory's pairs of one locale: the English terms (one to
 * three words, not starting or ending with a small word) in at least `minCount` segments, each
 * with the rendering of the translations that goes with it most strongly (Dice coefficient
 * of the segments that have both), when that rendering is in most of its segments. A term the
 * locale keeps as written is proposed as do-not-translate.
 */
export function suggestTerms(pairs: Iterable<StoredPair>, options: SuggestOptions = {}): TermSuggestion[] {
  const minCount = options.minCount ?? 5;
  const minShare = options.minShare ?? 0.6;
  const englishTerms: string[][] = [];
  const targetUnits: string[][] = [];
  const termCounts = new Map<string, number>();
  const unitCounts = new Map<string, number>();
  const display = new Forms();
  const unitForms = new Forms();
  for (const pair of pairs) {
    const terms = termsOf(pair.english, display);
    const units = unitsOf(pair.translation, unitForms);
    englishTerms.push(terms);
    targetUnits.push(units);
    for (const t of terms) termCounts.set(t, (termCounts.get(t) ?? 0) + 1);
    for (const u of units) unitCounts.set(u, (unitCounts.get(u) ?? 0) + 1);
  }
  const frequent = [...termCounts].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, CANDIDATES);
  const wanted = new Map(frequent.map(([t], i) => [t, i]));
  const together = frequent.map(() => new Map<string, number>());
  englishTerms.forEach((terms, p) => {
    for (const t of terms) {
      const i = wanted.get(t);
      if (i === undefined) continue;
      const counts = together[i];
      for (const u of targetUnits[p]) counts.set(u, (counts.get(u) ?? 0) + 1);
    }
  });
  const out: TermSuggestion[] = [];
  frequent.forEach(([term, total], i) => {
    let best: { unit: string; count: number; dice: number } | undefined;
    for (const [unit, count] of together[i]) {
      const dice = (2 * count) / (total + unitCounts.get(unit)!);
      if (!best || dice > best.dice || (dice === best.dice && unit.length < best.unit.length)) best = { unit, count, dice };
    }
    // Kept as written in most of its segments: a do-not-translate term, whatever else goes with it.
    const keptCount = together[i].get(term) ?? 0;
    if (keptCount >= minShare * total) best = { unit: term, count: keptCount, dice: 1 };
    if (!best || best.count < minShare * total || best.dice < 0.3) return;
    const english = display.get(term);
    const kept = best.unit === term;
    out.push({ english, translation: kept ? english : unitForms.get(best.unit), keptAsWritten: kept, count: best.count, total });
  });
  return dropContained(out).slice(0, options.limit ?? 300);
}

/** How each term (in small letters) is written, and how often each way: the most usual way is shown. */
class Forms {
  private readonly forms = new Map<string, Map<string, number>>();

  add(key: string, form: string): void {
    let counts = this.forms.get(key);
    if (!counts) this.forms.set(key, (counts = new Map()));
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }

  get(key: string): string {
    let best = key;
    let most = 0;
    for (const [form, n] of this.forms.get(key) ?? []) {
      if (n > most) {
        best = form;
        most = n;
      }
    }
    return best;
  }
}

/** The English terms of a sentence, in small letters, without repeats; `display` counts how each is written. */
function termsOf(english: string, display: Forms): string[] {
  const found = sentenceWords(english);
  const words = found.map((w) => w.text);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      // Words next to each other, with only blanks between them ("Save" and "close" of "<Save> & close" are not a term).
      if (n > 1 && english.slice(found[i + n - 2].end, found[i + n - 1].start).trim() !== '') break;
      const run = words.slice(i, i + n);
      if (run.some((w) => STOP.has(w.toLowerCase())) || !/\p{L}{2}/u.test(run.join(''))) continue;
      if (run.some((w) => /^\d+$/.test(w))) continue;
      const key = run.join(' ').toLowerCase();
      // The first word of a sentence has its capital from the sentence: it does not say how the term is written.
      if (i > 0) display.add(key, run.join(' '));
      out.add(key);
    }
  }
  return [...out];
}

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The renderings a translation could give a term: runs of one to three words, or of two to four characters in CJK text. */
function unitsOf(translation: string, forms: Forms): string[] {
  const written = translationWords(translation);
  const words = written.map((w) => w.toLowerCase());
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (HAN.test(word)) {
      for (let a = 0; a < word.length; a++) for (let n = 2; n <= 4 && a + n <= word.length; n++) out.add(word.slice(a, a + n));
      continue;
    }
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const key = words.slice(i, i + n).join(' ');
      if (i > 0 && !out.has(key)) forms.add(key, written.slice(i, i + n).join(' '));
      out.add(key);
    }
  }
  return [...out];
}

/** The words of a translation, hyphenated words whole ("E-Mail"). */
function translationWords(text: string): string[] {
  return sentenceWords(text, true).map((w) => w.text);
}

/** A shorter term whose rendering is the longer term's, in as many segments ("Admin" of "Admin Center"), says nothing more. */
function dropContained(list: TermSuggestion[]): TermSuggestion[] {
  return list.filter((s) => !list.some((o) => o !== s && o.english.length > s.english.length && o.english.toLowerCase().includes(s.english.toLowerCase()) && o.count >= s.count * 0.9 && o.translation.toLowerCase().includes(s.translation.toLowerCase())));
}
