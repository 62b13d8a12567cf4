import { segmentRule } from '../segmentRule';
import { listOf, missingFrom, normalizeUrl, translationRange } from './compare';

export const linkCount = segmentRule({
  code: 'link-count',
  description: 'A translation with fewer or more links than its English.',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    const { l10n } = s;
    const en = s.en.links;
    if (en.length === s.tr.links.length + s.tr.brokenLinks.length) return;
    const tr = [...s.tr.links, ...s.tr.brokenLinks];
    const enUrls = s.enUrls;
    const trUrls = [...s.trUrls, ...s.tr.brokenLinks.map((l) => normalizeUrl(l.url, s.locale))];
    if (tr.length < en.length) {
      const missing = missingFrom(enUrls, trUrls).map((u) => en[enUrls.indexOf(u)].url);
      const message = missing.length
        ? l10n.t('The English links to {urls}; the translation does not.', { urls: listOf([...new Set(missing)], l10n) })
        : l10n.t('The English has {count} links; the translation has {translated}.', { count: en.length, translated: tr.length });
      s.report({ message, ...translationRange(s) });
      return;
    }
    const extraIndex = tr.findIndex((_, i) => missingFrom(trUrls.slice(0, i + 1), enUrls).length > 0);
    const extra = tr[extraIndex >= 0 ? extraIndex : tr.length - 1];
    const message = en.length === 0
      ? l10n.t('The translation links to {url}; the English has no link.', { url: extra.url })
      : l10n.t('The translation has {count} links; the English has {english}.', { count: tr.length, english: en.length });
    s.report({ message, start: extra.start, end: extra.end });
  },
});
