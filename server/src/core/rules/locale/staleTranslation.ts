import { plainEnglish } from '../../changes/segmentChanges';
import { segmentLabel } from '../../index/coverage';
import type { Rule } from '../rule';
import { localeMessages, segmentList } from './messages';

/** How many added sentences the finding points to. */
const ADDED_SHOWN = 20;

export const staleTranslation: Rule = {
  code: 'stale-translation',
  description:
    "A translation made from an older English: its ms.openlocfilehash is not the English source file's hash, or another locale version carries newer English. One finding per file lists the segments whose English changed, each in its related information.",
  defaultSeverity: 'warning',
  scope: 'locale',
  fixable: false,
  check({ doc, versions: locale, report, l10n }) {
    if (!locale || locale.status !== 'stale' || !locale.newer) return;
    const newer = locale.newer;
    const messages = localeMessages(l10n);
    const changes = locale.changes.filter((c) => c.from === newer);
    const added = locale.alignment?.from.uri === newer.entry.uri ? locale.alignment.added : [];
    // Without the English source, a different hash alone may be a change outside the segments: only changed segments count.
    if (!newer.entry.english && !changes.length && !added.length) return;
    const labels = changes.map((c) => segmentLabel(doc.segments[c.index]));
    const headline = newer.entry.english
      ? labels.length
        ? messages.staleAgainstSource({ source: locale.displayPath(newer.entry.uri), segments: segmentList(labels, undefined, l10n) })
        : messages.staleAgainstSourceNoSegments({ source: locale.displayPath(newer.entry.uri) })
      : labels.length
        ? messages.staleAgainstLocale({ locale: newer.entry.locale, theirs: newer.entry.lastHandoff ?? '?', mine: doc.keys.lastHandoff ?? '?', segments: segmentList(labels, undefined, l10n) })
        : messages.staleAgainstLocaleNoSegments({ locale: newer.entry.locale, theirs: newer.entry.lastHandoff ?? '?', mine: doc.keys.lastHandoff ?? '?' });
    const lines = [headline];
    if (added.length) lines.push(messages.sentencesAdded({ count: added.length }));
    const at = doc.keys.valueSpans['ms.openlocfilehash'] ?? doc.frontMatter?.full ?? { start: 0, end: 0 };
    report({
      message: lines.join('\n'),
      start: at.start,
      end: at.end,
      related: [
        // Each changed segment, where it is in this file, with its English now.
        ...changes.map((c) => {
          const segment = doc.segments[c.index];
          const label = segmentLabel(segment);
          return {
            uri: locale.uri,
            range: (segment.source ?? segment.translation).content.range,
            message: c.english ? messages.nowReads({ segment: label, english: c.english }) : messages.removedFromEnglish({ segment: label }),
          };
        }),
        // Each added sentence, where it is in the newer English.
        ...added.slice(0, ADDED_SHOWN).map((a) => ({ uri: newer.entry.uri, range: a.sentence.range, message: messages.addedSentence({ english: plainEnglish([a.sentence]) }) })),
      ],
    });
  },
};
