import type { Rule } from '../rule';
import { localeMessages } from './messages';

export const inconsistentTranslation: Rule = {
  code: 'inconsistent-translation',
  description: 'The same English (two words or more) translated differently elsewhere in the same locale.',
  defaultSeverity: 'information',
  scope: 'locale',
  fixable: false,
  check({ doc, versions: locale, report, l10n }) {
    if (!locale) return;
    for (const [index, others] of locale.otherTranslations) {
      const segment = doc.segments[index];
      const places = others.reduce((n, o) => n + o.count, 0);
      const named = others.find((o) => o.text !== undefined);
      const message = named?.text !== undefined ? localeMessages(l10n).inconsistent({ locale: locale.locale, other: named.text, count: places }) : localeMessages(l10n).inconsistentUnread({ locale: locale.locale, count: places });
      report({
        message,
        start: segment.translation.content.start,
        end: segment.translation.content.end,
        segment,
        related: others.flatMap((o) => o.locations.map((l) => ({ uri: l.uri, range: l.range, message: localeMessages(l10n).translatedThere({ text: o.text ?? '…' }) }))),
      });
    }
  },
};
