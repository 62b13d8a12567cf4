import type { InlineText } from '../../inline/inlineText';
import type { TextRange } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { segmentRule } from '../segmentRule';
import { languageOf, quote } from './compare';

/** A letter of a script written with spaces between words (Latin, Greek, Cyrillic). */
const SPACED_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;
/** Scripts written without spaces between words: a link or bold runs into the next word there by design. */
const UNSPACED_SCRIPT = /[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** Two sentences run together: "squadra.Con". */
const SENTENCES_JOINED = /(?<!\p{Ll})\p{Ll}{2,}[.!?]\p{Lu}\p{Ll}/gu;

/** Quotation marks that may open a quote. */
const QUOTE = /["“„«]/;

const WORD_AFTER = /[\p{L}\p{M}\p{N}'’-]*/uy;
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}'’-]$/u;

/** A word glued to the round bracket that opens the next words: "Directory(Azure AD)". */
const WORD_PAREN = /\p{L}{2}\((?=\p{L})/gu;
/** The same, as the English writes it when it does so itself ("Windows(R)"). */
const WORD_PAREN_ONCE = /\p{L}\(/u;
/** A word before a round bracket after a space, as the English writes it: "Directory (Azure AD)". */
const SPACED_PAREN = /\p{L} \(/u;
/** An arrow glued to a word: "Zurück <--oben". */
const ARROW_WORD = /(?:<-+|-+>)(?=\p{L})|(?<=\p{L})(?:<-+|(?<![<!-])-+>)/gu;
/** An arrow standing alone between spaces, as the English writes it: "the back button <-- at the top". */
const SPACED_ARROW = /(?:^|\s)(?:<-+|-+>)(?:\s|$)/;
/** A colon glued to the clause after it: "**K**:Pitääkö", "Studenti:Per". */
const COLON_WORD = /(?<=[\p{L}\p{N}*)]):(?=\**\p{Lu}\p{Ll})/gu;
/** The English's colon before a clause, spaced: "**Q**: Do I need…". */
const SPACED_COLON = /[\p{L}\p{N}*)]: \**\p{L}/u;
/** The English itself glues a colon to the words after it (a path, a key and its value): its translation may too. */
const COLON_GLUED = /[\p{L}\p{N}*)]:\**\p{L}/u;
/** The English's dash between words, spaced: "Make payment - recommended steps". */
const SPACED_DASH = /([\p{L}\p{N}*)\]]) [-–—] ([\p{L}\p{N}*[(])/gu;
/** A dash with a space on at least one side, in the translation. */
const DASH_SPACED = /\s[-–—](?:\s|\p{L})|\p{L}[-–—]\s/gu;
/** Two words joined by a hyphen. */
const HYPHENED = /([\p{L}\p{M}\p{N}.]+)-([\p{L}\p{M}\p{N}]+)/gu;
const ONE_LETTER = /^\p{L}$/u;
/**
 * Romanian joins a clitic, an article or an ending with a hyphen ("într-un", "asigurați-vă",
 * "GUID-urile"): a short word after the hyphen, or a pronoun of one or two letters before it
 * ("s-a", "ne-am", "v-ați"). A word of three letters before it is a word ("nou-pentru": a
 * separator lost), and so is one of five letters or more after a short one: a pronoun joins
 * only a short verb, while an acronym or a pronoun before a whole word is the separator lost
 * ("Azure EA-pașii recomandați", "cum vă-administratorul").
 */
const ROMANIAN_SHORT_AFTER = 3;
const ROMANIAN_SHORT_BEFORE = 2;
const ROMANIAN_WORD_AFTER = 5;
const ROMANIAN_ENDINGS = /^(?:ul|ului|urile|urilor|uri|lui|le|ei|a)$/i;
/** German coordinates compounds with a hyphen ("Verkaufs-und"): spelling, not a lost separator. */
const GERMAN_CONJUNCTIONS = /^(?:und|oder|bzw)$/;

interface Joint extends TextRange {
  /** What runs together, for the message. */
  readonly text: string;
  /** Two words joined where the English separates them with " - ". */
  readonly dash?: boolean;
}

export const missingSpace = segmentRule({
  code: 'missing-space',
  description:
    'Words that run together in the translation where the English has a space: a link or bold text joined to the next or previous word ("**Einstellungen**aus", "o[licență]") or to the quotation mark that opens the next words ("[Add-In](url)\"Nachricht"), or two sentences ("squadra.Con"); a word joined to a round bracket or an arrow the English sets off with spaces ("Directory(Azure AD)", "<--oben"), or a colon joined to the clause after it ("**K**:Pitääkö"); the English\'s " - " separator turned into a hyphen that joins the words on both sides ("pagamento-passaggi").',
  defaultSeverity: 'warning',
  fixable: true,
  learnsFromWorkspace: true,
  checkSegment(s) {
    const unspaced = UNSPACED_SCRIPT.test(s.tr.text);
    const dashes = dashJoints(s, unspaced);
    if (unspaced) {
      if (dashes.length) reportJoints(s, dashes, 0);
      return;
    }
    const found = patternJoints(s.tr.prose, s.tr.base, SENTENCES_JOINED);
    // "Outlook.Office.com" is a name with dots, as the English writes it; not sentences run together.
    const enLower = found.length ? s.en.prose.toLowerCase() : '';
    const sentences = found.length ? found.filter((j) => !enLower.includes(j.text.toLowerCase())) : found;
    const oneWord = (before: string, after: string) => wordOfTheLocale(s, before, after);
    const markup = markupJoints(s.tr, oneWord);
    const joints = [...markup, ...sentences, ...symbolJoints(s), ...dashes].sort((a, b) => a.start - b.start);
    if (joints.length === 0) return;
    // The English's own joints of each kind are not the translation's doing; read alike, so that a joint both sides
    // have ("M[icrosoft 365](…)") cancels out and leaves the translation's own ("[Office 2010](…)oder").
    const english = markupJoints(s.en, oneWord).length + patternJoints(s.en.prose, s.en.base, SENTENCES_JOINED).length;
    if (joints.length <= english) return;
    reportJoints(s, joints, english);
  },
});

function reportJoints(s: SegmentCheck, joints: readonly Joint[], english: number): void {
  const { l10n } = s;
  const first = joints[0];
  const fixable = joints.filter((j) => j.end - j.start === 0);
  s.report({
    message:
      joints.length > 1
        ? l10n.t('Words run together where the English has a space, {count} times: "{text}"…', { count: joints.length, text: quote(first.text, 70) })
        : first.dash
          ? l10n.t('Words run together where the English separates them with " - ": "{text}".', { text: quote(first.text, 70) })
          : l10n.t('Words run together where the English has a space: "{text}".', { text: quote(first.text, 70) }),
    start: first.start,
    end: Math.max(first.end, first.start + 1),
    ...(fixable.length === joints.length && english === 0
      ? { fix: { title: l10n.t('Add the missing space'), edits: joints.map((j) => ({ start: j.start, end: j.start, newText: ' ' })) } }
      : {}),
  });
}

/**
 * A word glued to a round bracket ("Directory(Azure AD)"), to an arrow ("<--oben") or, after a
 * colon, to the clause that follows ("**K**:Pitääkö"), where the English sets them off with
 * spaces and never glues them itself.
 */
function symbolJoints(s: SegmentCheck): Joint[] {
  const prose = s.tr.prose;
  const out: Joint[] = [];
  if (mayGlueParen(prose) && SPACED_PAREN.test(s.en.prose) && !WORD_PAREN_ONCE.test(s.en.prose)) {
    WORD_PAREN.lastIndex = 0;
    for (let m = WORD_PAREN.exec(prose); m; m = WORD_PAREN.exec(prose)) {
      const at = m.index + 2;
      out.push({ start: s.tr.base + at, end: s.tr.base + at, text: wordAround(prose, at) });
    }
  }
  if (prose.includes(':') && SPACED_COLON.test(s.en.prose) && !COLON_GLUED.test(s.en.prose)) {
    COLON_WORD.lastIndex = 0;
    for (let m = COLON_WORD.exec(prose); m; m = COLON_WORD.exec(prose)) {
      const at = m.index + 1;
      out.push({ start: s.tr.base + at, end: s.tr.base + at, text: wordAround(prose, at) });
    }
  }
  if ((prose.includes('<-') || prose.includes('->')) && SPACED_ARROW.test(s.en.prose)) {
    ARROW_WORD.lastIndex = 0;
    for (let m = ARROW_WORD.exec(prose); m; m = ARROW_WORD.exec(prose)) {
      // The space goes between the arrow and the word, on the side the word is.
      const at = /\p{L}/u.test(prose[m.index + m[0].length] ?? '') ? m.index + m[0].length : m.index;
      out.push({ start: s.tr.base + at, end: s.tr.base + at, text: wordAround(prose, at) });
    }
  }
  return out;
}

/**
 * A cheap first look for {@link WORD_PAREN}, whose search of every letter of the prose cost more
 * than the rest of {@link symbolJoints}: a `(` with neither an ASCII character that is no letter
 * right before it nor one right after it (nor the text's end), which the pattern's letters on both
 * sides rule out. Characters past ASCII are left to the pattern. Most brackets follow a space.
 */
function mayGlueParen(prose: string): boolean {
  for (let i = prose.indexOf('('); i !== -1; i = prose.indexOf('(', i + 1)) {
    if (i >= 2 && mayBeLetter(prose.charCodeAt(i - 1)) && i + 1 < prose.length && mayBeLetter(prose.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** An ASCII letter, or a character past ASCII (which may be a letter, or half of one). */
function mayBeLetter(c: number): boolean {
  return c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The English's dash separator (" - ") lost its spaces in the translation, which joins the
 * words on both sides into one ("pagamento-passaggi", "1703-6 月"): the English has more
 * spaced dashes than the translation, and the translation has a hyphenated pair of words that
 * the English does not write. A language's own hyphens are left alone: German compounds (a
 * lower-case second part is no noun), Finnish ones (a capital second part is no compound),
 * Romanian clitics and endings; in Chinese or Japanese, only a dash between Latin letters or
 * digits, whose words would read as one.
 */
function dashJoints(s: SegmentCheck, unspaced: boolean): Joint[] {
  if (s.tr.text.indexOf('-') === -1 || !hasSpacedDash(s.en.text)) return NO_JOINTS;
  const english = [...s.en.prose.matchAll(SPACED_DASH)];
  if (english.length === 0) return NO_JOINTS;
  const prose = s.tr.prose;
  if ((prose.match(DASH_SPACED) ?? []).length >= english.length) return NO_JOINTS;
  const range = english.some((m) => /\p{N}/u.test(m[1]) && /\p{N}/u.test(m[2]));
  const language = languageOf(s.locale);
  const enLower = s.en.prose.toLowerCase();
  const out: Joint[] = [];
  for (const m of prose.matchAll(HYPHENED)) {
    const [both, a, b] = m;
    if (enLower.includes(both.toLowerCase())) continue;
    // "e-mail", "Hyper-V": one letter on a side is a word's own hyphen.
    if (ONE_LETTER.test(a) || ONE_LETTER.test(b)) continue;
    // "30-90 days" for "30 - 90 days": a range either way.
    if (range && /\p{N}$/u.test(a) && /^\p{N}/u.test(b)) continue;
    if (unspaced && !(/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b))) continue;
    if (language === 'ro' && ((a.length <= ROMANIAN_SHORT_BEFORE && b.length < ROMANIAN_WORD_AFTER) || b.length <= ROMANIAN_SHORT_AFTER || ROMANIAN_ENDINGS.test(b))) continue;
    if (language === 'de' && (!/^\p{Ll}/u.test(b) || GERMAN_CONJUNCTIONS.test(b))) continue;
    if (language === 'fi' && !/^\p{Lu}\p{Ll}/u.test(b)) continue;
    const at = m.index! + a.length;
    out.push({ start: s.tr.base + at, end: s.tr.base + at + 1, text: both, dash: true });
  }
  return out;
}

/**
 * The text has a dash with a space on each side (`/ [-–—] /`), found from the dashes, which are
 * few, rather than from its spaces, where the expression starts a look at every one.
 */
function hasSpacedDash(text: string): boolean {
  for (const dash of DASHES) {
    for (let i = text.indexOf(dash, 1); i !== -1; i = text.indexOf(dash, i + 1)) {
      if (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) return true;
    }
  }
  return false;
}

const DASHES = ['-', '–', '—'];

/** The word or words around an offset of the prose, for the message. */
function wordAround(prose: string, at: number): string {
  let start = at;
  while (start > 0 && !/\s/.test(prose[start - 1]) && at - start < 30) start--;
  let end = at;
  while (end < prose.length && !/\s/.test(prose[end]) && end - at < 30) end++;
  return prose.slice(start, end);
}

/** The letters that end the text before a joint, and those that start the text after it. */
const LETTERS_BEFORE = /[\p{L}\p{M}]+$/u;
const LETTERS_AFTER = /^\p{Ll}[\p{L}\p{M}]*/u;

/**
 * The letters on both sides of a joint make one word that the locale's translations write whole
 * elsewhere, the part after it written small and no function word of the locale: a compound the
 * markup cuts ("[… Outlookin verkko](…)versiossa", "**roska**kori"), a word whose first letter
 * is left before a link ("M[icrosoft 365](…)") or a name with its case ending ("[Skype for
 * Business](…)in"), which want no space. "**sivusto**ja" stays a joint: "ja" is the locale's
 * "and", though "sivustoja" is a word too; so does "[… Azure](…)AD", a name's two words.
 */
function wordOfTheLocale(s: SegmentCheck, before: string, after: string): boolean {
  const head = LETTERS_BEFORE.exec(before)?.[0];
  const tail = LETTERS_AFTER.exec(after)?.[0];
  if (!head || !tail) return false;
  return s.learned.nativeWord(head + tail, s.locale) && !s.learned.functionWord(tail, s.locale);
}

/**
 * A link or bold that touches a letter outside it: `[x](url)word`, `**x**word`, `word[x](url)`,
 * `word**x**`; not where `oneWord` says the letters on both sides are one word of the locale.
 */
function markupJoints(side: InlineText, oneWord?: (before: string, after: string) => boolean): Joint[] {
  const text = side.text;
  const at = (offset: number) => text[offset - side.base];
  const out: Joint[] = [];
  // Sticky patterns read the word from the offset only: a search from the start of the text would be quadratic.
  const wordAfter = (offset: number) => {
    WORD_AFTER.lastIndex = offset - side.base;
    return WORD_AFTER.exec(text)![0];
  };
  const wordBefore = (offset: number) => {
    let i = offset - side.base;
    while (i > 0 && WORD_CHARACTER.test(text[i - 1])) i--;
    return text.slice(i, offset - side.base);
  };
  /**
   * `inner` reads the construct's text, and `shown` makes the construct as the message shows it (its text, with the link's
   * destination left out): only for a joint, which most are not.
   */
  const around = (start: number, end: number, inner: () => string, shown: (text: string) => string) => {
    if (SPACED_LETTER.test(at(end) ?? '')) {
      const after = wordAfter(end);
      if (!oneWord?.(inner(), after)) out.push({ start: end, end, text: `${shown(inner())}${after}` });
    }
    // A quotation mark that opens a quote right after it (`[x](url)"Nachricht melden"`); one that closes a quote opened before it is fine.
    else if (QUOTE.test(at(end) ?? '') && SPACED_LETTER.test(at(end + 1) ?? '') && !QUOTE.test(at(start - 1) ?? '')) out.push({ start: end, end, text: `${shown(inner())}${at(end)}${wordAfter(end + 1)}` });
    if (SPACED_LETTER.test(at(start - 1) ?? '')) {
      const before = wordBefore(start);
      if (!oneWord?.(before, inner().trimStart())) out.push({ start, end: start, text: `${before}${shown(inner())}` });
    }
  };
  for (const link of side.links) if (link.kind === 'markdown' && link.text.trim()) around(link.start, link.end, () => link.text, (text) => `[${quote(text, 30)}](…)`);
  for (const span of side.emphasis.spans) if (span.strong) around(span.start, span.end, () => side.slice({ start: span.contentStart, end: span.contentEnd }), (text) => `**${quote(text, 30)}**`);
  return out.sort((a, b) => a.start - b.start);
}

const NO_JOINTS: Joint[] = [];

function patternJoints(prose: string, base: number, pattern: RegExp): Joint[] {
  if (!mayJoinSentences(prose)) return NO_JOINTS;
  const out: Joint[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(prose); m; m = pattern.exec(prose)) {
    const dot = m.index + m[0].search(/[.!?]/) + 1;
    out.push({ start: base + dot, end: base + dot, text: m[0] });
  }
  return out;
}

/**
 * A cheap first look for {@link SENTENCES_JOINED}, whose look-behind over every segment costs
 * more than all the rest of the rule: a `.`, `!` or `?` followed by a character that may be a
 * capital (an ASCII capital, or any character past ASCII, which the pattern then decides).
 */
function mayJoinSentences(prose: string): boolean {
  for (const mark of SENTENCE_ENDS) {
    for (let i = prose.indexOf(mark, 2); i !== -1 && i + 2 < prose.length; i = prose.indexOf(mark, i + 1)) {
      const c = prose.charCodeAt(i + 1);
      if ((c >= 65 && c <= 90) || c >= 128) return true;
    }
  }
  return false;
}

const SENTENCE_ENDS = ['.', '!', '?'];
