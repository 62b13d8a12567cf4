import { segmentRule } from '../segmentRule';
import { missingIndexes } from './compare';

export const linkUrl = segmentRule({
  code: 'link-url',
  description: "A link in the translation to a URL that its English does not link to (a locale in place of /en-us/ is fine).",
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    if (s.tr.links.length === 0) return;
    const en = s.en.links;
    const tr = s.tr.links;
    const enUrls = s.enUrls;
    const trUrls = s.trUrls;
    const enSet = new Set(enUrls);
    const foreign = tr.map((_, i) => i).filter((i) => !enSet.has(trUrls[i]) && !s.en.text.includes(tr[i].url));
    if (foreign.length === 0) return;
    // Pair foreign URLs with the English URLs that the translation lacks, in order, when they are as many.
    const missing = missingIndexes(enUrls, trUrls);
    const paired = missing.length === foreign.length;
    foreign.forEach((i, k) => {
      const link = tr[i];
      const englishUrl = paired ? en[missing[k]].url : undefined;
      const message = englishUrl
        ? l10n.t('The translation links to {url}; the English links to {english}.', { url: link.url, english: englishUrl })
        : l10n.t('The translation links to {url}; the English does not link there.', { url: link.url });
      const fix = englishUrl && link.kind !== 'bare' && link.kind !== 'autolink'
        ? { title: l10n.t('Restore the link URL from the English: {url}', { url: englishUrl }), edits: [{ start: link.urlStart, end: link.urlEnd, newText: englishUrl }] }
        : undefined;
      s.report({ message, start: link.urlStart, end: link.urlEnd, fix });
    });
  },
});
