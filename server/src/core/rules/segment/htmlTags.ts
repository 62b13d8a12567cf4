import { segmentRule } from '../segmentRule';
import { listOf, missingFrom, translationRange } from './compare';

export const htmlTags = segmentRule({
  code: 'html-tags',
  description: 'Inline HTML tags (<br>, <strong>, <a>) of the English missing from the translation, or added to it.',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    const { l10n } = s;
    const en = s.en.tags;
    const tr = s.tr.tags;
    if (en.length === 0 && tr.length === 0) return;
    const enKeys = en.map((t) => t.key);
    const trKeys = tr.map((t) => t.key);
    const lost = missingFrom(enKeys, trKeys);
    if (lost.length) {
      const tags = listOf(lost, l10n);
      s.report({ message: lost.length > 1 ? l10n.t('The English has the HTML tags {tags}; the translation does not.', { tags }) : l10n.t('The English has the HTML tag {tags}; the translation does not.', { tags }), ...translationRange(s) });
    }
    const added = missingFrom(trKeys, enKeys);
    for (const tag of tr) {
      const i = added.indexOf(tag.key);
      if (i === -1) continue;
      added.splice(i, 1);
      s.report({ message: l10n.t('The translation has the HTML tag {tag} here; the English does not.', { tag: tag.key }), start: tag.start, end: tag.end });
    }
  },
});
