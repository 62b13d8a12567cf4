import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';

/** Languages written without spaces between words: their cuts are read by character ({@link hanWordCut}). */
const NO_SPACES = new Set(['zh', 'ja', 'ko']);
/** A word of letters (an elided article or a hyphen inside it too). */
const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}'’-]*`;
const NOT_WORD = String.raw`[^\p{L}\p{M}'’-]`;
/** The first and the last word of a link's text, and what stands after the first and before the last. */
const FIRST = new RegExp(String.raw`^(${WORD})(?=${NOT_WORD})`, 'u');
const LAST = new RegExp(String.raw`(?<=${NOT_WORD})(${WORD})$`, 'u');
const LETTER = /\p{L}/u;
/** The word right after a link, and the word right before it, one space between: no punctuation, the phrase goes on. */
const NEXT_WORD = new RegExp(String.raw`^ (${WORD})`, 'u');
const WORD_BEFORE = new RegExp(String.raw`(?:^|${NOT_WORD})(${WORD}) $`, 'u');
const SPACE = 32;

/** Words this short are an article, a preposition or a conjunction in the languages with spaces ("di", "und", "ja", "sau"), whatever their counts. */
const SHORT = 3;

/** A phrase a link cuts: its word on the link's side and its word outside, and whether the cut is at the link's start. */
export interface PhraseCut {
  readonly inside: string;
  readonly outside: string;
  readonly atStart: boolean;
}

/**
 * A link that cuts a phrase of two words, one inside it and one right beside it, outside, that
 * the same translation writes side by side elsewhere ("[Quali indirizzi di posta](url)
 * elettronica … per inviare posta elettronica", "Gestione dell'accesso [Guest con …](url) … la
 * gestione dell'accesso Guest"): the translation itself writes them as one phrase, which the
 * link cuts. Only where neither word is a common word of the locale ({@link common}), which
 * stands beside anything, and the link text has two words or more: a name linked alone beside
 * its classifier noun ("il portale [Contoso]" for "the [Contoso portal]") is an apposition the
 * labelling guide excuses.
 */
export function phraseCutAtLink(s: SegmentCheck, link: InlineLink): PhraseCut | undefined {
  if (NO_SPACES.has(languageOf(s.locale))) return undefined;
  const text = link.text.trim();
  const end = link.end - s.tr.base;
  // The word outside is read first, and the link text's only where there is one: most links have punctuation or
  // the end beside them, and the expressions of the text's last word and of the word before the link search
  // their whole text (the word before needs a space right before the link, and the word after one right after it, told without one).
  // Neither word of the phrase may be a common one, which stands beside anything: the word outside is asked first, and
  // the expression of the other word is run only for a word outside that is none.
  const next = s.tr.text.charCodeAt(end) === SPACE ? NEXT_WORD.exec(s.tr.text.slice(end, end + 60))?.[1] : undefined;
  // Each word only where the text has another: a letter on the other side of it.
  const lastMatch = next && !common(s, next) ? LAST.exec(text) : null;
  const last = lastMatch && LETTER.test(text.slice(0, lastMatch.index)) ? lastMatch[1] : undefined;
  if (last && next && !common(s, last) && writtenTogether(s.tr.text, `${last} ${next}`)) return { inside: last, outside: next, atStart: false };
  const start = link.start - s.tr.base;
  if (s.tr.text.charCodeAt(start - 1) !== SPACE) return undefined;
  // Here the link text's word is read first: the word before the link is searched for over the text before it.
  const firstMatch = FIRST.exec(text);
  const first = firstMatch && LETTER.test(text.slice(firstMatch[0].length)) && !common(s, firstMatch[1]) ? firstMatch[1] : undefined;
  const before = first && WORD_BEFORE.exec(s.tr.text.slice(Math.max(0, start - 60), start))?.[1];
  if (first && before && !common(s, before) && writtenTogether(s.tr.text, `${before} ${first}`)) return { inside: first, outside: before, atStart: true };
  return undefined;
}

/**
 * A word the locale writes so often that it says nothing beside another: a short word, or one of
 * its common words ("pentru", "avulla", "oder"). Not the short-word test of
 * {@link LearnedTerms.functionWord}, which takes in a frequent noun ("posta" of "posta
 * elettronica", in a fifth of the Italian documents).
 */
function common(s: SegmentCheck, word: string): boolean {
  return word.length <= SHORT || s.learned.commonWord(word, s.locale);
}

/** The text writes the two words side by side, as whole words, in any capitals. */
function writtenTogether(text: string, phrase: string): boolean {
  const lower = text.toLowerCase();
  const wanted = phrase.toLowerCase();
  for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + 1)) {
    const before = lower.slice(Math.max(0, at - 1), at);
    const after = lower.slice(at + wanted.length, at + wanted.length + 1);
    if (!/[\p{L}\p{M}]/u.test(before) && !/[\p{L}\p{M}]/u.test(after)) return true;
  }
  return false;
}
