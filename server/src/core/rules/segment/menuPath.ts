import type { InlineText } from '../../inline/inlineText';
import { BLANK } from '../../inline/chars';
import type { SegmentCheck } from '../rule';
import { segmentRule } from '../segmentRule';
import { quote } from './compare';
import { nameOfEnglish } from './spanBounds';

/** A menu separator: `>` or `\>` with space, a bold marker or a link around it ("**File** > **Options**", "**A > B**"). */
const SEPARATOR = /(?<![-=<])\\?>(?!=)/g;

interface PathReading {
  /** Where each separator is, in the side's text. */
  readonly separators: readonly { start: number; end: number }[];
  /** A step between two separators with no word in it (`>  >`). */
  readonly emptyStep: number;
  /** Separators not next to a bold or linked step on both sides. */
  readonly plainSteps: number;
  /**
   * Of the first such separator, the words between it and the bold or link of the step on its
   * plain side ("für" in "**Einstellungen**für  >  **Konten**"); none where that step has no
   * bold or link.
   */
  readonly wordsAtPlainStep?: string;
}

export const menuPath = segmentRule({
  code: 'menu-path',
  description: 'A menu path ("**File** > **Options** > **Save**") whose translation has another number of steps, an empty step (">  >"), its separator lost between two steps kept side by side (`**Facturare [Achiziționare servicii](url)**` for `**Billing > [Purchase services](url)**`), or a step that is no longer bold. Also a capitalized word left right before the first bold step (`clic pe Actualizare **Proprietăți** >`), and a bold that starts or ends with a separator, its step outside it (`Setări **> Conturi**`), and a stray hyphen at a separator, cut off from its step (`**Valikko**  >  -**Tulosta**`).',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    if (s.en.text.indexOf('>') === -1) return;
    const { l10n } = s;
    const arrow = emptyArrowStep(s);
    if (arrow) {
      s.report({ message: l10n.t('The menu path has an empty step (nothing between two ">").'), start: arrow.start, end: arrow.end });
      return;
    }
    const en = readPath(s.en);
    if (en.separators.length === 0) return;
    if (s.tr.text.indexOf('>') === -1) {
      const joint = stepsJoined(s);
      if (joint) s.report({ message: l10n.t('The menu path has lost its separator: two of its steps stand side by side with only a space between, where the English has ">".'), start: joint.start, end: joint.end });
      return;
    }
    const tr = readPath(s.tr);
    const where = tr.separators[0] ?? { start: s.tr.base, end: s.tr.base + s.tr.text.length };
    let message: string | undefined;
    let bold: ReturnType<typeof boldAtSeparator>;
    if (tr.separators.length !== en.separators.length && tr.separators.length > 0) {
      message = l10n.t('The English menu path has {english} steps; the translation has {translated}.', { english: en.separators.length + 1, translated: tr.separators.length + 1 });
    } else if (tr.emptyStep > en.emptyStep) {
      message = l10n.t('The menu path has an empty step (nothing between two ">").');
    } else if (tr.plainSteps > en.plainSteps && tr.separators.length === en.separators.length) {
      // Where every step of the English is marked, words between a marked step and its separator are no step of their own.
      const words = en.plainSteps === 0 ? tr.wordsAtPlainStep : undefined;
      message = words
        ? l10n.t('The words "{words}" stand between a bold or linked step of the menu path and its ">", outside the step: part of the step was left out of its bold or link, or a word strayed into the path.', { words: quote(words, 40) })
        : l10n.t('A step of the menu path is neither bold nor a link in the translation; every step of the English is.');
    } else if ((bold = boldAtSeparator(s.tr)) && !boldAtSeparator(s.en)) {
      const text = s.tr.slice({ start: bold.start, end: bold.end });
      message = bold.atStart
        ? l10n.t('The bold "{bold}" starts with the menu path\'s separator: the step before it is outside the bold, or lost.', { bold: quote(text, 60) })
        : l10n.t('The bold "{bold}" ends with the menu path\'s separator: the step after it is outside the bold, or lost.', { bold: quote(text, 60) });
      s.report({ message, start: bold.start, end: bold.end });
      return;
    } else {
      const word = wordLeftBeforePath(s, en.separators[0].start, where.start);
      if (word && tr.separators.length > 0) message = l10n.t('"{word}" stands right before the menu path\'s first bold step, outside it, in the middle of the sentence: a step of the path may have lost its bold or moved.', { word });
    }
    if (message) s.report({ message, start: where.start, end: where.end });
    else reportStrayHyphen(s);
  },
});

