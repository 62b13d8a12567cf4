import type { Rule } from '../rule';

export const contentLocale: Rule = {
  code: 'content-locale',
  description: "An ms.contentlocale that differs from the locale the file's path names.",
  defaultSeverity: 'warning',
  scope: 'document',
  fixable: true,
  check({ doc, pathLocale, report, l10n }) {
    const written = doc.keys.contentLocale;
    const span = doc.keys.valueSpans['ms.contentlocale'];
    if (!written || !pathLocale || !span || written.trim().toLowerCase() === pathLocale.toLowerCase()) return;
    const value = doc.text.slice(span.start, span.end);
    const quote = /^["']/.test(value) ? value[0] : '';
    report({
      message: l10n.t("The file's path names the locale {locale}; its ms.contentlocale says {written}.", { locale: pathLocale, written }),
      start: span.start,
      end: span.end,
      fix: { title: l10n.t('Set ms.contentlocale to {locale}', { locale: pathLocale }), edits: [{ start: span.start, end: span.end, newText: `${quote}${pathLocale}${quote}` }] },
    });
  },
};
