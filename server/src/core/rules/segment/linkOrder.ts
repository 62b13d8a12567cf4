import { segmentRule } from '../segmentRule';

export const linkOrder = segmentRule({
  code: 'link-order',
  description: 'The same links as the English, in another order, run together with no word between them where the English has words.',
  defaultSeverity: 'information',
  fixable: false,
  checkSegment(s) {
    const { l10n } = s;
    const en = s.en.links;
    const tr = s.tr.links;
    if (en.length < 2 || en.length !== tr.length) return;
    const enUrls = s.enUrls;
    const trUrls = s.trUrls;
    if (new Set(enUrls).size !== enUrls.length) return;
    if ([...enUrls].sort().join('\n') !== [...trUrls].sort().join('\n')) return;
    const i = trUrls.findIndex((u, k) => u !== enUrls[k]);
    if (i === -1) return;
    // Languages order a sentence differently, and its links with it; links run together with
    // no word between them, where the English has words, are the sign of a swap gone wrong.
    const swapped = tr.findIndex((l, k) => k > 0 && trUrls[k] !== enUrls[k] && !hasWords(s.tr.slice({ start: tr[k - 1].end, end: l.start })));
    if (swapped === -1 || en.some((l, k) => k > 0 && !hasWords(s.en.slice({ start: en[k - 1].end, end: l.start })))) return;
    const link = tr[i];
    s.report({
      message: l10n.t('The links are in another order than in the English: the English links to {english} here, the translation to {url}.', { english: en[i].url, url: link.url }),
      start: link.start,
      end: link.end,
    });
  },
});

function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
