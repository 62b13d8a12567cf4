import { segmentRule } from '../segmentRule';
import { normalizeUrl, quote } from './compare';

export const linkTextEmpty = segmentRule({
  code: 'link-text-empty',
  description: 'A link with no text, [](url), where the English link has text.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    for (const link of s.tr.links) {
      if (link.kind !== 'markdown' && link.kind !== 'html') continue;
      if (link.text.trim() !== '') continue;
      const url = normalizeUrl(link.url, s.locale);
      const english = s.en.links.find((l) => normalizeUrl(l.url, s.locale) === url && l.text.trim() !== '');
      if (!english) continue;
      s.report({
        message: l10n.t('The link to {url} has no text; in the English its text is "{text}".', { url: link.url, text: quote(english.text) }),
        start: link.start,
        end: link.end,
        fix: { title: l10n.t('Use the English link text'), edits: [{ start: link.textStart, end: link.textEnd, newText: english.text.trim() }] },
      });
    }
  },
});
