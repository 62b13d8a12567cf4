import { segmentRule } from '../segmentRule';
import { quote } from './compare';

export const linkTextEmpty = segmentRule({
  code: 'link-text-empty',
  description: 'A link with no text, [](url), where the English link has text.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    s.tr.links.forEach((link, i) => {
      if (link.kind !== 'markdown' && link.kind !== 'html') return;
      if (link.text.trim() !== '') return;
      const url = s.trUrls[i];
      const english = s.en.links.find((l, k) => s.enUrls[k] === url && l.text.trim() !== '');
      if (!english) return;
      s.report({
        message: l10n.t('The link to {url} has no text; in the English its text is "{text}".', { url: link.url, text: quote(english.text) }),
        start: link.start,
        end: link.end,
        fix: { title: l10n.t('Use the English link text'), edits: [{ start: link.textStart, end: link.textEnd, newText: english.text.trim() }] },
      });
    });
  },
});
