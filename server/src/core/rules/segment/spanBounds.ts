/**
 * What the translation's bold and link texts cover, read against the English's: shared by
 * the rules that find a bold or a link put on the wrong words.
 */
import type { EmphasisSpan } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { caseChanged, keeps } from '../../terms/matching';
import { nameRunsOf } from '../../terms/names';
import { plainText } from '../../terms/plainText';
import { isAsciiAlnum } from '../../inline/chars';

/** Words of English sentences that a bold label or a link's title rarely starts with. */
const ENGLISH_FUNCTION_WORDS = new Set('the a an to of for and or in on at by with from your you this that these those if then than as is are be can not'.split(' '));
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The words of a stretch of text, in order. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** {@link WORD}, read a match at a time by {@link wordReader} and {@link firstWordOf}. */
const NEXT_WORD = new RegExp(WORD.source, WORD.flags);

/** The first of {@link wordsOf}, read without reading the words after it (undefined where there is none). */
export function firstWordOf(text: string): string | undefined {
  NEXT_WORD.lastIndex = 0;
  return NEXT_WORD.exec(text)?.[0];
}

/**
 * The words of {@link wordsOf} one at a time, each read when asked for (undefined past the
 * last): a title's first words say what it opens with, and most titles are settled by the first.
 */
export function wordReader(text: string): () => string | undefined {
  let from = 0;
  return () => {
    NEXT_WORD.lastIndex = from;
    const m = NEXT_WORD.exec(text);
    if (!m) return undefined;
    from = NEXT_WORD.lastIndex;
    return m[0];
  };
}

/** The stretch holds no letter or digit: only brackets, punctuation or space. */
export function hasNoText(text: string): boolean {
  return !LETTER_OR_DIGIT.test(text);
}

/** Languages that write every noun with a capital (German, Luxembourgish): there a capital says nothing of where a title or label starts. */
const NOUN_CAPITALS = /^(?:de|lb|gsw)(?:-|$)/i;

export function capitalizesNouns(locale: string | undefined): boolean {
  return !!locale && NOUN_CAPITALS.test(locale);
}

/** The longest of {@link ENGLISH_FUNCTION_WORDS}: a longer word is none, lowered or not (lowering never shortens a word). */
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/** A word English sentences are full of ("the", "to", "of"), in any case. */
export function isEnglishFunctionWord(word: string): boolean {
  return word.length <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(word.toLowerCase());
}

export function startsWithEnglishFunctionWord(text: string): boolean {
  const first = firstWordOf(text);
  return !!first && ENGLISH_FUNCTION_WORDS.has(first.toLowerCase());
}

const JOINED_WORD = /\p{L}[\p{L}\p{M}]*(?:['’/-]\p{L}+)*/gu;

/** Every word of the stretch is a function word of the locale ("Sie unter", "zur", "de"); "e-mail", "un'app" and "Ein/Aus" are words of their own. */
export function onlyFunctionWords(s: SegmentCheck, text: string): boolean {
  if (/\d/.test(text)) return false;
  // Read word by word: most stretches hold a word that means something early on. An `exec` loop, as
  // `matchAll` makes a copy of the expression for each of the many bolds and links asked about.
  let any = false;
  JOINED_WORD.lastIndex = 0;
  for (let m = JOINED_WORD.exec(text); m; m = JOINED_WORD.exec(text)) {
    if (!s.learned.functionWord(m[0], s.locale)) return false;
    any = true;
  }
  return any;
}

/**
 * A name of the English that the translation keeps but a bold or link boundary cuts in two
 * ("Office **365", "[Azure Active](url) Directory"): `inside` is the stretch's content range
 * in the translation (offsets in the side's text).
 */
/** The names of the English that the translation keeps whole, with where each stands in it: worked out once per segment. */
export function keptNamesOf(s: SegmentCheck): readonly KeptName[] {
  return s.derived(keptNames);
}

export function nameCutBy(s: SegmentCheck, inside: { start: number; end: number }): string | undefined {
  const tr = plainText(s.tr);
  // A boundary with a small word on one side ("unter [Microsoft 365](url)") cuts no name: the English's names need not be read.
  if (!mayJoinAcross(tr, inside.start) && !mayJoinAcross(tr, inside.end)) return undefined;
  const names = s.derived(keptNames);
  if (names.length === 0) return undefined;
  for (const at of names) {
    const cutsStart = at.start < inside.start && inside.start < at.end && tr.slice(inside.start, at.end).trim() !== '';
    const cutsEnd = at.start < inside.end && inside.end < at.end && tr.slice(at.start, inside.end).trim() !== '';
    if (cutsStart || cutsEnd) return at.name;
  }
  return undefined;
}

/**
 * Whether a name the translation keeps could run across offset `at` of its plain text: a name
 * is words that each hold a capital or a digit (the words of a name run), with spaces or
 * hyphens between them, so a word with one must stand on each side of `at`, with only spaces
 * and joiners between. False rules out a cut there; true leaves it to the names.
 */
function mayJoinAcross(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && skippable(text.charCodeAt(before))) before--;
  if (before < 0 || !isAsciiAlnum(text.charCodeAt(before)) || !tokenHasCapitalOrDigit(text, before)) return false;
  let after = at;
  while (after < text.length && skippable(text.charCodeAt(after))) after++;
  return after < text.length && isAsciiAlnum(text.charCodeAt(after)) && tokenHasCapitalOrDigit(text, after);
}

/** White space, or a joiner inside a name's word (`-` `.` `'` `’` `_`), which also stands between its words (`-`). */
function skippable(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c === 45 || c === 46 || c === 39 || c === 0x2019 || c === 95) return true;
  return c >= 128 && WHITE_SPACE.test(String.fromCharCode(c));
}

