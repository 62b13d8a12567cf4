import type { Report, SegmentCheck } from '../rule';
import { languageOf, quote } from './compare';
import { boldsOf } from './bolds';
import { englishWordAfter, isEnglishScreenNoun, isScreenNounIn, screenNounsOf } from './screenNouns';

/** A capitalized word, inside the sentence (after a word in small letters or a comma), joined by a hyphen to a word in small letters: "valitsemalla Poista-painike". */
const LABEL_AND_NOUN = /[\p{Ll},]\s+(\p{Lu}\p{L}*)\s?-(\p{Ll}+)/gu;

/**
 * Finnish: the English makes a label bold before a noun of the screen ("select the **Remove**
 * button", "From the **Time range** drop-down menu"); the translation writes a capitalized word
 * joined by a hyphen to the Finnish rendering of that noun ("Poista-painike", "Aika-valikosta"),
 * outside any bold, while it has as many bolds as the English, one of them on other words
 * ("Vahvista **valitsemalla** Poista-painike", "Valitse **aikaväli** avattavasta
 * Aika-valikosta."): the bold moved off the label onto a word of the sentence. Italian and
 * Romanian put the noun before the label, and a capitalized word right after it, outside any
 * bold, is the label left plain ("fila Setări **Premium**" for "the **Premium settings** tab",
 * "**opțiunile** din meniul Gestionare" for "the **Manage** menu options"). Not a word the
 * English has (a name kept, "Bluetooth-laite"), nor where a bold of the translation holds what
 * the English makes bold as written (the label kept in English, bold, and said again translated).
 */
export function labelBesideScreenNoun(s: SegmentCheck): Report | undefined {
  const screen = screenNounsOf(s.locale);
  if (!screen) return undefined;
  const enBolds = boldsOf(s.en);
  const trBolds = boldsOf(s.tr);
  if (trBolds.spans.length !== enBolds.spans.length || trBolds.texts.some((t) => enBolds.texts.includes(t))) return undefined;
  const nouns = new Set(enBolds.spans.flatMap((bold) => screen.nouns.get(englishWordAfter(s, bold)) ?? []));
  if (nouns.size === 0) return undefined;
  // The translation with its bolds blanked: only words outside them are read.
  let plain = s.tr.text;
  for (const bold of trBolds.spans) plain = plain.slice(0, bold.start - s.tr.base) + ' '.repeat(bold.end - bold.start) + plain.slice(bold.end - s.tr.base);
  const english = s.en.text.toLowerCase();
  const found = screen.beforeLabel ? labelAfterNoun(plain, nouns, english) : labelBeforeNoun(plain, nouns, english);
  if (!found) return undefined;
  const start = s.tr.base + found.at;
  const written = s.tr.text.slice(found.at, found.at + found.length);
  const { l10n } = s;
  return {
    message: l10n.t('"{label}", joined to the noun of the screen as a label is, is not bold, while the English makes the label before that noun bold: the bold is on other words.', { label: quote(written, 40) }),
    start,
    end: start + written.length,
  };
}

/** Finnish: a capitalized word joined by a hyphen to one of the nouns' stems ("Poista-painike"), not a word of the English; where it stands and how long it is with its noun. */
function labelBeforeNoun(plain: string, stems: ReadonlySet<string>, english: string): { at: number; length: number } | undefined {
  for (const m of plain.matchAll(LABEL_AND_NOUN)) {
    const [whole, label, noun] = m;
    if (english.includes(label.toLowerCase()) || ![...stems].some((stem) => noun.startsWith(stem))) continue;
    const offset = whole.indexOf(label);
    return { at: m.index! + offset, length: whole.length - offset };
  }
  return undefined;
}

/** Italian and Romanian: one of the nouns, one space, then a capitalized word (in quotes or not), not a word of the English ("pulsante Rimuovi"). */
function labelAfterNoun(plain: string, nouns: ReadonlySet<string>, english: string): { at: number; length: number } | undefined {
  for (const m of plain.matchAll(NOUN_AND_LABEL)) {
    const [whole, noun, label] = m;
    if (!nouns.has(noun.toLowerCase()) || english.includes(label.toLowerCase())) continue;
    return { at: m.index!, length: whole.length };
  }
  return undefined;
}

