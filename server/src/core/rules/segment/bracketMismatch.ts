import { isEscaped } from '../../inline/chars';
import type { InlineText } from '../../inline/inlineText';
import type { SegmentCheck } from '../rule';
import { reportCounted, segmentRule, type Occurrence } from '../segmentRule';
import { quote } from './compare';
import { straightQuoteOffsets } from './spanBounds';

export const bracketMismatch = segmentRule({
  code: 'bracket-mismatch',
  description:
    'Brackets out of place where the English\'s all pair up: a square or round bracket that opens or closes nothing (`**[Microsoft Office [版本]**`, `[OneDrive 檔案還原](url) ] 功能`, `在您要讀取此) 的視窗中 (`), or a bracketed label that crosses the edge of a bold, each cutting the other (`[ **包含] 清單**`, `**[執行疑難排解** 程式]`), or a square bracket that opens on the `>` separator of a menu path (`[  >  **垃圾郵件**]`), or a Chinese or Japanese quote that crosses the edge of a link or bold (`「 [存取要求」功能](url)`), or square and round brackets that cross (`[ (檢視]、[編輯])`), a Chinese round bracket that opens on the particle 的 (`服務 (的設定)`), or a label bracket that runs on over words of the sentence (`[ **儲存** 以完成 **設定**]`), or a straight quotation mark that opens or closes nothing (`" Non è possibile … **"EmailAddresses",**`).',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    const found: Misplaced[] = [];
    if (s.tr.has('[') || s.tr.has(']')) found.push(...squareBrackets(s));
    if (ROUND.test(s.tr.text)) found.push(...roundBrackets(s), ...particleOpens(s));
    if (ROUND.test(s.tr.text) && s.tr.has('[')) found.push(...squareAndRoundCross(s));
    if (s.tr.has('[')) found.push(...labelBracketsOverrun(s));
    if (s.tr.has('[')) found.push(...separatorOpens(s));
    if (s.tr.text.indexOf('「') !== -1 || s.tr.text.indexOf('」') !== -1) found.push(...quotesAcross(s));
    if (s.tr.text.indexOf('（') !== -1 || s.tr.text.indexOf('「') !== -1) found.push(...kindsCross(s));
    if (s.tr.text.indexOf('"') !== -1) found.push(...straightQuoteLeftOpen(s));
    if (found.length === 0) return;
    found.sort((a, b) => a.start - b.start);
    const { l10n } = s;
    reportCounted(s, found, {
      message: (count, first) => {
        const what = describe(s, first);
        return count === 1 ? what : l10n.t('{count} brackets are out of place; the first: {what}', { count, what });
      },
    });
  },
});

const ROUND = /[()（）]/;

/** The translation's square brackets that pair with nothing, or that cross a bold, where the English's do neither. */
function squareBrackets(s: SegmentCheck): Misplaced[] {
  const tr = s.tr.derived(readBrackets);
  if (tr.unmatched.length === 0 && tr.pairs.length === 0) return [];
  let crossed = s.tr.has('*') ? crossings(s.tr, tr.pairs) : [];
  if (tr.unmatched.length === 0 && crossed.length === 0) return [];
  // Only now the English, for the few translations with something out of place.
  const en = s.en.derived(readBrackets);
  // The English's own brackets out of place (a list "1]", a range "[0, 1)"): the translation's need not pair up either.
  if (en.unmatched.length > 0) return [];
  if (crossed.length > 0 && s.en.has('*') && crossings(s.en, en.pairs).length > 0) crossed = [];
  return [...tr.unmatched.map((at): Misplaced => ({ start: s.tr.base + at, end: s.tr.base + at + 1, kind: 'unmatched', at })), ...crossed];
}

/** The translation's round brackets that pair with nothing (`等等）`, `) … (` turned round), where the English's all pair up. */
function roundBrackets(s: SegmentCheck): Misplaced[] {
  const tr = unmatchedRound(s.tr);
  if (tr.length === 0 || unmatchedRound(s.en).length > 0) return [];
  return tr.map((at) => ({ start: s.tr.base + at, end: s.tr.base + at + 1, kind: 'unmatched', at }));
}

/**
 * Offsets of the round brackets of a side's prose (code, tags, URLs and link destinations
 * left out) that pair with none, ASCII and full-width alike: "(例如 …) …等等）" has one.
 */
