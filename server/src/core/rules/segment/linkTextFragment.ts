import type { InlineText } from '../../inline/inlineText';
import type { InlineLink, Word } from '../../inline/tokens';
import { segmentRule } from '../segmentRule';
import { normalizeUrl, quote } from './compare';

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
    const trLinks = s.tr.links.filter((l) => l.kind === 'markdown' || l.kind === 'html');
    if (trLinks.length === 0) return;
    const enTotal = letters(s.en.words);
    const trTotal = letters(s.tr.words);
    if (enTotal === 0 || trTotal === 0) return;
    const used = new Set<InlineLink>();
    for (const link of trLinks) {
      const url = normalizeUrl(link.url, s.locale);
      const english = s.en.links.find((l) => !used.has(l) && (l.kind === 'markdown' || l.kind === 'html') && normalizeUrl(l.url, s.locale) === url);
      if (!english) continue;
      used.add(english);
      const enWords = wordsIn(s.en, english);
      if (enWords.length < MIN_ENGLISH_WORDS) continue;
      const trWords = wordsIn(s.tr, link);
      if (trWords.length === 0) continue; // link-text-empty's case
      const enShare = letters(enWords) / enTotal;
      const trShare = letters(trWords) / trTotal;
      if (trShare >= enShare * FRAGMENT_RATIO) continue;
      s.report({
        message: l10n.t('The English links the words "{english}"; the translation links only "{text}".', { english: quote(english.text), text: quote(link.text) }),
        start: link.textStart,
        end: link.textEnd,
      });
    }
  },
});

function wordsIn(side: InlineText, link: InlineLink): Word[] {
  return side.words.filter((w) => w.start >= link.textStart && w.end <= link.textEnd);
}

function letters(words: readonly Word[]): number {
  let n = 0;
  for (const w of words) n += w.end - w.start;
  return n;
}
