import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';
import { isSeeWord } from './seeWords';
import { capitalizesNouns, isEnglishFunctionWord, wordsOf } from './spanBounds';

/**
 * The prepositions, alone or with their article, that a translated title goes on with after its
 * first word (Italian "Informazioni [sui gruppi]", Romanian "Întrebări frecvente [despre
 * domenii]"), per language; elided Italian forms join the next word ("sull'app"). Read from the
 * corpus's it-IT and ro-RO links. Finnish has postpositions, German writes every noun with a
 * capital and its title heads rarely stand apart so: neither has a list.
 */
const PREPOSITION: Readonly<Record<string, RegExp>> = {
  it: /^(?:(?:di|del|dello|della|dei|degli|delle|a|al|allo|alla|ai|agli|alle|da|dal|dallo|dalla|dai|dagli|dalle|in|nel|nello|nella|nei|negli|nelle|su|sul|sullo|sulla|sui|sugli|sulle|per|con|tra|fra)\s|(?:dell|all|dall|nell|sull)['’]\p{L})/u,
  ro: /^(?:la|pentru|de|din|cu|în|pe|despre|spre|prin|privind)\s/u,
};

/** The see-word, then one word, right before the link: "vedere informazioni ". */
const SEE_THEN_WORD = /(?<![\p{L}\p{M}'’-])([\p{L}\p{M}]+),?\s+(\p{Ll}[\p{L}\p{M}]*) $/u;
/** A capitalized word and a small one after it, right before the link: "consulta Domande frequenti ". */
const CAPITAL_THEN_WORD = /(?<![\p{L}\p{M}\p{N}'’-])(\p{Lu}\p{Ll}[\p{L}\p{M}]*) (\p{Ll}[\p{L}\p{M}]*) $/u;

/**
 * The English links a title that starts with a capitalized word that means something ("[Learn
 * about Microsoft 365 Groups](url)", "[Authenticator App FAQ](url)"), which the link text does
 * not hold; the translation's link text starts with a preposition, and the title's head, its
 * first words, stands right before the link: one word after the word that sends the reader
 * ("vedere informazioni [sui gruppi di Microsoft 365](url)"), or a capitalized word and the word
 * after it in the middle of the sentence ("consulta Domande frequenti [sull'app
 * Authenticator](url)"). Returns the words left outside and the preposition.
 */
export function titleHeadBeforeLink(s: SegmentCheck, link: InlineLink, english: string): { head: string; word: string } | undefined {
  const preposition = PREPOSITION[languageOf(s.locale)];
  const title = english.trim();
  if (!preposition || !/^\p{Lu}\p{Ll}/u.test(title)) return undefined;
  const englishWords = wordsOf(title);
  const first = englishWords[0];
  if (englishWords.length < 2 || isEnglishFunctionWord(first)) return undefined;
  const text = link.text.trim();
  const word = preposition.exec(text)?.[0].replace(/['’]\p{L}$/u, '').trim();
  if (!word) return undefined;
  // The link holds the title's first word as written (a name): it starts where the title does.
  if (text.toLowerCase().includes(first.toLowerCase())) return undefined;
  const before = s.tr.text.slice(Math.max(0, link.start - s.tr.base - 60), link.start - s.tr.base);
  const see = SEE_THEN_WORD.exec(before);
  // After "see", a link text as long as the English title or longer may hold the whole title, its verb first outside ("vedere ripristino [di un gruppo eliminato di Microsoft 365]"); a title's head of two words before the link leaves a short rest ("Domande frequenti [sull'app]").
  if (see && isSeeWord(s.locale, see[1]) && contentWord(s, see[2])) return letters(text) < letters(title) ? { head: see[2], word } : undefined;
  const capital = CAPITAL_THEN_WORD.exec(before);
  if (!capital || capitalizesNouns(s.locale) || !contentWord(s, capital[1]) || !contentWord(s, capital[2]) || isSeeWord(s.locale, capital[1])) return undefined;
  // Not the sentence's first word: a capital there starts the sentence, not a title.
  const rest = before.slice(0, before.length - capital[0].length).trimEnd();
  if (!/[\p{L}\p{N}]$/u.test(rest) || inEnglish(s.en.text, capital[1])) return undefined;
  return { head: `${capital[1]} ${capital[2]}`, word };
}

const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

/** A word of the locale that is no connecting word. */
function contentWord(s: SegmentCheck, word: string): boolean {
  return !s.learned.functionWord(word, s.locale);
}

/** The word stands in the English as a whole word: a name kept, not a title's translated head. */
function inEnglish(english: string, word: string): boolean {
  return english.split(/[^\p{L}\p{N}]+/u).includes(word);
}
