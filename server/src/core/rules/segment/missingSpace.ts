import type { InlineText } from '../../inline/inlineText';
import type { TextRange } from '../../inline/tokens';
import { segmentRule } from '../segmentRule';
import { quote } from './compare';

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

interface Joint extends TextRange {
  /** What runs together, for the message. */
  readonly text: string;
}

export const missingSpace = segmentRule({
  code: 'missing-space',
  description:
    'Words that run together in the translation where the English has a space: a link or bold text joined to the next or previous word ("**Einstellungen**aus", "o[licență]") or to the quotation mark that opens the next words ("[Add-In](url)\"Nachricht"), or two sentences ("squadra.Con").',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    if (UNSPACED_SCRIPT.test(s.tr.text)) return;
    const found = patternJoints(s.tr.prose, s.tr.base, SENTENCES_JOINED);
    // "Outlook.Office.com" is a name with dots, as the English writes it; not sentences run together.
    const enLower = found.length ? s.en.prose.toLowerCase() : '';
    const sentences = found.length ? found.filter((j) => !enLower.includes(j.text.toLowerCase())) : found;
    const markup = markupJoints(s.tr);
    const joints = sentences.length ? [...markup, ...sentences] : markup;
    if (joints.length === 0) return;
    // The English's own joints of each kind are not the translation's doing.
    const english = markupJoints(s.en).length + patternJoints(s.en.prose, s.en.base, SENTENCES_JOINED).length;
    if (joints.length <= english) return;
    const { l10n } = s;
    const first = joints[0];
    const fixable = joints.filter((j) => j.end - j.start === 0);
    s.report({
      message:
        joints.length === 1
          ? l10n.t('Words run together where the English has a space: "{text}".', { text: quote(first.text, 70) })
          : l10n.t('Words run together where the English has a space, {count} times: "{text}"…', { count: joints.length, text: quote(first.text, 70) }),
      start: first.start,
      end: Math.max(first.end, first.start + 1),
      ...(fixable.length === joints.length && english === 0
        ? { fix: { title: l10n.t('Add the missing space'), edits: joints.map((j) => ({ start: j.start, end: j.start, newText: ' ' })) } }
        : {}),
    });
  },
});

/** A link or bold that touches a letter outside it: `[x](url)word`, `**x**word`, `word[x](url)`, `word**x**`. */
function markupJoints(side: InlineText): Joint[] {
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
  /** `shown` is the construct as the message shows it: its text, with the link's destination left out. */
  const around = (start: number, end: number, shown: string) => {
    if (SPACED_LETTER.test(at(end) ?? '')) out.push({ start: end, end, text: `${shown}${wordAfter(end)}` });
    // A quotation mark that opens a quote right after it (`[x](url)"Nachricht melden"`); one that closes a quote opened before it is fine.
    else if (QUOTE.test(at(end) ?? '') && SPACED_LETTER.test(at(end + 1) ?? '') && !QUOTE.test(at(start - 1) ?? '')) out.push({ start: end, end, text: `${shown}${at(end)}${wordAfter(end + 1)}` });
    if (SPACED_LETTER.test(at(start - 1) ?? '')) out.push({ start, end: start, text: `${wordBefore(start)}${shown}` });
  };
  for (const link of side.links) if (link.kind === 'markdown' && link.text.trim()) around(link.start, link.end, `[${quote(link.text, 30)}](…)`);
  for (const span of side.emphasis.spans) if (span.strong) around(span.start, span.end, `**${quote(side.slice({ start: span.contentStart, end: span.contentEnd }), 30)}**`);
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