/**
 * A hyphen left at a separator of the path, right before a bold or linked step or right after
 * one (`**Asetukset**  >  -**ilmoitukset**`, `**Junk**-  >  **Block**`): a piece of a compound
 * or case ending the translation cut off from its step, which now reads as a stray mark.
 */
const STRAY_HYPHEN = /\\?>[ \t\u00a0]+-[ \t\u00a0]*(?=\*\*|\[)|\*\*-[ \t\u00a0]+\\?>/;

function reportStrayHyphen(s: SegmentCheck): void {
  const m = STRAY_HYPHEN.exec(s.tr.prose);
  if (!m || STRAY_HYPHEN.test(s.en.prose)) return;
  const { l10n } = s;
  const start = s.tr.base + m.index;
  s.report({
    message: l10n.t('A stray hyphen stands at a separator of the menu path ("{around}"), cut off from the step it belonged to.', { around: quote(m[0].trim(), 30) }),
    start,
    end: start + m[0].length,
  });
}

/** A step of a path written with arrows (`->`, `→`), between two of them, with nothing but spaces, markers and brackets: `-> ->`, `-> ** ->`. */
const EMPTY_ARROW_STEP = /(?:-\\?>|→)[\s*_[\]\u0001]*(?:-\\?>|→)/;
/** An arrow of such a path. */
const ARROW = /-\\?>|→/;

/**
 * The English writes a path with arrows (`Settings -> Customization -> Security Roles`, in bold,
 * a link's text or plain), which {@link SEPARATOR} leaves alone; the translation has an empty
 * step between two arrows (`Asetukset -> -> käyttöoikeusroolit`) that the English has not: a step
 * was lost. Returns where.
 */
function emptyArrowStep(s: SegmentCheck): { start: number; end: number } | undefined {
  if (!ARROW.test(s.en.prose) || EMPTY_ARROW_STEP.test(s.en.prose)) return undefined;
  const m = EMPTY_ARROW_STEP.exec(s.tr.prose);
  return m ? { start: s.tr.base + m.index, end: s.tr.base + m.index + m[0].length } : undefined;
}

/** A capitalized word, a space, then a bold step and the path's first separator: "clic pe Actualizare **Proprietăți** >". */
const CAPITAL_BEFORE_STEP = /(?<=[\p{Ll},] )(\p{Lu}[\p{Ll}\p{M}]+) \*\*[^*]+\*\*\s*\\?$/u;
const BOLD_BEFORE = /\*\*[^*]+\*\*\s*\\?$/;
/** Languages that write every noun with a capital, where a capital says nothing of a label. */
const NOUN_CAPITALS = /^(?:de|lb|gsw)(?:-|$)/i;

/**
 * The English's path starts with a bold step; in the translation, a capitalized word the
 * English does not have stands right before the first bold step, after a small word or a
 * comma: a word of a label left outside the bold ("Laskutus **tuotteesi** >" for
 * "**Billing** > [Your products]", "clic pe Actualizare **Proprietăți** >" for "**Properties**
 * > **Update sold-to**"). Not in German, which writes its nouns with a capital; not a name of
 * the English, inflected ("Outlookissa").
 */
function wordLeftBeforePath(s: SegmentCheck, englishSeparator: number, separator: number): string | undefined {
  if (NOUN_CAPITALS.test(s.locale ?? '')) return undefined;
  const enBefore = s.en.text.slice(Math.max(0, englishSeparator - s.en.base - 80), englishSeparator - s.en.base);
  if (!BOLD_BEFORE.test(enBefore)) return undefined;
  const before = s.tr.text.slice(Math.max(0, separator - s.tr.base - 80), separator - s.tr.base);
  const word = CAPITAL_BEFORE_STEP.exec(before)?.[1];
  if (!word) return undefined;
  if (nameOfEnglish(s.en.text, word)) return undefined;
  return word;
}

/** A separator at the start or the end of a bold's content, with only spaces and brackets beside it: "**> Konten**", "**[> System](url)**", "**Asetukset >**". */
const SEPARATOR_FIRST = /^[\s[\]]*\\?>(?!=)/;
const SEPARATOR_LAST = /(?<![=<])\\?>[\s[\]]*$/;

/**
 * The first bold of a side whose content starts or ends with a menu separator: the step on
 * that side of the separator is left outside the bold ("Setări **> Conturi**" for
 * "**Settings > Accounts**", "[帳單]**[ > [購買服務]](url)**"). Read from the prose, where a
 * link's destination is blanked, so "**[> System](url)**" starts with its separator.
 */
function boldAtSeparator(side: InlineText): { start: number; end: number; atStart: boolean } | undefined {
  const prose = side.prose;
  for (const span of side.emphasis.spans) {
    if (!span.strong) continue;
    const content = prose.slice(span.contentStart - side.base, span.contentEnd - side.base);
    if (content.indexOf('>') === -1) continue;
    if (SEPARATOR_FIRST.test(content)) return { start: span.start, end: span.end, atStart: true };
    if (SEPARATOR_LAST.test(content)) return { start: span.start, end: span.end, atStart: false };
  }
  return undefined;
}

/** The English's bold that holds a path ending on a linked step: "**Billing > [Purchase services](url)**". */
const ENGLISH_BOLD_PATH = /[\p{L}\p{N}][ \u00a0]*\\?>[ \u00a0]*\[[^\]]+\]\([^)]*\)\s*$/u;
/** A translation's bold that holds a word then, a space away, a link that ends the bold: the path's two steps, the separator between them gone ("**Facturare [Achiziționare servicii](url)**"). */
const BOLD_JOINED = /[\p{L}\p{N}]([ \u00a0]+)\[[^\]]+\]\([^)]*\)\s*$/u;
/** A bold or a link that closes, then with only spaces between, another that opens: "**Billing** **Options**", "**Billing** [Products](url)". */
const MARKS_JOINED = /(?:\*\*|\]\([^)\s]*\))([ \u00a0]+)(?=\*\*[^\s*]|\[[^\]]+\]\()/g;

