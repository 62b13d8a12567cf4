import { segmentRule } from '../segmentRule';

export const linkSyntax = segmentRule({
  code: 'link-syntax',
  description: 'Link syntax broken by a space, [text] (url), so that no link renders.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    for (const b of s.tr.brokenLinks) {
      if (s.en.brokenLinks.some((e) => e.url === b.url)) continue;
      s.report({
        message: l10n.t('A space between "]" and "(" breaks this link to {url}: it renders as text. The English link is written [text](url).', { url: b.url }),
        start: b.gapStart - 1,
        end: b.gapEnd + 1,
        fix: { title: l10n.t('Remove the space that breaks the link'), edits: [{ start: b.gapStart, end: b.gapEnd, newText: '' }] },
      });
    }
  },
});
