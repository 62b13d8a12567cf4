import type { InlineText } from '../../inline/inlineText';
import type { InlineLink } from '../../inline/tokens';
import type { WordCount } from '../../inline/words';
import { segmentRule } from '../segmentRule';
import { quote } from './compare';

/** English link texts shorter than this many words are not compared: "here", "this article". */
const MIN_ENGLISH_WORDS = 3;
/** The translation's link text is a fragment when its share of the sentence is under this part of the English share. */
const FRAGMENT_RATIO = 0.5;

export const linkTextFragment = segmentRule({
  code: 'link-text-fragment',
  description: 'A link whose text is cut down to a fragment of what the English links (one word of a whole title).',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    const { l10n } = s;
    if (!s.tr.links.some(isTextLink)) return;
    // The sentences' lengths in letters; read only once a link is worth comparing.
    let totals: { en: number; tr: number } | undefined;
    const used = new Set<InlineLink>();
    s.tr.links.forEach((link, i) => {
      if (!isTextLink(link)) return;
      const english = s.en.links.find((l, k) => !used.has(l) && isTextLink(l) && s.enUrls[k] === s.trUrls[i]);
      if (!english) return;
      used.add(english);
      const enWords = wordsIn(s.en, english);
      if (enWords.words < MIN_ENGLISH_WORDS) return;
      const trWords = wordsIn(s.tr, link);
      if (trWords.words === 0) return; // link-text-empty's case
      totals ??= { en: s.en.wordLength, tr: s.tr.wordLength };
      if (totals.en === 0 || totals.tr === 0) return;
      const enShare = enWords.letters / totals.en;
      const trShare = trWords.letters / totals.tr;
      if (trShare >= enShare * FRAGMENT_RATIO) return;
      s.report({
        message: l10n.t('The English links the words "{english}"; the translation links only "{text}".', { english: quote(english.text), text: quote(link.text) }),
        start: link.textStart,
        end: link.textEnd,
      });
    });
  },
});

function isTextLink(link: InlineLink): boolean {
  return link.kind === 'markdown' || link.kind === 'html';
}

function wordsIn(side: InlineText, link: InlineLink): WordCount {
  return side.wordCountIn({ start: link.textStart, end: link.textEnd });
}