/**
 * The English has a path of bold or linked steps; the translation has no ">" at all, and two
 * steps stand side by side with only spaces between: the separator was dropped, the steps
 * kept ("**Facturare [Achiziționare servicii](url)**" for "**Billing > [Purchase
 * services](url)**"). A path the translation writes out in words ("**A** and then **B**") or
 * with another sign ("**A** | **B**") has something between its steps. Returns the spaces
 * where the separator was.
 */
function stepsJoined(s: SegmentCheck): { start: number; end: number } | undefined {
  const side = s.tr;
  const englishBolds = s.en.emphasis.spans.filter((span) => span.strong).map((span) => s.en.text.slice(span.contentStart - s.en.base, span.contentEnd - s.en.base));
  if (englishBolds.some((content) => ENGLISH_BOLD_PATH.test(content))) {
    for (const span of side.emphasis.spans) {
      if (!span.strong) continue;
      const content = side.text.slice(span.contentStart - side.base, span.contentEnd - side.base);
      const m = BOLD_JOINED.exec(content);
      if (m) return { start: span.contentStart + m.index + 1, end: span.contentStart + m.index + 1 + m[1].length };
    }
  }
  // Between steps of their own, in the English as "**Billing** > [Products](url)" or "**File** > **Save**".
  if (!/(?:\*\*|\]\([^)\s]*\))[ \u00a0]*\\?>[ \u00a0]*(?:\*\*|\[)/.test(s.en.text)) return undefined;
  MARKS_JOINED.lastIndex = 0;
  const m = MARKS_JOINED.exec(side.text);
  return m ? { start: side.base + m.index + m[0].length - m[1].length, end: side.base + m.index + m[0].length } : undefined;
}

