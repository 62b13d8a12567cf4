import { segmentRule } from '../segmentRule';

export const linkSyntax = segmentRule({
  code: 'link-syntax',
  description: 'Link syntax broken by a space, [text] (url), so that no link renders.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    for (const b of s.tr.brokenLinks) {
      if (s.en.brokenLinks.some((e) => e.url === b.url)) continue;
      s.report({
        message: `A space between "]" and "(" breaks this link to ${b.url}: it renders as text. The English link is written [text](url).`,
        start: b.gapStart - 1,
        end: b.gapEnd + 1,
        fix: { title: 'Remove the space that breaks the link', edits: [{ start: b.gapStart, end: b.gapEnd, newText: '' }] },
      });
    }
  },
});
