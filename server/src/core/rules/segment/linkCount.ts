import { segmentRule } from '../segmentRule';
import { listOf, missingFrom, normalizeUrl, translationRange } from './compare';

export const linkCount = segmentRule({
  code: 'link-count',
  description: 'A translation with fewer or more links than its English.',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    const en = s.en.links;
    if (en.length === s.tr.links.length + s.tr.brokenLinks.length) return;
    const tr = [...s.tr.links, ...s.tr.brokenLinks];
    const enUrls = s.enUrls;
    const trUrls = [...s.trUrls, ...s.tr.brokenLinks.map((l) => normalizeUrl(l.url, s.locale))];
    if (tr.length < en.length) {
      const missing = missingFrom(enUrls, trUrls).map((u) => en[enUrls.indexOf(u)].url);
      const message = missing.length
        ? `The English links to ${listOf([...new Set(missing)])}; the translation does not.`
        : `The English has ${en.length} links; the translation has ${tr.length}.`;
      s.report({ message, ...translationRange(s) });
      return;
    }
    const extraIndex = tr.findIndex((_, i) => missingFrom(trUrls.slice(0, i + 1), enUrls).length > 0);
    const extra = tr[extraIndex >= 0 ? extraIndex : tr.length - 1];
    const message = en.length === 0
      ? `The translation links to ${extra.url}; the English has no link.`
      : `The translation has ${tr.length} links; the English has ${en.length}.`;
    s.report({ message, start: extra.start, end: extra.end });
  },
});
