import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { plainText } from '../../terms/plainText';
import { quote } from './compare';
import { boldsOf } from './bolds';
import { hasNoText, wordsOf } from './spanBounds';

/** An English bold of this many words or more is a message or a phrase, not a short label a locale may well shorten. */
const MESSAGE_WORDS = 3;
/**
 * The translation's bold is shrunk when its share of its sentence is less than this part of the
 * English bold's share of the English sentence: a bold translated whole takes about the same share.
 */
const SHARE = 0.4;

/** Quotes and punctuation around a word, which a translation may write otherwise. */
const AROUND = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/**
 * The translation's bold holds only the English bold's last word, as written: a code, a number or
 * a name that ends a message ("**30016-4**" for "**Something went wrong 30016-4**"), the message's
 * words translated outside it. Kept as written, it is this bold's own, whatever the other bolds.
 */
function onlyLastWord(label: string, bold: string): boolean {
  const words = label.split(' ');
  if (words.length < MESSAGE_WORDS) return false;
  // Most messages end in a word in small letters: then nothing need be stripped. Stripping takes off only punctuation,
  // symbols and spaces, none a digit or a capital, so the word as written holds one just when the stripped word does.
  const word = words[words.length - 1];
  if (!DIGIT_OR_CAPITAL.test(word)) return false;
  return bold.replace(AROUND, '') === word.replace(AROUND, '');
}

const DIGIT_OR_CAPITAL = /[\p{N}\p{Lu}]/u;
const WHITE_SPACE = /\s/;

/**
 * Characters that are not spaces (`\s`), in `text` from `start` to `end`: ASCII told by its code, and
 * so are the letters of other scripts outside the few ranges that hold a space of `\s` (U+00A0,
 * U+1680, U+2000 to U+3000, U+FEFF); the expression tells only those ranges' characters.
 */
function inkBetween(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c !== 32 && (c < 9 || c > 13) : !mayBeSpace(c) || !WHITE_SPACE.test(text[i])) n++;
  }
  return n;
}

/** A character outside ASCII that may be a space of `\s`: every one of them is in these ranges. */
function mayBeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x3000) || c === 0xfeff;
}

/**
 * The English makes a whole message or phrase bold ("**Error 404 File Not Found**", "**Something
 * went wrong 30016-4**"); the translation's bold in the same place keeps only a piece of it
 * ("**Fehler 404-Datei** erhalten, die nicht gefunden wurde", "發生錯誤。 **30016-4**"), the rest of
 * the message translated in plain text. Told by the share of the sentence each bold takes: a bold
 * translated whole takes about the share the English one does, whatever the language's length.
 * Not where another bold of the translation is large enough to hold that message: the translation
 * may have put its bolds in another order. `en` and `tr` are the bold spans of each side, as many on each.
 */
export function boldShrunk(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[]): Report | undefined {
  if (en.length !== tr.length) return undefined;
  // Most English bolds are labels of a word or two, not messages: then nothing need be counted. A label read from the plain
  // text has no more words than the bold as written (the plain text only blanks markup and code, never part of a word),
  // so the bolds' words, read once for the segment, tell it without slicing the plain text.
  if (!boldsOf(s.en).words.some((words) => words.length >= MESSAGE_WORDS)) return undefined;
  const enPlain = plainText(s.en);
  // The words the reader sees: a link's destination is no part of the message.
  const labels = en.map((x) => enPlain.slice(x.contentStart - s.en.base, x.contentEnd - s.en.base).replace(/\s+/g, ' ').trim());
  const messages = labels.map((label) => wordsOf(label).length >= MESSAGE_WORDS);
  // Most English bolds are labels of a word or two, not messages: then nothing need be counted.
  if (!messages.includes(true)) return undefined;
  const trPlain = plainText(s.tr);
  const enAll = inkBetween(enPlain, 0, enPlain.length);
  const trAll = inkBetween(trPlain, 0, trPlain.length);
  if (enAll === 0 || trAll === 0) return undefined;
  const trShares = tr.map((x) => inkBetween(trPlain, x.contentStart - s.tr.base, x.contentEnd - s.tr.base) / trAll);
  for (let i = 0; i < en.length; i++) {
    if (!messages[i]) continue;
    const label = labels[i];
    const bold = s.tr.slice({ start: tr[i].contentStart, end: tr[i].contentEnd }).trim();
    if (hasNoText(bold)) continue;
    const enShare = inkBetween(enPlain, en[i].contentStart - s.en.base, en[i].contentEnd - s.en.base) / enAll;
    const enough = SHARE * enShare;
    const lastOnly = onlyLastWord(label, bold);
    if (trShares[i] >= enough && !lastOnly) continue;
    // Another bold of the translation large enough to hold it: the translation put the bolds in another order ("**Tili**-välilehdessä **Lisää tili**").
    if (trShares.some((t, j) => j !== i && t >= enough) && !lastOnly) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold "**{bold}**" holds only a small part of what the English makes bold, "{label}": the rest of it is outside the bold.', { bold: quote(bold, 40), label: quote(label, 40) }),
      start: tr[i].start,
      end: tr[i].end,
    };
  }
  return undefined;
}

/** Quotation marks that open or close a quoted message (not the apostrophe, which words hold: "l'account"). */
const QUOTE = /["“”„«»「『]/u;
/** How far before the bold its opening quotation mark is looked for. */
const QUOTE_NEAR = 80;

/**
 * The English quotes a message and makes it bold whole, right after the quotation mark
 * ('error message " **We're sorry, the user couldn't be edited…**"'); the translation's bold starts
 * later, words of the message between the quotation mark and the bold ('Fehlermeldung " Leider
 * konnte der Benutzer **nicht bearbeitet werden…**'): the message's first words are left outside.
 * `en` and `tr` are the bold spans of each side, as many on each.
 */
export function boldOpensInsideQuote(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[]): Report | undefined {
  if (en.length !== tr.length) return undefined;
  // Only a bold of a message (several words) is looked at: most are labels of a word or two, which need no counting.
  if (!boldsOf(s.en).words.some((words) => words.length >= MESSAGE_WORDS)) return undefined;
  const enPlain = plainText(s.en);
  for (let i = 0; i < en.length; i++) {
    const enBefore = s.en.text.slice(0, en[i].start - s.en.base).trimEnd();
    if (!QUOTE.test(enBefore.slice(-1))) continue;
    const label = enPlain.slice(en[i].contentStart - s.en.base, en[i].contentEnd - s.en.base).replace(/\s+/g, ' ').trim();
    if (wordsOf(label).length < MESSAGE_WORDS) continue;
    const bold = s.tr.slice({ start: tr[i].contentStart, end: tr[i].contentEnd }).trim();
    if (QUOTE.test(bold.slice(0, 1))) continue;
    const from = tr[i].start - s.tr.base;
    const before = s.tr.text.slice(Math.max(0, from - QUOTE_NEAR), from);
    let mark = -1;
    for (let k = before.length - 1; k >= 0 && mark === -1; k--) if (QUOTE.test(before[k])) mark = k;
    if (mark === -1) continue;
    const words = before.slice(mark + 1).trim();
    // Only words between the quotation mark and the bold: no other bold, no end of the quote.
    if (hasNoText(words) || /[*]/.test(words)) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold "**{bold}**" starts after "{words}", words inside the quotation marks of the message the English makes bold whole, "{label}".', { bold: quote(bold, 40), words: quote(words, 30), label: quote(label, 40) }),
      start: tr[i].start,
      end: tr[i].end,
    };
  }
  return undefined;
}
