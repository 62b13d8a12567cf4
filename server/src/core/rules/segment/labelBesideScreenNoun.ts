import type { Report, SegmentCheck } from '../rule';
import { languageOf, quote } from './compare';
import { boldsOf } from './bolds';
import { wordsOf } from './spanBounds';

/**
 * The nouns of the screen an English label stands before ("the **Remove** button"), each with
 * the stems of the Finnish nouns that render it, which Finnish joins to the label with a hyphen
 * ("Poista-painike", "Aika-valikosta", "Nimi-kentässä").
 */
const FINNISH_SCREEN_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['button', ['painik']],
  ['tab', ['välileh']],
  ['page', ['sivu', 'hakusivu']],
  ['pane', ['ruutu', 'ruudu']],
  ['box', ['ruutu', 'ruudu', 'kenttä', 'kentä', 'valintaikkuna']],
  ['menu', ['valik']],
  ['drop', ['valik', 'luettelo']],
  ['list', ['luettelo']],
  ['field', ['kenttä', 'kentä']],
  ['option', ['vaihtoeh']],
  ['section', ['osio']],
  ['icon', ['kuvak']],
  ['window', ['ikkuna']],
  ['dialog', ['valintaikkuna']],
]);

/** A capitalized word, inside the sentence (after a word in small letters or a comma), joined by a hyphen to a word in small letters: "valitsemalla Poista-painike". */
const LABEL_AND_NOUN = /[\p{Ll},]\s+(\p{Lu}\p{L}*)\s?-(\p{Ll}+)/gu;

/**
 * Finnish: the English makes a label bold before a noun of the screen ("select the **Remove**
 * button", "From the **Time range** drop-down menu"); the translation writes a capitalized word
 * joined by a hyphen to the Finnish rendering of that noun ("Poista-painike", "Aika-valikosta"),
 * outside any bold, while it has as many bolds as the English, one of them on other words
 * ("Vahvista **valitsemalla** Poista-painike", "Valitse **aikaväli** avattavasta
 * Aika-valikosta."): the bold moved off the label onto a word of the sentence. Not a word the
 * English has (a name kept, "Bluetooth-laite"), nor where a bold of the translation holds what
 * the English makes bold as written (the label kept in English, bold, and said again translated).
 */
export function labelBesideScreenNoun(s: SegmentCheck): Report | undefined {
  if (languageOf(s.locale) !== 'fi') return undefined;
  const enBolds = boldsOf(s.en);
  const trBolds = boldsOf(s.tr);
  if (trBolds.spans.length !== enBolds.spans.length || trBolds.texts.some((t) => enBolds.texts.includes(t))) return undefined;
  const stems = new Set(enBolds.spans.flatMap((bold) => FINNISH_SCREEN_NOUNS.get(wordsOf(s.en.text.slice(bold.end - s.en.base, bold.end - s.en.base + 30))[0]?.toLowerCase() ?? '') ?? []));
  if (stems.size === 0) return undefined;
  // The translation with its bolds blanked: only words outside them are read.
  let plain = s.tr.text;
  for (const bold of trBolds.spans) plain = plain.slice(0, bold.start - s.tr.base) + ' '.repeat(bold.end - bold.start) + plain.slice(bold.end - s.tr.base);
  const english = s.en.text.toLowerCase();
  for (const m of plain.matchAll(LABEL_AND_NOUN)) {
    const [whole, label, noun] = m;
    if (english.includes(label.toLowerCase()) || ![...stems].some((stem) => noun.startsWith(stem))) continue;
    const start = s.tr.base + m.index! + whole.indexOf(label);
    const written = s.tr.text.slice(start - s.tr.base, start - s.tr.base + whole.length - whole.indexOf(label));
    const { l10n } = s;
    return {
      message: l10n.t('"{label}", joined to the noun of the screen as a label is, is not bold, while the English makes the label before that noun bold: the bold is on other words.', { label: quote(written, 40) }),
      start,
      end: start + written.length,
    };
  }
  return undefined;
}
