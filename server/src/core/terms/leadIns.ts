import type { InlineText } from '../inline/inlineText';
import type { InlineLink } from '../inline/tokens';
/**
 * How a locale renders the English words that send the reader to a link ("see [Title](url)",
 * "For more information, see [Title](url)", "refer to [Title](url)", "visit [the site](url)"),
 * learned from the workspace's own translations: where the English has such a lead-in right
 * before a link, the translation's last words before its link are counted, and so are the words
 * at the start of its link and the words inside every other link (or later in such a link).
 * Most translations leave the lead-in outside the link, as the English does: a run of words that
 * stands before such links many times, far more often than inside other links, and at least as
 * often as at the start of such links, is the locale's rendering of the lead-in ("consultați",
 * "finden Sie unter", "請參閱"). A title's words stand inside links more often ("määrittäminen",
 * setting up, which ends Finnish titles and is left before a link cut short), and its first
 * word starts the links after "see" more often than machine translation leaves it before them
 * ("Configurarea"): neither is one. Where machine translation pulls the lead-in in often
 * (Finnish "ohjeaiheessa"), it still leaves it outside more often than not.
 *
 * Counted as the locale's own words ({@link TermObservations.native}), under keys that start
 * with a control character, so that no word of any language is spelled as one.
 */

/** The English words that send the reader to a link, right before it (bold or quote markers between allowed). */
const ENGLISH_LEAD_IN = /\b(?:see|refer\s+to|visit|check\s+out|read|review|consult)[\s*_"“]*$/i;
/** An English link text that starts with a verb of the reader, or "more", itself: its translation rightly starts with one too ("[Visit the Admin center]"). */
const ENGLISH_LINK_STARTS_WITH_LEAD_IN = /^[\s*_"“]*(?:see|read|review|learn|check|view|refer|visit|find|more|for more|further|info|information|details|consult|look|go|get|explore|watch)\b/i;

/** Words of a text, as tokens: a word of letters (with an apostrophe inside), or one Han, kana or Hangul character; punctuation and the like end a run of tokens. */
const TOKEN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|([^\s\p{L}\p{M}*_"“”„«»「」]+)/gu;
/** One token is a character of a script written without spaces. */
const NO_SPACE_CHAR = /^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]$/;

/** Tokens a lead-in rendering has at most. */
export const LEAD_IN_MAX = 4;

/** The key of a rendering seen right before a link the English leads in to. */
export const leadInBeforeKey = (words: string) => `\u0004${words}`;
/** The key of a run of words seen inside the text of a link (any link of a translation that has as many as its English), but at the start of one the English leads in to. */
export const leadInInLinkKey = (words: string) => `\u0005${words}`;
/** The key of a run of words seen at the start of a link the English leads in to. */
export const leadInStartKey = (words: string) => `\u0006${words}`;

/** The tokens of a text, in small letters; a run ends at punctuation, a digit or the like (its tokens after that are a new run, marked by `undefined`). */
export function leadInTokens(text: string): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push(m[1] !== undefined ? undefined : m[0].toLowerCase());
  return out;
}

/** The first `k` tokens of a text, as written: from its first word (markers and spaces before it skipped) to the end of the `k`th. */
export function leadingWords(text: string, k: number): string {
  let end = 0;
  TOKEN.lastIndex = 0;
  for (let n = 0, m = TOKEN.exec(text); n < k && m; n++, m = TOKEN.exec(text)) end = m.index + m[0].length;
  return text.slice(0, end).replace(/^[\s*_"“]+/, '');
}

/** Tokens joined as a key: with a space in a language with spaces, without between characters of one without. */
export function joinTokens(tokens: readonly string[]): string {
  let s = '';
  tokens.forEach((t, i) => {
    s += i > 0 && !(NO_SPACE_CHAR.test(t) && NO_SPACE_CHAR.test(tokens[i - 1])) ? ` ${t}` : t;
  });
  return s;
}

/** The rendering is long enough to say something: two characters in a language without spaces. */
export function longEnough(tokens: readonly string[]): boolean {
  return !(tokens.length === 1 && NO_SPACE_CHAR.test(tokens[0]));
}

/** The English before a link ends with a lead-in ("see", "refer to", "visit"), and the English link text does not itself start with one. */
export function englishLeadsIn(before: string, linkText: string): boolean {
  return ENGLISH_LEAD_IN.test(before) && !startsWithReaderVerb(linkText);
}

/** An English link text that starts with the reader's verb or "more" itself ("[Read the FAQ]", "[Learn more]", "[Visit the Admin center]"). */
export function startsWithReaderVerb(linkText: string): boolean {
  return ENGLISH_LINK_STARTS_WITH_LEAD_IN.test(linkText);
}

/** A link of a text: its text as written, and where it starts in the text. */
export type LinkAt = Pick<InlineLink, 'text' | 'start'>;

/** The Markdown links of a text (not images, HTML links or bare URLs). */
export function markdownLinks(side: InlineText): LinkAt[] {
  return side.links.filter((l) => l.kind === 'markdown');
}

/**
 * Adds the keys of a segment's lead-in renderings to `out`: for each English link after a lead-in
 * (paired by order with the translation's, when both sides have as many), the last one to
 * {@link LEAD_IN_MAX} tokens before the translation's link; and the runs of up to as many
 * tokens inside each of the translation's links.
 */
export function addLeadIns(english: string, en: readonly LinkAt[], translation: string, tr: readonly LinkAt[], out: (key: string) => void): void {
  if (en.length === 0 || en.length > 6 || tr.length !== en.length) return;
  const leadIns = en.map((link) => englishLeadsIn(english.slice(Math.max(0, link.start - 40), link.start), link.text));
  // The runs of words inside every link of the translation: a title's words ("määrittäminen", setting up) stand there often, a lead-in's seldom.
  // At the start of a link the English leads in to, they are counted apart: where machine translation pulls the lead-in in often, it stands there.
  tr.forEach((link, i) => {
    const tokens = leadInTokens(link.text).slice(0, 30);
    const noSpace = tokens.map((t) => t !== undefined && NO_SPACE_CHAR.test(t));
    for (let k = 0; k < tokens.length; k++) {
      // The runs from token k, each its shorter one and a token more ({@link joinTokens}, {@link longEnough}).
      let key = '';
      for (let n = 1; n <= LEAD_IN_MAX && k + n <= tokens.length; n++) {
        const at = k + n - 1;
        const token = tokens[at];
        if (token === undefined) break;
        key = n === 1 ? token : noSpace[at] && noSpace[at - 1] ? key + token : `${key} ${token}`;
        if (n === 1 && noSpace[at]) continue;
        out(k === 0 && leadIns[i] ? leadInStartKey(key) : leadInInLinkKey(key));
      }
    }
  });
  en.forEach((_, i) => {
    if (!leadIns[i]) return;
    const before = lastRun(leadInTokens(translation.slice(Math.max(0, tr[i].start - 80), tr[i].start)));
    for (let n = 1; n <= Math.min(LEAD_IN_MAX, before.length); n++) {
      const words = before.slice(-n);
      if (longEnough(words)) out(leadInBeforeKey(joinTokens(words)));
    }
  });
}

/** The tokens after the last break of a run. */
function lastRun(tokens: readonly (string | undefined)[]): string[] {
  const k = tokens.lastIndexOf(undefined);
  return tokens.slice(k + 1) as string[];
}

/** The tokens before the first break of a run. */
export function firstRun(tokens: readonly (string | undefined)[]): string[] {
  const k = tokens.indexOf(undefined);
  return (k < 0 ? tokens : tokens.slice(0, k)) as string[];
}