const WHITE_SPACE = /\s/;

/** The word around offset `i` (ASCII letters and digits with the joiners between) holds a capital or a digit, as every word of a name run does. */
function tokenHasCapitalOrDigit(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && inToken(text.charCodeAt(start - 1))) start--;
  for (let k = start; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    if (!inToken(c)) return false;
  }
  return false;
}

function inToken(c: number): boolean {
  return isAsciiAlnum(c) || c === 45 || c === 46 || c === 39 || c === 0x2019 || c === 95;
}

/** A name of the English that the translation keeps whole, and where (in its plain text). */
export interface KeptName {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Every stretch of two or more words of a name run of the English ("Office 365" of "Apply
 * Office 365 Message…") that must stay and that the translation keeps whole, with where it
 * stands: in the order {@link nameCutBy} asks about them, worked out once for each segment
 * (its links and bolds each ask).
 */
function keptNames(s: SegmentCheck): readonly KeptName[] {
  const found: KeptName[] = [];
  let tr: string | undefined;
  for (const run of nameRunsOf(s.en)) {
    const n = run.words.length;
    if (n < 2) continue;
    // Whether each word must stay, or is a number: asked once for each word, not for each stretch holding it, and only for the
    // words of a stretch the translation keeps, in order up to the first that need not.
    let stays: (boolean | undefined)[] | undefined;
    for (let i = 0; i < n - 1; i++) {
      tr ??= plainText(s.tr);
      if (!mayKeepStretchFrom(tr, run.words[i].text)) continue;
      for (let j = Math.min(n, i + 4); j >= i + 2; j--) {
        let name = run.words[i].text;
        for (let k = i + 1; k < j; k++) name += ' ' + run.words[k].text;
        // Whether the translation keeps it, first: a search in its text, where the rest are lookups in what was learned.
        if (!keeps(tr, name)) continue;
        if (!s.learned.protectedPhrase(name, s.locale)) {
          stays ??= [];
          let all = true;
          for (let k = i; k < j && all; k++) all = stays[k] ??= s.learned.protectedName(run.words[k].text, s.locale) || /^\d/.test(run.words[k].text);
          if (!all) continue;
        }
        const at = locate(tr, name);
        if (at) found.push({ name, start: at.start, end: at.end });
      }
    }
  }
  return found;
}

/**
 * Whether the translation may keep a stretch of a name run that starts with `first`: it holds
 * the word as written. {@link keeps} looks for a stretch (words and spaces) in the text with its
 * hyphens as spaces and runs of white space as one, which holds a word without a hyphen only
 * where the text does, and one with a hyphen nowhere; without it, no stretch from that word need
 * be put together and looked for.
 */
function mayKeepStretchFrom(tr: string, first: string): boolean {
  return tr.indexOf(first) !== -1;
}

/** Where a name stands in the plain text (spaces matched loosely), as written. */
function locate(text: string, name: string): { start: number; end: number } | undefined {
  const found = caseChanged(text, name.toLowerCase());
  const exact = found.find((o) => o.text.replace(/[\s-]+/g, ' ') === name);
  return exact && { start: exact.start, end: exact.end };
}

/** Brackets that hold a phrase: CJK quotation brackets and round brackets. */
const BRACKETS: readonly (readonly [string, string])[] = [
  ['「', '」'],
  ['『', '』'],
  ['【', '】'],
  ['(', ')'],
  ['（', '）'],
];
const ONLY_PUNCTUATION = /^[\s\p{P}]*$/u;

/**
 * The pair of brackets of which a bold or link text holds one without the other, so that its
 * edge cuts a bracketed phrase in two ("「 [存取要求」清單](url)", "**(tulossa** pian)"), as
 * "「」"; undefined when every bracket is matched. A closing bracket at the very end, with
 * only punctuation after it, is the bold or link stretched over the sentence's closing
 * punctuation ("**Freihand.)**"), not a cut.
 */
export function unmatchedBracket(text: string): string | undefined {
  for (const [open, close] of BRACKETS) {
    if (!text.includes(open) && !text.includes(close)) continue;
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) depth++;
      else if (text[i] === close) {
        if (depth > 0) depth--;
        else if (!ONLY_PUNCTUATION.test(text.slice(i + 1))) return open + close;
      }
    }
    if (depth > 0) return open + close;
  }
  return undefined;
}

