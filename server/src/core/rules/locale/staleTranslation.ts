import { segmentLabel } from '../../index/coverage';
import type { Rule } from '../rule';
import { localeMessages, segmentList } from './messages';

/** How many changed segments the message quotes. */
const QUOTED = 3;

export const staleTranslation: Rule = {
  code: 'stale-translation',
  description: 'A translation made from an older English: its ms.openlocfilehash is not the English source file\'s hash, or another locale version carries newer English.',
  defaultSeverity: 'warning',
  scope: 'locale',
  fixable: false,
  check({ doc, versions: locale, report, l10n }) {
    if (!locale || locale.status !== 'stale' || !locale.newer) return;
    const newer = locale.newer;
    const changes = locale.changes.filter((c) => c.from === newer);
    // Without the English source, a different hash alone may be a change outside the segments: only changed segments count.
    if (!newer.entry.english && !changes.length) return;
    const labels = changes.map((c) => segmentLabel(doc.segments[c.index]));
    const headline = newer.entry.english
      ? labels.length
        ? localeMessages(l10n).staleAgainstSource({ source: locale.displayPath(newer.entry.uri), segments: segmentList(labels, undefined, l10n) })
        : localeMessages(l10n).staleAgainstSourceNoSegments({ source: locale.displayPath(newer.entry.uri) })
      : localeMessages(l10n).staleAgainstLocale({ locale: newer.entry.locale, theirs: newer.entry.lastHandoff ?? '?', mine: doc.keys.lastHandoff ?? '?', segments: segmentList(labels, undefined, l10n) });
    const quoted = changes.slice(0, QUOTED).map((c) => {
      const segment = segmentLabel(doc.segments[c.index]);
      return c.english ? localeMessages(l10n).nowReads({ segment, english: c.english }) : localeMessages(l10n).removedFromEnglish({ segment });
    });
    const at = doc.keys.valueSpans['ms.openlocfilehash'] ?? doc.frontMatter?.full ?? { start: 0, end: 0 };
    report({
      message: [headline, ...quoted].join('\n'),
      start: at.start,
      end: at.end,
      related: changes
        .filter((c) => c.range)
        .slice(0, QUOTED)
        .map((c) => ({ uri: newer.entry.uri, range: c.range!, message: localeMessages(l10n).newerEnglishHere({ locale: newer.entry.locale }) })),
    });
  },
};
