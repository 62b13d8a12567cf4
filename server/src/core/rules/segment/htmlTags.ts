import { segmentRule } from '../segmentRule';
import { listOf, missingFrom, translationRange } from './compare';

export const htmlTags = segmentRule({
  code: 'html-tags',
  description: 'Inline HTML tags (<br>, <strong>, <a>) of the English missing from the translation, or added to it.',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    const en = s.en.tags;
    const tr = s.tr.tags;
    if (en.length === 0 && tr.length === 0) return;
    const enKeys = en.map((t) => t.key);
    const trKeys = tr.map((t) => t.key);
    const lost = missingFrom(enKeys, trKeys);
    if (lost.length) {
      s.report({ message: `The English has the HTML tag${lost.length > 1 ? 's' : ''} ${listOf(lost)}; the translation does not.`, ...translationRange(s) });
    }
    const added = missingFrom(trKeys, enKeys);
    for (const tag of tr) {
      const i = added.indexOf(tag.key);
      if (i === -1) continue;
      added.splice(i, 1);
      s.report({ message: `The translation has the HTML tag ${tag.key} here; the English does not.`, start: tag.start, end: tag.end });
    }
  },
});
