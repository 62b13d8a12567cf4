import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { quote } from './compare';
import { outsideSpans, wholeWordAt, withoutLinkDestinations } from './spanBounds';

/** A word a translation writes as the English does: a name or a number ("Visio", "365", "PowerShell"), read inside a compound ("Visio-Lizenzen"). */
const VERBATIM = /(?<![\p{L}\p{M}\p{N}])(?:\p{Lu}[\p{L}\p{M}\p{N}]{2,}|\p{N}{2,}[\p{L}\p{N}]*)(?![\p{L}\p{M}\p{N}])/gu;

/**
 * Bold stretched over a word of the sentence that the English leaves outside its bold: the
 * English makes a label bold ("To **assign** Visio licenses"), and the translation's bold in its
 * place holds, with the label, a name or number the English writes outside any emphasis
 * ("**Visio-Lizenzen zuweisen**"). Such a word comes through as written, so where it stands
 * tells what the bold covers. Only where both sides have as many bolds (none added or lost), the
 * word once in the translation and never inside an English emphasis, nor in the English bold in
 * the same place in any case ("**Outlook settings**" may hold "Outlook" and the label is whole),
 * nor a word right next to a capitalized English label, with which it may make one name ("Windows
 * **Settings**"), nor a menu path, whose steps menu-path reads.
 */
export function boldTookEnglishWord(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[]): Report | undefined {
  if (en.length !== tr.length) return undefined;
  // What each word is compared with, read when a bold first holds a name or number (most hold none).
  let emphasized: string[] | undefined;
  let englishPlain: string | undefined;
  let translationPlain: string | undefined;
  for (let i = 0; i < tr.length; i++) {
    const text = s.tr.slice({ start: tr[i].contentStart, end: tr[i].contentEnd });
    const label = s.en.slice({ start: en[i].contentStart, end: en[i].contentEnd });
    // A menu path's steps are read by menu-path.
    if (text.includes('>') || label.includes('>')) continue;
    let neighbours: string[] | undefined;
    const plain = withoutLinkDestinations(text);
    // An `exec` loop: `matchAll` makes a copy of the expression for each bold.
    VERBATIM.lastIndex = 0;
    for (let m = VERBATIM.exec(plain); m; m = VERBATIM.exec(plain)) {
      const word = m[0];
      // The English outside its emphasis is pieces of its text joined by a line break or a bracket: a word its text does not
      // hold is not there either, and what it emphasizes need not be read.
      if (!s.en.text.includes(word)) continue;
      emphasized ??= s.en.emphasis.spans.map((x) => s.en.slice({ start: x.contentStart, end: x.contentEnd }).toLowerCase());
      if (emphasized.some((t) => t.includes(word.toLowerCase()))) continue;
      englishPlain ??= outsideSpans(s.en.text, s.en.base, s.en.emphasis.spans);
      if (wholeWordAt(englishPlain, word) === -1) continue;
      neighbours ??= /^\p{Lu}/u.test(label.trim()) ? neighbourWords(s, en[i]) : [];
      if (neighbours.includes(word)) continue;
      translationPlain ??= outsideSpans(s.tr.text, s.tr.base, tr);
      if (wholeWordAt(translationPlain, word) !== -1 || tr.some((x, k) => k !== i && wholeWordAt(s.tr.slice({ start: x.contentStart, end: x.contentEnd }), word) !== -1)) continue;
      const { l10n } = s;
      return {
        message: l10n.t('The bold {bold} holds "{word}", which the English leaves outside its bold "{label}": the bold runs on over words of the sentence.', { bold: `"**${quote(text.trim(), 40)}**"`, word, label: quote(label.trim(), 40) }),
        start: tr[i].start,
        end: tr[i].end,
      };
    }
  }
  return undefined;
}

/**
 * The words right before and after an English bold, only spaces or brackets between: with a
 * capitalized label they may read as one name ("Windows **Settings**", "**Data Processing
 * Agreement** (DPA)"), which a translation may rightly make bold whole.
 */
function neighbourWords(s: SegmentCheck, bold: EmphasisSpan): string[] {
  const before = /([\p{L}\p{N}]+)[\s(]*$/u.exec(s.en.text.slice(0, bold.start - s.en.base))?.[1];
  const after = /^[\s(]*([\p{L}\p{N}]+)/u.exec(s.en.text.slice(bold.end - s.en.base))?.[1];
  return [before, after].filter((w): w is string => !!w);
}
