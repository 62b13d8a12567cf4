import { segmentRule } from '../segmentRule';
import { missingIndexes, quote, translationRange } from './compare';

export const inlineCode = segmentRule({
  code: 'inline-code',
  description: 'Inline code of the English that the translation does not keep verbatim (`code` translated, changed or lost).',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    const en = s.en.codeSpans;
    if (en.length === 0) return;
    const tr = s.tr.codeSpans;
    const enCode = en.map((c) => c.code.trim());
    const trCode = tr.map((c) => c.code.trim());
    const missing = missingIndexes(enCode, trCode);
    if (missing.length === 0) return;
    const foreign = missingIndexes(trCode, enCode);
    missing.forEach((m, k) => {
      const english = en[m];
      const changed = foreign.length === missing.length ? tr[foreign[k]] : undefined;
      if (changed) {
        s.report({
          message: l10n.t('The English has the code {code}; the translation changed it to {changed}.', { code: codeSpan(quote(english.code.trim())), changed: codeSpan(quote(changed.code.trim())) }),
          start: changed.start,
          end: changed.end,
          fix: { title: l10n.t('Restore the code from the English: {code}', { code: codeSpan(quote(english.code.trim())) }), edits: [{ start: changed.codeStart, end: changed.codeEnd, newText: english.code }] },
        });
        return;
      }
      // The code kept as text, without its backticks.
      const at = s.tr.prose.indexOf(english.code.trim());
      if (english.code.trim() && at !== -1) {
        const start = s.tr.base + at;
        const end = start + english.code.trim().length;
        s.report({
          message: l10n.t('The English has {code} as code; the translation has it as plain text.', { code: codeSpan(quote(english.code.trim())) }),
          start,
          end,
          fix: { title: l10n.t('Mark it as code, as in the English'), edits: [{ start, end: start, newText: '`' }, { start: end, end, newText: '`' }] },
        });
        return;
      }
      s.report({ message: l10n.t('The English has the code {code}; the translation does not.', { code: codeSpan(quote(english.code.trim())) }), ...translationRange(s) });
    });
  },
});

/** Code as the messages write it: between backticks. */
function codeSpan(code: string): string {
  return `\`${code}\``;
}
