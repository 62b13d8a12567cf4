import type { Report, SegmentCheck } from '../rule';
import { quote } from './compare';
import { boldsOf } from './bolds';
import { englishWordAfter, screenNounsOf } from './screenNouns';

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
