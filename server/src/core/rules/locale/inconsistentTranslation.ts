import type { Rule } from '../rule';
import { mechanicalDifference } from './mechanicalDifference';
import { localeMessages } from './messages';

/**
 * The same English translated elsewhere in the locale with a name, code or number of the
 * English kept as written, where this translation lost or changed it. Two phrasings, an
 * article or an inflection are not reported: they are wording, not a mechanical defect.
 */
export const inconsistentTranslation: Rule = {
  code: 'inconsistent-translation',
  description: 'A name, code or number of the English that this translation lost or changed, where the same English is translated with it elsewhere in the locale.',
  defaultSeverity: 'information',
  scope: 'locale',
  fixable: false,
  learnsFromWorkspace: true,
  check({ doc, versions: locale, report, l10n, learned }) {
    if (!locale) return;
    for (const [index, others] of locale.otherTranslations) {
      const segment = doc.segments[index];
      if (!segment.source) continue;
      for (const other of others) {
        if (other.fullText === undefined || other.text === undefined) continue;
        const name = mechanicalDifference(segment.source.text, segment.translation.text, other.fullText, learned, locale.locale);
        if (name === undefined) continue;
        report({
          message: localeMessages(l10n).inconsistent({ name, locale: locale.locale, other: other.text, count: other.count }),
          start: segment.translation.content.start,
          end: segment.translation.content.end,
          segment,
          related: other.locations.map((l) => ({ uri: l.uri, range: l.range, message: localeMessages(l10n).translatedThere({ text: other.text ?? '…' }) })),
        });
        break;
      }
    }
  },
};