function unmatchedRound(side: InlineText): readonly number[] {
  return side.derived(readRound).unmatched;
}

/**
 * The round brackets of a side's prose, ASCII and full-width alike: those that pair with none,
 * and the pairs, innermost first.
 */
function readRound(side: InlineText): Brackets {
  const prose = side.prose;
  const open: number[] = [];
  const unmatched: number[] = [];
  const pairs: Stretch[] = [];
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    if (c === 40 /* ( */ || c === 0xff08 /* （ */) open.push(i);
    else if (c === 41 /* ) */ || c === 0xff09 /* ） */) {
      const start = open.pop();
      if (start === undefined) unmatched.push(i);
      else pairs.push({ start, end: i + 1 });
    }
  }
  return { unmatched: open.length > 0 ? [...unmatched, ...open].sort((a, b) => a - b) : unmatched, pairs };
}

/** A square bracket that opens on a menu path's separator: `[  >  **垃圾郵件**]`, `[\\> 卸載程式]`, `[> Recuperare](url)`. */
const OPENS_ON_SEPARATOR = /(?<!\\)\[[ \t]*(?:\\>|&gt;|>)/g;

/**
 * The translation's square brackets that open on the `>` between two steps of a menu path,
 * so that the separator is bracketed (or linked) with the next step's label, where the
 * English's never are.
 */
function separatorOpens(s: SegmentCheck): Misplaced[] {
  const prose = s.tr.prose;
  OPENS_ON_SEPARATOR.lastIndex = 0;
  if (!OPENS_ON_SEPARATOR.test(prose)) return [];
  OPENS_ON_SEPARATOR.lastIndex = 0;
  if (OPENS_ON_SEPARATOR.test(s.en.prose)) return [];
  const out: Misplaced[] = [];
  OPENS_ON_SEPARATOR.lastIndex = 0;
  for (let m = OPENS_ON_SEPARATOR.exec(prose); m; m = OPENS_ON_SEPARATOR.exec(prose)) {
    out.push({ start: s.tr.base + m.index, end: s.tr.base + m.index + m[0].length, kind: 'separator', at: m.index });
  }
  return out;
}

const QUOTE_OPEN = new Set(['「', '『']);
const QUOTE_CLOSE = new Set(['」', '』']);

/**
 * Chinese and Japanese quotation marks that cross the edge of a link's text or a bold
 * (`「 [存取要求」功能](url)`, `「 **組織管理」角色群組**`): one mark of the pair is inside the
 * label, the other outside it or nowhere, so the quote cuts the label the link or bold marks.
 * A pair wholly inside or wholly outside is fine (`「[設定](url)」`), and so is a label that only
 * takes in a mark at its edge.
 */
function quotesAcross(s: SegmentCheck): Misplaced[] {
  const side = s.tr;
  const text = side.text;
  const labels: Stretch[] = [];
  for (const l of side.links) if (l.kind === 'markdown') labels.push({ start: l.textStart - side.base, end: l.textEnd - side.base });
  for (const e of side.emphasis.spans) if (e.strong) labels.push({ start: e.contentStart - side.base, end: e.contentEnd - side.base });
  const out: Misplaced[] = [];
  for (const label of labels) {
    const open: number[] = [];
    let stray: number | undefined;
    for (let i = label.start; i < label.end && stray === undefined; i++) {
      if (QUOTE_OPEN.has(text[i])) open.push(i);
      else if (QUOTE_CLOSE.has(text[i]) && open.pop() === undefined) stray = i;
    }
    stray ??= open[0];
    if (stray === undefined) continue;
    // The label only stretched over a quotation mark at its edge (`**「合規性管理員**」`): the quote still holds the whole label.
    const inside = text.slice(label.start, label.end);
    const first = label.start + inside.search(/\S/);
    const last = label.start + inside.trimEnd().length - 1;
    if (stray === first || stray === last) continue;
    out.push({ start: side.base + stray, end: side.base + stray + 1, kind: 'quote', at: stray, bold: label });
  }
  return out;
}

/** Quotation marks other than the straight one: where a side writes any, its straight ones need not pair up among themselves. */
const OTHER_QUOTES = /[“”„‟«»‹›「」『』]/;

/**
 * A straight quotation mark (`"`) of the translation that pairs with none: an odd number of them
 * in its prose (code, tags and link destinations left out), where the English's pair up and
 * neither side writes other quotation marks (a quote that runs on into the next segment writes
 * them, as “…” or „…“ do). Machine translation leaves a quote open (`" Non è possibile … **"EmailAddresses",**`)
 * or closes it with a bracket (`"執行]`). The last one is pointed at: a quote left open is the
 * usual case.
 */
function straightQuoteLeftOpen(s: SegmentCheck): Misplaced[] {
  const tr = straightQuoteOffsets(s.tr.prose);
  if (tr.length % 2 === 0 || OTHER_QUOTES.test(s.tr.prose)) return [];
  const en = s.en.prose;
  if (straightQuoteOffsets(en).length % 2 === 1 || OTHER_QUOTES.test(en)) return [];
  const at = tr[tr.length - 1];
  return [{ start: s.tr.base + at, end: s.tr.base + at + 1, kind: 'openQuote', at }];
}

/** One pair starts inside the other and ends outside it. */
const cross = (a: Stretch, b: Stretch) => (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);

/**
 * The first square pair that crosses a round one, if any. A link's text that only takes in a
 * round bracket at its edge (`(katso [ohjeet).](url)`, `([Android,](url) …`) is left alone: the
 * link still covers its words, and only the bracket's mark is underlined with them.
 */
function firstCrossing(side: InlineText): { square: Stretch; round: Stretch } | undefined {
  const rounds = side.derived(readRound).pairs;
  if (rounds.length === 0) return undefined;
  const prose = side.prose;
  for (const square of side.derived(readBrackets).pairs) {
    const link = linkText(side, square);
    const round = rounds.find((r) => {
      if (!cross(square, r)) return false;
      const mark = square.start < r.start ? r.start : r.end - 1;
      return !link || (hasText(prose, square.start + 1, mark) && hasText(prose, mark + 1, square.end - 1));
    });
    if (round) return { square, round };
  }
  return undefined;
}

/**
 * Square and round brackets that cross, each pair cutting the other (`選取 [ (讀取]、[編輯] 或
 * [完全控制])`, `[ **修改** (] 或 [變更) ]`): machine translation brackets a label and keeps the
 * English's parenthesis where it stood, so neither marks what it marked. Where the English's
 * own cross, nothing is said.
 */
function squareAndRoundCross(s: SegmentCheck): Misplaced[] {
  const found = firstCrossing(s.tr);
  if (!found || firstCrossing(s.en)) return [];
  const { square, round } = found;
  const at = Math.max(square.start, round.start);
  return [{ start: s.tr.base + Math.min(square.start, round.start), end: s.tr.base + Math.max(square.end, round.end), kind: 'roundCross', at, brackets: square, bold: round }];
}

/** The marks that pair among themselves, each kind apart: ASCII and full-width round brackets, Chinese quotes. */
const KINDS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['（', '）'],
  ['「', '」'],
];