/** A word in small letters, one space, then a capitalized word, in quotes or not. */
const NOUN_AND_LABEL = /(?<![\p{L}\p{M}])(\p{Ll}+) ["„“«]?(\p{Lu}[\p{L}\p{M}]*)/gu;

/**
 * Articles and prepositions that may open a bold before the noun of the screen ("**la scheda**",
 * "**pe fila**", "**im Bereich**"), in the languages that put that noun before the label. An
 * elided one ("nell'", "l'") is taken off the noun with its apostrophe.
 */
const BEFORE_NOUN: Readonly<Record<string, ReadonlySet<string>>> = {
  it: new Set('il la lo i le gli un una nel nella sul sulla dal dalla del della al alla su in da di'.split(' ')),
  ro: new Set('pe în din la de'.split(' ')),
  de: new Set('die der das den dem des im in auf am'.split(' ')),
};

/** An elided article or preposition at a word's start: "nell'", "l'", "sull'". */
const ELIDED = /^\p{L}+['’]/u;

/** Right after a bold: spaces, a quote or none, then a capitalized word ("**pulsante** Aggiorna", "**im Feld** „Name“"). */
const CAPITAL_AFTER = /^[ \t\u00a0]+["„“«]?(\p{Lu}[\p{L}\p{M}]*)/u;

/**
 * German, Italian and Romanian put the noun of the screen before the label ("il pulsante
 * Aggiorna", "im Bereich Optionen"); the translation makes only that noun bold (with an article
 * or a preposition, or none) and leaves the capitalized label right after it plain ("seleziona il
 * **pulsante** Aggiorna", "**Nell'elenco** Gestisci", "Wählen Sie **im Bereich** Optionen" for
 * "the **Upgrade** button", "the **Manage** list", "in the **Options** pane"): the bold moved off
 * the label onto the noun. Only where both sides have as many bolds and none of the translation's
 * is the English's as written, and not where an English bold holds a noun of the screen itself
 * ("**Add option**"), nor where the word after the bold is the English's (a name kept) or a
 * connecting word of the language ("Sie").
 */
export function boldOnScreenNoun(s: SegmentCheck): Report | undefined {
  const before = BEFORE_NOUN[languageOf(s.locale)];
  if (!before) return undefined;
  const enBolds = boldsOf(s.en);
  const trBolds = boldsOf(s.tr);
  if (trBolds.spans.length !== enBolds.spans.length || trBolds.texts.some((t) => enBolds.texts.includes(t))) return undefined;
  for (const [i, bold] of trBolds.spans.entries()) {
    if (!holdsOnlyScreenNoun(s, trBolds.texts[i], before)) continue;
    const label = CAPITAL_AFTER.exec(s.tr.text.slice(bold.end - s.tr.base))?.[1];
    if (!label || s.learned.functionWord(label, s.locale)) continue;
    const english = s.en.text.toLowerCase();
    if (english.includes(label.toLowerCase()) || enBolds.words.some((words) => words.some((w) => isEnglishScreenNoun(w.toLowerCase())))) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold "**{bold}**" holds only the noun of the screen; "{label}" after it, the label the English makes bold, is not bold.', { bold: quote(trBolds.texts[i].trim(), 40), label }),
      start: bold.start,
      end: bold.end,
    };
  }
  return undefined;
}

/** The bold's text is a noun of the screen of the locale, after articles or prepositions of `before` or none ("l'icona", "pe fila", "im Bereich", "nella finestra di dialogo"). */
function holdsOnlyScreenNoun(s: SegmentCheck, text: string, before: ReadonlySet<string>): boolean {
  const words = text.trim().toLowerCase().split(/\s+/);
  while (words.length > 1 && before.has(words[0])) words.shift();
  words[0] = words[0].replace(ELIDED, '');
  return words.length === 1 ? isScreenNounIn(s.locale, words[0]) : NOUNS_OF_THREE_WORDS[languageOf(s.locale)]?.has(words.join(' ')) === true;
}

/** Nouns of the screen written in three words, a noun, a preposition and its complement ("finestra di dialogo", the dialog box). */
const NOUNS_OF_THREE_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  it: new Set(['finestra di dialogo', 'casella di controllo', 'casella di testo']),
  ro: new Set(['caseta de selectare', 'caseta de dialog', 'fereastra de dialog', 'caseta de text']),
};

/**
 * Italian and Romanian: a bold that opens with the last two words of a noun of the screen of
 * three words, its first word right before the bold, and goes on with the label ("la casella
 * **di controllo Invia risposte**", "caseta **de selectare Activați…**" for the **Send replies**
 * check box): the bold cut the noun in two and holds part of it with the label.
 */
export function boldOpensInsideScreenNoun(s: SegmentCheck): Report | undefined {
  const nouns = NOUNS_OF_THREE_WORDS[languageOf(s.locale)];
  if (!nouns) return undefined;
  const trBolds = boldsOf(s.tr);
  for (const [i, bold] of trBolds.spans.entries()) {
    const words = trBolds.texts[i].trim().split(/\s+/);
    if (words.length < 3) continue;
    const head = /(\p{L}+)\s+$/u.exec(s.tr.text.slice(Math.max(0, bold.start - s.tr.base - 30), bold.start - s.tr.base))?.[1];
    const noun = head && `${head} ${words[0]} ${words[1]}`.toLowerCase();
    if (!noun || !nouns.has(noun)) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold "**{bold}**" opens inside "{noun}", the noun of the screen, whose first word stands outside it: the English makes only the label bold.', { bold: quote(trBolds.texts[i].trim(), 40), noun }),
      start: bold.start,
      end: bold.end,
    };
  }
  return undefined;
}
