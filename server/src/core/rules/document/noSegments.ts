import { isEnglish } from '../../locale';
import type { SxsDocument } from '../../model';
import type { Rule } from '../rule';

/** What a body holds that is not text to translate: comments, code blocks, includes, images, HTML tags. */
const NOT_PROSE = /<!--[\s\S]*?-->|^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))|\[!INCLUDE\s*\[[^\]\n]*\]\([^)\n]*\)\s*\]|!\[[^\]\n]*\]\([^)\n]*\)|<\/?[A-Za-z][^>\n]*>/gm;

/** Whether the body (after the front matter) has words to translate, outside comments, code, includes and images. */
function hasProse(doc: SxsDocument): boolean {
  const body = doc.text.slice(doc.frontMatter?.full.end ?? 0);
  return /\p{L}/u.test(body.replace(NOT_PROSE, ' '));
}

export const noSegments: Rule = {
  code: 'no-segments',
  description: 'A localized file with words to translate but no side-by-side segments: a plain translation, with no English to compare (a note, not a defect).',
  // A plain translation is one of the pipeline's outputs (a few machine-translated files): nothing
  // to fix, only to know that the segment checks could not run. Readers of the corpus counted none
  // of these as a defect, so it is a hint, not a problem in the Problems panel.
  defaultSeverity: 'hint',
  scope: 'document',
  fixable: false,
  check({ doc, locale, report, l10n }) {
    if (doc.segments.length > 0 || doc.orphanLookups.length > 0 || !doc.keys.contentLocale || isEnglish(locale) || !hasProse(doc)) return;
    const span = doc.keys.valueSpans['ms.contentlocale'];
    const start = span?.start ?? 0;
    report({
      message: l10n.t('This {locale} file has no side-by-side segments, so its translation cannot be compared with the English.', { locale: String(doc.keys.contentLocale) }),
      start,
      end: span?.end ?? doc.lines.lineEnd(0),
    });
  },
};
