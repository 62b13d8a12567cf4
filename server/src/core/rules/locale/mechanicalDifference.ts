import { comparableText } from '../../index/comparable';
import type { LearnedTerms } from '../../terms/learnedTerms';
import { isCodeLike } from '../../terms/names';

/** An English word with its joiners, as the protected-term checks read names ("Get-Mailbox", "Office365", "v2.1"). */
const WORD = /[A-Za-z0-9]+(?:[-.'’_][A-Za-z0-9]+)*/g;
const NUMBER = /\p{Nd}+/gu;
/** Abbreviations ("i.e", "e.g") and amounts ("100K"), which a translation rightly writes its own way. */
const NOT_A_NAME = /^(?:[a-z]\.[a-z]|\d+[KkMmBb])$/;
/** A word that reads as code wherever it stands: an inner capital, a digit or an underscore. */
const CODE_SHAPED = /[a-z][A-Z]|\d|_/;
/** Letters of scripts written without spaces: a name may follow one directly ("中的0x8004de40"). */
const NO_SPACES = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/**
 * What makes this translation differ mechanically from another translation of the same
 * English: a name, code-like token or number of the English that the other translation
 * keeps as written and this one does not have at all (lost, translated, re-cased, written
 * in other digits). Undefined when the two differ only in wording: two phrasings, an
 * article, an inflection ("Outlook" and "Outlookissa" both keep the name). Link targets
 * do not count.
 */
export function mechanicalDifference(english: string, mine: string, theirs: string, learned: LearnedTerms, locale: string | undefined): string | undefined {
  const en = comparableText(english);
  const a = comparableText(mine);
  const b = comparableText(theirs);
  const numbersA = numbersIn(a);
  const numbersB = numbersIn(b);
  const seen = new Set<string>();
  let first = true;
  for (const [word] of en.matchAll(WORD)) {
    // A sentence's first word is capitalized by its place ("Exchange an instance"): a name only when it looks like code.
    const initial = first;
    first = false;
    if (seen.has(word) || (initial && !CODE_SHAPED.test(word))) continue;
    seen.add(word);
    if (/^\d+$/.test(word)) {
      const n = Number(word);
      if (!numbersA.has(n) && numbersB.has(n)) return word;
      continue;
    }
    if (NOT_A_NAME.test(word) || (!isCodeLike(word) && !learned.protectedName(word, locale))) continue;
    if (!startsWord(a, word) && startsWord(b, word)) return word;
  }
  return undefined;
}

/** The values of the numbers written in a text, in any script's decimal digits. */
function numbersIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const [digits] of text.matchAll(NUMBER)) {
    const ascii = digits.replace(/\p{Nd}/gu, (d) => String(digitValue(d)));
    out.add(Number(ascii));
  }
  return out;
}

/** The value of a decimal digit of any script (the scripts' digits run 0–9 in a block of ten). */
function digitValue(d: string): number {
  const c = d.codePointAt(0)!;
  if (c >= 48 && c <= 57) return c - 48;
  for (let zero = c; zero > c - 10; zero--) if (!/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) return (c - zero) % 10;
  return 0;
}

/**
 * The word starts a word of the text, as written: alone, inflected ("Outlookissa") or in a compound ("SharePoint-kirjasto"),
 * or a capitalized name run together with the small letters before it ("käyttämälläAzure-portaalia", a link that lost the
 * space before it): the name is kept, and the missing space is another rule's to tell.
 */
function startsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const before = text[i - 1];
    if (i === 0 || !/[\p{L}\p{N}]/u.test(before) || NO_SPACES.test(before)) return true;
    if (/^\p{Lu}\p{Ll}/u.test(word) && /\p{Ll}/u.test(before)) return true;
  }
  return false;
}