/**
 * Where the bracket that pairs with the one a bold or link text holds alone is: `outside` it in
 * the same text (the closing one after it for an opening one held alone, "「[存取要求](url)」", the
 * opening one before it for a closing one), `lost` from the text, or inside it but `reversed`, the
 * closing one first ("[依日期) 列出 … (的更新歷程記錄](url)").
 */
export function bracketPartner(inner: string, pair: string, before: string, after: string): 'outside' | 'lost' | 'reversed' {
  const [open, close] = [pair[0], pair[1]];
  let opens = 0;
  let closes = 0;
  for (const c of inner) {
    if (c === open) opens++;
    else if (c === close) closes++;
  }
  if (opens === closes) return 'reversed';
  return (opens > closes ? after.includes(close) : before.includes(open)) ? 'outside' : 'lost';
}

/** The translation's text holds an unmatched bracket that its English counterpart does not. */
export function bracketCut(translation: string, english: string): boolean {
  const pair = unmatchedBracket(translation);
  return !!pair && unmatchedBracket(english) !== pair;
}

/** Where the straight quotation marks (`"`) of a text stand. */
export function straightQuoteOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) out.push(i);
  return out;
}

const straightQuotes = (text: string) => straightQuoteOffsets(text).length;

/**
 * The word is one of the English's, as written, or a name of the English inflected: a capitalized
 * English word of three letters or more starts it ("Outlookissa", "Teamsin").
 */
export function nameOfEnglish(english: string, word: string): boolean {
  return english.split(/[^\p{L}\p{N}]+/u).some((w) => w === word || (w.length >= 3 && /^\p{Lu}/u.test(w) && word.startsWith(w)));
}

/** How often the word stands in the text as a token of its own: no ASCII letter or digit right before or after it. */
export function timesAsToken(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (!/[A-Za-z0-9]/.test(text[at - 1] ?? ' ') && !/[A-Za-z0-9]/.test(text[at + word.length] ?? ' ')) n++;
  }
  return n;
}

/**
 * The link text holds one straight quotation mark of a pair whose other mark is outside it
 * ("Überprüfen von [Schutzprotokollen".](url)): an odd number of them, where the English link
 * text's pair up, and the translation's pair up over its whole prose (a mark left open is
 * bracket-mismatch's to tell), with no other quotation marks in either link text.
 */
export function straightQuoteCut(s: { readonly tr: { readonly prose: string } }, translation: string, english: string): boolean {
  if (straightQuotes(translation) % 2 === 0 || straightQuotes(english) % 2 === 1) return false;
  if (/[“”„«»]/.test(translation + english)) return false;
  return straightQuotes(s.tr.prose) % 2 === 0;
}

/** Where `word` stands as a whole word in `text` (no letter or digit right before or after it), or -1. */
export function wholeWordAt(text: string, word: string): number {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + word.length] ?? ' ')) return i;
  }
  return -1;
}

/** `text.replace(/\]\([^)]*\)/g, ']')` in linear time: once no `)` follows, no later `](` can close either. */
export function withoutLinkDestinations(text: string): string {
  let out = '';
  let copied = 0;
  for (let open = text.indexOf(']('); open !== -1; open = text.indexOf('](', copied)) {
    const close = text.indexOf(')', open + 2);
    if (close === -1) break;
    out += `${text.slice(copied, open)}]`;
    copied = close + 1;
  }
  return out + text.slice(copied);
}

/** The text with the given spans left out (a line break in their place, so no words join across one), and its link destinations. */
export function outsideSpans(text: string, base: number, spans: readonly EmphasisSpan[]): string {
  let out = '';
  let from = 0;
  for (const x of [...spans].sort((a, b) => a.start - b.start)) {
    const start = x.start - base;
    if (start < from) continue;
    out += `${text.slice(from, start)}\n`;
    from = x.end - base;
  }
  return withoutLinkDestinations(out + text.slice(from));
}