function readPath(side: InlineText): PathReading {
  const prose = side.prose;
  const separators: { start: number; end: number }[] = [];
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(prose); m; m = SEPARATOR.exec(prose)) separators.push({ start: side.base + m.index, end: side.base + m.index + m[0].length });
  let emptyStep = 0;
  let plainSteps = 0;
  let wordsAtPlainStep: string | undefined;
  const marked = (text: string) => /\*\*|__|\u0001|\]|\[/.test(text);
  for (let i = 0; i < separators.length; i++) {
    const from = separators[i].end - side.base;
    const to = (separators[i + 1]?.start ?? side.base + prose.length) - side.base;
    const between = prose.slice(from, to);
    if (i + 1 < separators.length && !/[\p{L}\p{N}]/u.test(between.split(BLANK).join(''))) emptyStep++;
    // The step on each side of the separator starts or ends with a bold marker or a link, right by the separator.
    // Punctuation left by a compound or a colon ("**ryhmät**- >") is not a step of its own, nor a mark of writing direction (U+200F in Arabic).
    const before = prose.slice(0, separators[i].start - side.base).replace(/[\s\-–:,\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+$/, '').slice(-2);
    const after = prose.slice(from).replace(/^[\s\-–:,\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/, '').slice(0, 2);
    if (marked(before) && marked(after)) continue;
    if (plainSteps++ > 0) continue;
    const previous = i > 0 ? separators[i - 1].end - side.base : 0;
    wordsAtPlainStep = !marked(before)
      ? wordsBesideMark(prose.slice(previous, separators[i].start - side.base), 'before', i > 0)
      : wordsBesideMark(prose.slice(from, to), 'after', i + 1 < separators.length);
  }
  return { separators, emptyStep, plainSteps, wordsAtPlainStep };
}

/** A bold or italic marker, a link's bracket, or the blanked destination of a link with its closing parenthesis. */
const MARK = /\*\*|__|\u0001+\)?|[[\]]/g;
/** Outside the path (before its first separator, after its last), no more words than this are read as a piece of a step. */
const WORDS_OUTSIDE_PATH = 3;
/** Punctuation that ends a phrase of the sentence: after it, words are no longer a step's. */
const PHRASE_END = /[:;,.。，：；]/;

/**
 * The words between a step's last mark and the separator after it (`before`), or between the
 * separator and the step's first mark (`after`): "für" in "**Einstellungen**für  >", "di" in
 * ">  di **Blocchi**". `inside` says the step lies between two separators; before the first or
 * after the last, the step runs into the sentence, so only a few words count, with no phrase's
 * punctuation between them and the mark, and before the path only after a bold: a link or a
 * bold there may be the sentence's own ("[Compliance Center](url) ja siirry hakuun  >",
 * "**Power BI**: accesați  >"). Undefined where the step has no such mark or no word there.
 */
function wordsBesideMark(step: string, side: 'before' | 'after', inside: boolean): string | undefined {
  const marks = [...step.matchAll(MARK)];
  if (marks.length === 0) return undefined;
  const mark = side === 'before' ? marks[marks.length - 1] : marks[0];
  const gap = side === 'before' ? step.slice(mark.index + mark[0].length) : step.slice(0, mark.index);
  const words = gap.replace(/^[\s\-–:,]+|[\s\-–:,]+$/g, '');
  if (!/[\p{L}\p{N}]/u.test(words)) return undefined;
  if (inside) return words;
  if (PHRASE_END.test(gap) || (side === 'before' && mark[0] !== '**' && mark[0] !== '__')) return undefined;
  return words.split(/\s+/).length <= WORDS_OUTSIDE_PATH ? words : undefined;
}
