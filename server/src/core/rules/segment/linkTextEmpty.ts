import { segmentRule } from '../segmentRule';
import { normalizeUrl, quote } from './compare';

export const linkTextEmpty = segmentRule({
  code: 'link-text-empty',
  description: 'A link with no text, [](url), where the English link has text.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    for (const link of s.tr.links) {
      if (link.kind !== 'markdown' && link.kind !== 'html') continue;
      if (link.text.trim() !== '') continue;
      const url = normalizeUrl(link.url, s.locale);
      const english = s.en.links.find((l) => normalizeUrl(l.url, s.locale) === url && l.text.trim() !== '');
      if (!english) continue;
      s.report({
        message: `The link to ${link.url} has no text; in the English its text is "${quote(english.text)}".`,
        start: link.start,
        end: link.end,
        fix: { title: 'Use the English link text', edits: [{ start: link.textStart, end: link.textEnd, newText: english.text.trim() }] },
      });
    }
  },
});