/**
 * The pairs of each kind of {@link KINDS} in a side's prose, or undefined where some mark of a
 * kind pairs with none of its kind: machine translation closes an ASCII bracket with a full-width
 * one (`(例如 …）`), which the round brackets read alike already judge.
 */
function pairsOfEachKind(prose: string): Stretch[] | undefined {
  const pairs: Stretch[] = [];
  for (const [opener, closer] of KINDS) {
    const open: number[] = [];
    for (let i = 0; i < prose.length; i++) {
      if (prose[i] === opener) open.push(i);
      else if (prose[i] === closer) {
        const start = open.pop();
        if (start === undefined) return undefined;
        pairs.push({ start, end: i + 1 });
      }
    }
    if (open.length > 0) return undefined;
  }
  return pairs;
}

/** Two pairs of {@link pairsOfEachKind} that cross, if any. */
function firstKindsCrossing(prose: string): { a: Stretch; b: Stretch } | undefined {
  const pairs = pairsOfEachKind(prose);
  if (!pairs) return undefined;
  for (const a of pairs) {
    const b = pairs.find((p) => cross(a, p));
    if (b) return a.start < b.start ? { a, b } : { a: b, b: a };
  }
  return undefined;
}

/**
 * Two Chinese pairs of different kinds that cross, each pairing within its kind: an ASCII and a
 * full-width round bracket (`(（例如 $88.1) ）`, `您 (使用哪一個應用程式（例如 Outlook) 網頁版）`), or a
 * quote and a round bracket (`「外部存取 (同盟」)`): machine translation writes the English's bracket
 * twice, or moves one mark, so that neither pair holds what it held.
 */
