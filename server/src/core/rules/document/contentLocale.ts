import type { Rule } from '../rule';

export const contentLocale: Rule = {
  code: 'content-locale',
  description: "An ms.contentlocale that differs from the locale the file's path names.",
  defaultSeverity: 'warning',
  scope: 'document',
  fixable: true,
  check({ doc, pathLocale, report }) {
    const written = doc.keys.contentLocale;
    const span = doc.keys.valueSpans['ms.contentlocale'];
    if (!written || !pathLocale || !span || written.trim().toLowerCase() === pathLocale.toLowerCase()) return;
    const value = doc.text.slice(span.start, span.end);
    const quote = /^["']/.test(value) ? value[0] : '';
    report({
      message: `The file's path names the locale ${pathLocale}; its ms.contentlocale says ${written}.`,
      start: span.start,
      end: span.end,
      fix: { title: `Set ms.contentlocale to ${pathLocale}`, edits: [{ start: span.start, end: span.end, newText: `${quote}${pathLocale}${quote}` }] },
    });
  },
};
