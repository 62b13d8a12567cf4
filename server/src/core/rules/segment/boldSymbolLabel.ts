import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { quote } from './compare';
import { hasNoText } from './spanBounds';

/**
 * The English makes bold a label written in symbols only, as a button shows it ("More
 * ( **...** )", "**+**", "**>>**"), and a bold of the translation holds other symbols only
 * ("( **..** .)"): the label was cut or changed, part of it left outside the bold. Symbols are
 * compared in their compatibility form, so a full-width "＋" or an ellipsis "…" is the English's
 * own. Not a bold of the translation that holds words, which other checks read.
 */
export function boldSymbolLabel(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[]): Report | undefined {
  const symbols = new Set(en.map((x) => symbolsOf(s.en.slice({ start: x.contentStart, end: x.contentEnd }))).filter((t) => t && hasNoText(t)));
  if (symbols.size === 0) return undefined;
  for (const bold of tr) {
    const text = s.tr.slice({ start: bold.contentStart, end: bold.contentEnd });
    const written = symbolsOf(text);
    if (!written || !hasNoText(written) || symbols.has(written)) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold {bold} holds other symbols than the label {label} the English makes bold: part of the label may be outside the bold.', { bold: `"**${quote(text.trim(), 20)}**"`, label: `"**${[...symbols].join('**", "**')}**"` }),
      start: bold.start,
      end: bold.end,
    };
  }
  return undefined;
}

/** The symbols of a bold as compared: their compatibility form ("…" reads "...", "＋" reads "+"), without spaces. */
function symbolsOf(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