function kindsCross(s: SegmentCheck): Misplaced[] {
  const found = firstKindsCrossing(s.tr.prose);
  if (!found || firstKindsCrossing(s.en.prose)) return [];
  const { a, b } = found;
  return [{ start: s.tr.base + a.start, end: s.tr.base + b.end, kind: 'kindsCross', at: b.start, brackets: a, bold: b }];
}

/** A round bracket that opens on the particle 的, ASCII or full-width: `Exchange Server (的安全性更新)`. */
const OPENS_ON_PARTICLE = /[(（]\s*的/g;
/** The English's own bracket opening on "of", which 的 may render. */
const ENGLISH_OPENS_ON_OF = /\(\s*of\b/i;

/**
 * A Chinese round bracket that opens on 的, the particle that ties what stands before it to what
 * follows: it belongs to the words before the bracket, and machine translation pulled it in
 * (`Azure Active Directory (的安全性和身分識別)` for "(security and identity)").
 */
function particleOpens(s: SegmentCheck): Misplaced[] {
  const prose = s.tr.prose;
  if (prose.indexOf('的') === -1 || ENGLISH_OPENS_ON_OF.test(s.en.prose)) return [];
  const out: Misplaced[] = [];
  OPENS_ON_PARTICLE.lastIndex = 0;
  for (let m = OPENS_ON_PARTICLE.exec(prose); m; m = OPENS_ON_PARTICLE.exec(prose)) {
    out.push({ start: s.tr.base + m.index, end: s.tr.base + m.index + m[0].length, kind: 'particle', at: m.index });
  }
  return out;
}

/** What may stand between two labels of one bracket: a conjunction or a list's comma (`[ **允許清單** 和 **封鎖清單**]`). */
const LABELS_JOINED = /^[\s,，、]*(?:和|或|及|與|与|以及|或是|and|or)?[\s,，、]*$/i;
/** A bracket that holds a bold and a bare number after it: `[ **Exchange** 2]`. */
const BOLD_THEN_NUMBER = /^\s*\*\*[^*]+\*\*\s*(\d+)\.?\s*$/;

/**
 * The translation's label brackets (not a link's) that run on past their label: they hold two
 * labels, bold or linked, with words between them that are not a conjunction, so they bracket
 * a clause (`[ **編輯** 以進行 **電子郵件轉發**]`); or they take in the number of the next step
 * that the English runs on after the label (`[ **Exchange** 2]` for "**Exchange** 2.Select").
 * A menu path inside one bracket (`[**設定** > **帳戶**]`) is the locale's manner and is left alone.
 */
function labelBracketsOverrun(s: SegmentCheck): Misplaced[] {
  const tr = s.tr.derived(readBrackets);
  if (tr.pairs.length === 0) return [];
  const out: Misplaced[] = [];
  for (const p of tr.pairs) {
    if (linkText(s.tr, p)) continue;
    const overrun = clauseInBrackets(s.tr, p) ?? stepNumberInBrackets(s, p);
    if (overrun) out.push({ start: s.tr.base + p.start, end: s.tr.base + p.end, kind: overrun, at: p.start, brackets: p });
  }
  if (out.length === 0 || s.en.derived(readBrackets).pairs.some((p) => !linkText(s.en, p))) return [];
  return out;
}

/** The brackets are a link's: the `]` is the one before its destination. */
const linkText = (side: InlineText, p: Stretch) => side.links.some((l) => (l.kind === 'markdown' || l.kind === 'image') && l.textEnd - side.base === p.end - 1);

/** The labels (bolds and links' texts) wholly inside the brackets, in text order. */
function labelsWithin(side: InlineText, p: Stretch): Stretch[] {
  const labels: Stretch[] = [];
  for (const e of side.emphasis.spans) if (e.strong && e.start - side.base > p.start && e.end - side.base < p.end) labels.push({ start: e.start - side.base, end: e.end - side.base });
  for (const l of side.links) {
    if (l.kind !== 'markdown') continue;
    const start = l.start - side.base;
    const end = l.end - side.base;
    if (start > p.start && end < p.end) labels.push({ start, end });
  }
  return labels.sort((a, b) => a.start - b.start);
}

function clauseInBrackets(side: InlineText, p: Stretch): 'clause' | undefined {
  const prose = side.prose;
  if (prose.slice(p.start, p.end).indexOf('>') !== -1) return undefined;
  const labels = labelsWithin(side, p);
  for (let i = 0; i + 1 < labels.length; i++) {
    const between = prose.slice(labels[i].end, labels[i + 1].start);
    if (labels[i].end <= labels[i + 1].start && TEXT.test(between) && !LABELS_JOINED.test(between)) return 'clause';
  }
  return undefined;
}

function stepNumberInBrackets(s: SegmentCheck, p: Stretch): 'stepNumber' | undefined {
  const m = BOLD_THEN_NUMBER.exec(s.tr.text.slice(p.start + 1, p.end - 1));
  if (!m) return undefined;
  // The English runs the next step's number on after the label: "**Exchange** 2.Select".
  return new RegExp(`\\*\\*\\s*${m[1]}\\.\\s*\\p{Lu}`, 'u').test(s.en.text) ? 'stepNumber' : undefined;
}

interface Misplaced extends Occurrence {
  readonly kind: 'unmatched' | 'crossing' | 'separator' | 'quote' | 'openQuote' | 'roundCross' | 'kindsCross' | 'particle' | 'clause' | 'stepNumber';
  /** Where the bracket stands, in the side's text. */
  readonly at: number;
  /** For a crossing: the bracketed stretch and the bold, in the side's text. */
  readonly brackets?: Stretch;
  readonly bold?: Stretch;
}

interface Stretch {
  readonly start: number;
  readonly end: number;
}

function describe(s: SegmentCheck, m: Misplaced): string {
  const { l10n } = s;
  const text = s.tr.text;
  if (m.kind === 'quote') {
    return l10n.t('This "{mark}" stands inside the label "{label}" and its partner outside it, or nowhere: the quote and the link or bold cross, each cutting the other.', {
      mark: text[m.at],
      label: quote(text.slice(m.bold!.start, m.bold!.end), 40),
    });
  }
  if (m.kind === 'openQuote') {
    return l10n.t('A straight quotation mark (") opens or closes nothing ("{around}"): the translation has an odd number of them, where the English\'s pair up.', {
      around: quote(text.slice(Math.max(0, m.at - 20), m.at + 5).trim(), 40),
    });
  }
  if (m.kind === 'roundCross') {
    return l10n.t('The square brackets "{square}" and the round brackets "{round}" cross: one pair starts inside the other and ends outside it. The English\'s do not cross.', {
      square: quote(text.slice(m.brackets!.start, m.brackets!.end), 40),
      round: quote(text.slice(m.bold!.start, m.bold!.end), 40),
    });
  }
  if (m.kind === 'kindsCross') {
    return l10n.t('The pairs "{first}" and "{second}" cross: one starts inside the other and ends outside it. The English\'s do not cross.', {
      first: quote(text.slice(m.brackets!.start, m.brackets!.end), 40),
      second: quote(text.slice(m.bold!.start, m.bold!.end), 40),
    });
  }
  if (m.kind === 'particle') {
    return l10n.t('This bracket opens on the particle "的" ("{around}"), which belongs to the words before the bracket.', {
      around: quote(text.slice(Math.max(0, m.at - 10), m.at + 12).trim(), 40),
    });
  }
  if (m.kind === 'clause' || m.kind === 'stepNumber') {
    return l10n.t('The brackets "{brackets}" run on past the label they mark, taking in words of the sentence around it; the English brackets nothing like it.', {
      brackets: quote(text.slice(m.brackets!.start, m.brackets!.end), 50),
    });
  }
  if (m.kind === 'separator') {
    return l10n.t('This "[" opens on the ">" between two steps of the path ("{around}"), so the separator is bracketed with the next step\'s label; the English brackets no separator.', {
      around: quote(text.slice(m.at, m.at + 20).trim(), 40),
    });
  }
  if (m.kind === 'unmatched') {
    return l10n.t('This "{bracket}" pairs with no other bracket ("{around}"); in the English every bracket of its kind pairs up.', {
      bracket: text[m.at],
      around: quote(text.slice(Math.max(0, m.at - 12), m.at + 13).trim(), 40),
    });
  }
  return l10n.t('The brackets "{brackets}" and the bold "{bold}" cross: one starts inside the other and ends outside it, so it cuts the label the other marks. The English\'s do not cross.', {
    brackets: quote(text.slice(m.brackets!.start, m.brackets!.end), 40),
    bold: quote(text.slice(m.bold!.start, m.bold!.end), 40),
  });
}

interface Brackets {
  /** Offsets in the side's text of the brackets that pair with none. */
  readonly unmatched: readonly number[];
  /** Pairs of brackets, as offsets of the `[` and of its `]`. */
  readonly pairs: readonly Stretch[];
}

const NO_BRACKETS: Brackets = { unmatched: [], pairs: [] };

/**
 * The square brackets of a side's prose (code, tags and link destinations left out), paired
 * as Markdown pairs them: a Markdown link or image's `[` with the `]` before its `(`, the
 * others innermost first. An escaped bracket (`\[`) is text and is not read.
 */
function readBrackets(side: InlineText): Brackets {
  if (!side.has('[') && !side.has(']')) return NO_BRACKETS;
  const prose = side.prose;
  // The `]` of a link is blanked with its destination in the prose: put it back, so the link's brackets pair.
  // In text order, read beside the characters (not looked up at each one).
  const closers: number[] = [];
  for (const link of side.links) if (link.kind === 'markdown' || link.kind === 'image') closers.push(link.textEnd - side.base);
  closers.sort((a, b) => a - b);
  let nextCloser = 0;
  const open: number[] = [];
  const unmatched: number[] = [];
  const pairs: Stretch[] = [];
  for (let i = 0; i < prose.length; i++) {
    const c = prose.charCodeAt(i);
    while (nextCloser < closers.length && closers[nextCloser] < i) nextCloser++;
    if (c === 91 /* [ */ && !isEscaped(prose, i)) open.push(i);
    else if ((c === 93 /* ] */ && !isEscaped(prose, i)) || closers[nextCloser] === i) {
      const start = open.pop();
      if (start === undefined) unmatched.push(i);
      else pairs.push({ start, end: i + 1 });
    }
  }
  unmatched.push(...open);
  return { unmatched: unmatched.sort((a, b) => a - b), pairs };
}

const TEXT = /[\p{L}\p{N}]/u;
const hasText = (prose: string, from: number, to: number) => from < to && TEXT.test(prose.slice(from, to));
/** Words of the label go on past the cut: a word follows it, not a separator (`] > 設定`, `]，[`) that ends one label and starts the next. */
const GOES_ON = /^\s*[\p{L}\p{N}]/u;
const wordsGoOn = (prose: string, from: number, to: number) => from < to && GOES_ON.test(prose.slice(from, to));

/**
 * Bracketed stretches and bolds that cross, one cutting a label the other marks: a `]` inside
 * a bold with words of the bold on both sides of it (`[ **包含] 清單**`), or a bold that
 * closes inside brackets with words of them on both sides (`**[執行疑難排解** 程式]`). Not a
 * cut: a bold that only stretches over a bracket at its edge (`[立即清除 **]**`,
 * `[ **任何人]。**`) or over words before the brackets (`**在 [檔案名**]`), nor brackets that
 * end at a separator of the bold's path or list (`[ **設定] > 帳戶**`, `[ **A]，[B**]`):
 * they mark one step of it, as the locale's brackets mark a label.
 */
function crossings(side: InlineText, pairs: readonly Stretch[]): Misplaced[] {
  if (pairs.length === 0) return [];
  const bolds = side.emphasis.spans;
  if (bolds.length === 0) return [];
  const prose = side.prose;
  const found: Misplaced[] = [];
  for (const p of pairs) {
    const a = p.start;
    const b = p.end - 1;
    for (const span of bolds) {
      if (!span.strong) continue;
      const start = span.start - side.base;
      const end = span.end - side.base;
      const cs = span.contentStart - side.base;
      const ce = span.contentEnd - side.base;
      let crosses = false;
      if (a < start && cs <= b && b < ce) crosses = hasText(prose, cs, b) && wordsGoOn(prose, b + 1, ce);
      else if (cs <= a && a < ce && b >= end) crosses = hasText(prose, a + 1, ce) && wordsGoOn(prose, end, b);
      if (crosses) {
        found.push({ start: side.base + Math.min(a, start), end: side.base + Math.max(b + 1, end), kind: 'crossing', at: a, brackets: { start: a, end: b + 1 }, bold: { start, end } });
        break;
      }
    }
  }
  return found;
}
