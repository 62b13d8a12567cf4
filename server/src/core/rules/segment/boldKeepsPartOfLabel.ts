import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { quote } from './compare';
import { isEnglishFunctionWord, withoutLinkDestinations } from './spanBounds';

/** A word as names are written: letters and digits ("Teams", "365", "OneDrive"). */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
/** The word right before the bold, only spaces between. */
const TOKEN_BEFORE = /([\p{L}\p{N}][\p{L}\p{M}\p{N}]*)\s+$/u;
/** The word right after the bold, only spaces between (an ending joined by a hyphen stays outside it: "Premium -tilaukseen"). */
const TOKEN_AFTER = /^\s+([\p{L}\p{N}][\p{L}\p{M}\p{N}]*)/u;
const NUMBER = /^\p{N}+$/u;
/** A character no {@link TOKEN} holds: what stands between two of them. */
const NOT_IN_TOKEN = /[^\p{L}\p{M}\p{N}]/u;

const tokensOf = (text: string) => text.match(TOKEN) ?? [];

/** How far from the bold the word beside it is looked for: a word is shorter. */
const NEAR = 60;

/**
 * The English makes a label of several words bold ("click **Stack Trace...**"); the
 * translation keeps words of it as written and its bold holds only some of them, while
 * another word the label has right beside them stands just outside the bold ("Stack
 * **Trace...**", "Business **Premium** -tilaukseen", "Set **-Mailbox**"): the bold cut the
 * label. The word outside must neighbour the bold's edge word in the English label, in the
 * same order, so a name the translation rightly makes bold alone beside another word of the
 * sentence ("**Windows Server** Windows Server 2008") is left alone. Words match as written
 * first, then in any case ("sound **control panel**" for **Sound Control Panel**), so that the
 * message names the label that was cut when two labels share words. Not a bold of numbers
 * only ("**4** hours"), nor one that holds what one of the English's bolds holds as written.
 */
export function boldKeepsPartOfLabel(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[]): Report | undefined {
  const labels = en.map((x) => s.en.slice({ start: x.contentStart, end: x.contentEnd }).trim());
  // A label of letters, marks and digits only is one word at most ({@link TOKEN}): where every label is, none need be split.
  if (!labels.some((label) => NOT_IN_TOKEN.test(label))) return undefined;
  const labelWords = labels.map(tokensOf);
  if (!labelWords.some((w) => w.length >= 2)) return undefined;
  // The labels' words in small letters, for the first look at each bold of the translation below.
  const lowerWords = labelWords.map((words) => words.map((w) => w.toLowerCase()));
  for (const bold of tr) {
    const text = s.tr.slice({ start: bold.contentStart, end: bold.contentEnd }).trim();
    if (labels.includes(text)) continue;
    const inside = tokensOf(text);
    const first = inside[0];
    const last = inside[inside.length - 1];
    if (first === undefined || last === undefined || inside.every((w) => NUMBER.test(w))) continue;
    const from = bold.start - s.tr.base;
    const to = bold.end - s.tr.base;
    // The words beside the bold, read only where a label could hold them next to its edge word: the bold's first word after
    // another of a label, or its last word before another (in any case, as the second look below compares).
    const firstLower = first.toLowerCase();
    const lastLower = last.toLowerCase();
    const mayLeaveBefore = lowerWords.some((words) => words.some((w, i) => i > 0 && w === firstLower));
    const mayLeaveAfter = lowerWords.some((words) => words.some((w, i) => i + 1 < words.length && w === lastLower));
    if (!mayLeaveBefore && !mayLeaveAfter) continue;
    const before = mayLeaveBefore ? TOKEN_BEFORE.exec(s.tr.text.slice(Math.max(0, from - NEAR), from))?.[1] : undefined;
    const after = mayLeaveAfter ? TOKEN_AFTER.exec(s.tr.text.slice(to, to + NEAR))?.[1] : undefined;
    for (const exact of [true, false]) {
      for (const [k, words] of labelWords.entries()) {
        const left = before !== undefined && neighbours(words, before, first, exact);
        const outside = left ? before : after !== undefined && neighbours(words, last, after, exact) ? after : undefined;
        if (outside === undefined) continue;
        const { l10n } = s;
        return {
          message: l10n.t('The bold "**{bold}**" holds only part of the label "{label}", which the English makes bold: "{word}", kept from the label, stands right outside it.', { bold: quote(text, 40), label: quote(labels[k], 40), word: outside }),
          start: bold.start,
          end: bold.end,
        };
      }
    }
  }
  return undefined;
}

/**
 * `first` and `second` stand side by side in this order among the English label's words, so
 * both are words the translation kept from it, neither an English function word.
 */
function neighbours(words: readonly string[], first: string, second: string, exact: boolean): boolean {
  if (words.length < 2 || isEnglishFunctionWord(first) || isEnglishFunctionWord(second)) return false;
  const same = exact ? (a: string, b: string) => a === b : (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  for (let i = 0; i + 1 < words.length; i++) {
    if (same(words[i], first) && same(words[i + 1], second)) return true;
  }
  return false;
}

/** A link's text as the reader sees it: the destination and the brackets dropped ("[Office 365](url)" reads "Office 365"). */
const readLinks = (text: string) => withoutLinkDestinations(text).replace(/[[\]]/g, '').trim();
/** An ending the translation joins to a name (Finnish "365:n", "Teams-sovellus" aside), and a full stop or a comma. */
const ENDING = /(?:[:’'-]\p{Ll}{1,4})?[.,]?$/u;
/** An English label of this many words or more is long enough that its first words alone are a cut label, not a name. */
const LONG_LABEL = 3;

/**
 * The English makes a label of three words or more bold ("**Office 365 Extra File Storage**",
 * "**eDiscovery Manager role group**", "**Go to Microsoft Store**"); the translation's bold in the
 * same place holds only its first or its last words as written, an ending joined to them aside
 * ("**Office 365:n** lisätallennustilan lisäosa", "Accesați **Microsoft Store**"), and the rest of the label is nowhere in
 * the translation as written: it was translated outside the bold, which shrank to the name the
 * label opens with. `en` and `tr` are the bold spans of each side, as many on each.
 */
export function boldKeepsOnlyLabelEdge(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[]): Report | undefined {
  if (en.length !== tr.length) return undefined;
  for (let i = 0; i < en.length; i++) {
    const label = readLinks(s.en.slice({ start: en[i].contentStart, end: en[i].contentEnd }));
    const words = label.split(/\s+/);
    if (words.length < LONG_LABEL) continue;
    const bold = readLinks(s.tr.slice({ start: tr[i].contentStart, end: tr[i].contentEnd })).replace(ENDING, '');
    if (!bold) continue;
    const kept = bold.split(/\s+/).length;
    if (kept >= words.length) continue;
    // The first words kept, or the last ("Accesați **Microsoft Store**" for "**Go to Microsoft Store**").
    const rest = words.slice(0, kept).join(' ') === bold ? words.slice(kept) : words.slice(-kept).join(' ') === bold ? words.slice(0, -kept) : undefined;
    if (!rest || s.tr.text.includes(rest.join(' '))) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold "**{bold}**" holds only the first or the last words of the label "{label}" the English makes bold; the rest of the label is outside the bold.', { bold: quote(bold, 40), label: quote(label, 40) }),
      start: tr[i].start,
      end: tr[i].end,
    };
  }
  return undefined;
}
