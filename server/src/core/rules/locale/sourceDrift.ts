import { segmentLabel } from '../../index/coverage';
import type { Rule } from '../rule';
import { localeMessages } from './messages';

export const sourceDrift: Rule = {
  code: 'source-drift',
  description:
    "A segment whose English changed: its English lookup differs from the sentence the English source (or, without it, the newer locale version) now has in its place, which the message quotes.",
  defaultSeverity: 'information',
  scope: 'locale',
  fixable: false,
  check({ doc, versions: locale, report, l10n }) {
    if (!locale) return;
    for (const change of locale.changes) {
      const segment = doc.segments[change.index];
      const label = segmentLabel(segment);
      const from = change.from.entry;
      const where = from.locale;
      let message: string;
      if (change.kind === 'removed' || !change.english) message = localeMessages(l10n).driftRemoved({ segment: label, locale: where });
      else if (locale.status === 'stale') {
        message = from.english
          ? localeMessages(l10n).driftChangedInSource({ segment: label, english: change.english })
          : localeMessages(l10n).driftChangedInLocale({ segment: label, locale: from.locale, english: change.english });
      } else {
        message = from.english
          ? localeMessages(l10n).driftDiffersFromSource({ segment: label, english: change.english })
          : localeMessages(l10n).driftDiffersFromLocale({ segment: label, locale: from.locale, english: change.english });
      }
      const span = segment.source?.content ?? segment.translation.content;
      report({
        message,
        start: span.start,
        end: span.end,
        segment,
        related: change.range ? [{ uri: from.uri, range: change.range, message: localeMessages(l10n).englishThere({ locale: where }) }] : undefined,
      });
    }
  },
};
