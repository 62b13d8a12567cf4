import type { InlineLink } from '../../inline/tokens';
import { segmentRule } from '../segmentRule';
import { quote } from './compare';
import { nameCutBy, onlyFunctionWords, startsWithEnglishFunctionWord, wordsOf } from './spanBounds';

/** Punctuation a link's text does not start with: what belongs before the link. */
const LEADING_PUNCTUATION = /^\s*[:;,>)\]]/;

export const linkTextCut = segmentRule({
  code: 'link-text-cut',
  description:
    'A link on the wrong words: its text starts with punctuation that belongs before it (`[: …]`, `[> …]`), covers only connecting words of the language (`[zur](url)`), or cuts a name in two (`[Azure Active](url) Directory`).',
  defaultSeverity: 'warning',
  fixable: false,
  learnsFromWorkspace: true,
  checkSegment(s) {
    if (!s.tr.has(']') || !s.en.has(']')) return;
    const used = new Set<InlineLink>();
    const { l10n } = s;
    s.tr.links.forEach((link, i) => {
      if (link.kind !== 'markdown' && link.kind !== 'html') return;
      const english = s.en.links.find((l, k) => !used.has(l) && (l.kind === 'markdown' || l.kind === 'html') && s.enUrls[k] === s.trUrls[i]);
      if (!english) return;
      used.add(english);
      const text = link.text;
      if (!text.trim()) return; // link-text-empty's case
      const shown = `"[${quote(text, 40)}]"`;
      let message: string | undefined;
      // A path's separator inside the link, after a step that is there ("[帳單]**[ > [購買服務]](url)**"), cuts nothing.
      const stepBefore = text.trim().startsWith('>') && /[\]*]\s*$/.test(s.tr.text.slice(0, link.start - s.tr.base));
      if (LEADING_PUNCTUATION.test(text) && !LEADING_PUNCTUATION.test(english.text) && !stepBefore) {
        message = l10n.t('The link text {link} starts with "{char}", which belongs before the link.', { link: shown, char: text.trim()[0] });
      } else if (wordsOf(english.text).length >= 2 && !startsWithEnglishFunctionWord(english.text) && onlyFunctionWords(s, text)) {
        message = l10n.t('The link text {link} is only connecting words; the English links "{english}".', { link: shown, english: quote(english.text, 60) });
      } else {
        const name = nameCutBy(s, { start: link.textStart - s.tr.base, end: link.textEnd - s.tr.base });
        if (name) message = l10n.t('The link text {link} cuts the name "{name}" in two.', { link: shown, name });
      }
      if (message) s.report({ message, start: link.textStart, end: link.textEnd });
    });
  },
});
