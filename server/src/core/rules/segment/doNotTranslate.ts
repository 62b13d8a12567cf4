import { segmentRule } from '../segmentRule';
import { translationRange } from './compare';

export const doNotTranslate = segmentRule({
  code: 'do-not-translate',
  description: 'A do-not-translate term (sxsDocs.doNotTranslate, or the no-loc list of the front matter) of the English missing verbatim from the translation.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    if (s.terms.length === 0) return;
    for (const term of new Set(s.terms)) {
      const inEnglish = count(s.en.text, term, true);
      if (inEnglish === 0 || count(s.tr.text, term, false) >= inEnglish) continue;
      const near = nearMatch(s.tr.text, term);
      if (near !== -1) {
        const start = s.tr.base + near;
        const end = start + term.length;
        s.report({
          message: l10n.t('The English has the term "{term}", which is not to be translated; the translation writes "{written}".', { term, written: s.tr.text.slice(near, near + term.length) }),
          start,
          end,
          fix: { title: l10n.t('Restore the term from the English: {term}', { term }), edits: [{ start, end, newText: term }] },
        });
      } else {
        s.report({ message: l10n.t('The English has the term "{term}", which is not to be translated; the translation does not have it.', { term }), ...translationRange(s) });
      }
    }
  },
});

/**
 * How often the term stands in the text: starting a word, and in the English also ending
 * one; a translation may inflect it ("Outlookissa").
 */
function count(text: string, term: string, wholeWord: boolean): number {
  let n = 0;
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length)) {
    if (isWordChar(text[i - 1])) continue;
    if (wholeWord && isWordChar(text[i + term.length])) continue;
    n++;
  }
  return n;
}

/** The term written in another case ("contoso drive"), as a word start; -1 when there is none. */
function nearMatch(text: string, term: string): number {
  const lower = text.toLowerCase();
  const t = term.toLowerCase();
  for (let i = lower.indexOf(t); i !== -1; i = lower.indexOf(t, i + 1)) {
    if (!isWordChar(text[i - 1]) && text.slice(i, i + term.length) !== term) return i;
  }
  return -1;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}
