import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { quote } from './compare';
import { startsWithEnglishFunctionWord } from './spanBounds';
import { boldsOf } from './bolds';
import { selectVerb } from './selectVerbs';

/** A full-width comma, which ends a clause in Chinese and Japanese. */
const CLAUSE_COMMA = '，';
/** A Han, kana or Hangul character. */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
/** An English label this long or longer is a phrase or a sentence, whose translation may well hold a comma of its own. */
const LONG_LABEL = 5;
/** What in an English label may be rendered with a comma: a comma, "and", "or", "if" (a clause). */
const ENGLISH_JOINER = /[,;]|\b(?:and|or|if|when|then)\b/i;
/** One side of the comma holds this many characters or fewer: a scrap of a clause, not a label's own words. */
const SCRAP = 2;

/**
 * An English bold of {@link LONG_LABEL} words or more: counted from the bolds' words read once
 * for the segment ({@link boldsOf}), not read again from the `enTexts` the tests below are given.
 */
function hasLongLabel(s: SegmentCheck): boolean {
  return boldsOf(s.en).words.some((words) => words.length >= LONG_LABEL);
}

/**
 * In a language written without spaces, a bold that runs across a clause's comma, with no more
 * than a scrap of a clause on one side of it ("**方塊中，**", "**旁，您**", "**帳戶，然後按一下 [**"
 * for "in the **Total licenses** box", "next to **Connections**, you…", "click **Properties**"):
 * the bold slid off the label onto the words around a clause's end. Not where the English's
 * bolds are long phrases, or hold what a translation may render with a comma ("and", "or", "if"),
 * or open with a function word ("**is not recommended**": no label, and the comma may come in).
 */
export function boldAcrossComma(s: SegmentCheck, tr: readonly EmphasisSpan[], enTexts: readonly string[]): Report | undefined {
  if (hasLongLabel(s) || enTexts.some((t) => ENGLISH_JOINER.test(t) || startsWithEnglishFunctionWord(t))) return undefined;
  for (const bold of tr) {
    const text = s.tr.slice({ start: bold.contentStart, end: bold.contentEnd }).trim();
    const at = text.indexOf(CLAUSE_COMMA);
    if (at === -1 || text.length === 1) continue;
    const before = text.slice(0, at).match(CJK_CHAR)?.length ?? 0;
    const after = text.slice(at + 1).match(CJK_CHAR)?.length ?? 0;
    if (Math.min(before, after) > SCRAP) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold {bold} runs across the comma that ends a clause: it holds words around the clause\'s end, not the label the English makes bold.', { bold: `"**${quote(text, 40)}**"` }),
      start: bold.start,
      end: bold.end,
    };
  }
  return undefined;
}

/** A comma inside the bold, then one word and at most one more before the bold ends: "**modificați, selectați**", "**, selezionare**". */
const COMMA_THEN_VERB = /,\s+(\p{L}+)(?:\s+\S+)?\s*$/u;

/**
 * In a language with spaces, a bold that runs on past a comma into the next clause's verb of
 * selecting, clicking or going ("**modificați, selectați** Proprietăți", "In Outlook **,
 * selezionare** > …", "**Plată & facturare, faceți** clic" for "select **Properties**", "select
 * **Help** > …", "**Payment & billing** click"): the bold's closing marker stands where the English's
 * opening one does, and the label is left outside. Not where an English bold holds a comma, nor
 * one of five words or more.
 */
export function boldTookVerbAfterComma(s: SegmentCheck, tr: readonly EmphasisSpan[], enTexts: readonly string[]): Report | undefined {
  if (enTexts.some((t) => t.includes(',')) || hasLongLabel(s)) return undefined;
  for (const bold of tr) {
    const text = s.tr.slice({ start: bold.contentStart, end: bold.contentEnd });
    const verb = COMMA_THEN_VERB.exec(text)?.[1];
    if (!verb || !selectVerb(s.locale, verb)) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold {bold} runs on past a comma into "{verb}", the verb of the next clause: the English makes only the label bold.', { bold: `"**${quote(text.trim(), 40)}**"`, verb }),
      start: bold.start,
      end: bold.end,
    };
  }
  return undefined;
}
