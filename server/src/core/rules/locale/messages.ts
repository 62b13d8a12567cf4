import { ENGLISH, type L10n } from '../../l10n';

/**
 * The user-facing sentences of the cross-locale checks, in one place, in the display
 * language. Each is a whole sentence with named values, never assembled from fragments.
 */
export function localeMessages(l10n: L10n) {
  return {
    staleAgainstSource: (p: { source: string; segments: string }) =>
      l10n.t(
        'This translation is out of date: its ms.openlocfilehash is not the hash of the English source ({source}), which has changed since it was translated. Segments whose English changed: {segments}.',
        p,
      ),
    staleAgainstSourceNoSegments: (p: { source: string }) =>
      l10n.t('This translation is out of date: its ms.openlocfilehash is not the hash of the English source ({source}), which has changed since it was translated (outside the translated segments).', p),
    staleAgainstLocale: (p: { locale: string; theirs: string; mine: string; segments: string }) =>
      l10n.t('This translation is older than the {locale} version (handed off {theirs}; this one {mine}), whose English differs in segments {segments}.', p),
    staleAgainstLocaleNoSegments: (p: { locale: string; theirs: string; mine: string }) =>
      l10n.t('This translation is older than the {locale} version (handed off {theirs}; this one {mine}), whose English has sentences that no segment here has.', p),
    nowReads: (p: { segment: string; english: string }) => l10n.t('Segment {segment} now reads: “{english}”', p),
    removedFromEnglish: (p: { segment: string }) => l10n.t('Segment {segment} is no longer in the English.', p),
    sentencesAdded: (p: { count: number }) =>
      p.count === 1 ? l10n.t('One English sentence was added that no segment has.') : l10n.t('{count} English sentences were added that no segment has.', p),
    addedSentence: (p: { english: string }) => l10n.t('Added to the English: “{english}”', p),

    driftChangedInSource: (p: { segment: string; english: string }) => l10n.t('The English of segment {segment} has changed since this translation was made. The English source now reads: “{english}”', p),
    driftChangedInLocale: (p: { segment: string; locale: string; english: string }) =>
      l10n.t('The English of segment {segment} has changed since this translation was made. The {locale} version, handed off later, reads: “{english}”', p),
    driftDiffersFromSource: (p: { segment: string; english: string }) => l10n.t('The English lookup of segment {segment} differs from the English source, which reads: “{english}”', p),
    driftDiffersFromLocale: (p: { segment: string; locale: string; english: string }) =>
      l10n.t('The English lookup of segment {segment} differs from the English that the {locale} version has for the same source: “{english}”', p),
    driftRemoved: (p: { segment: string; locale: string }) => l10n.t('Segment {segment} is no longer in the newer English ({locale}).', p),
    englishThere: (p: { locale: string }) => l10n.t('The English in {locale}', p),

    missingOne: (p: { segment: string; locales: string; english: string }) => l10n.t('Segment {segment} is missing here: the {locales} versions have it. English: “{english}”', p),
    missingRun: (p: { first: string; last: string; locales: string; english: string }) =>
      l10n.t('Segments {first}–{last} are missing here: the {locales} versions have them. English: “{english}”', p),
    missingThere: (p: { locale: string; segment: string }) => l10n.t('Segment {segment} in {locale}', p),

    inconsistent: (p: { name: string; locale: string; other: string; count: number }) =>
      p.count === 1
        ? l10n.t('The English has "{name}"; this translation does not, but the same English is translated with it in another place in {locale}: “{other}”.', p)
        : l10n.t('The English has "{name}"; this translation does not, but the same English is translated with it in {count} other places in {locale}, for example: “{other}”.', p),
    translatedThere: (p: { text: string }) => l10n.t('Translated as “{text}”', p),

    keptElsewhere: (p: { names: string; kept: number; present: number; locales: string }) =>
      l10n.t('{names} translated or lost: {kept} of the {present} other locale versions that translate the same English keep it as written ({locales}).', p),
    keptThere: (p: { locale: string; name: string }) => l10n.t('Kept as "{name}" in {locale}', p),
  };
}

/** The messages in English (for callers without a display language). */
export const LocaleMessages = localeMessages(ENGLISH);

/** Segment labels as a list for a message: `104, 106, 110 and 3 more`. */
export function segmentList(labels: readonly string[], max = 8, l10n: L10n = ENGLISH): string {
  if (labels.length <= max) return labels.join(', ');
  return l10n.t('{labels} and {count} more', { labels: labels.slice(0, max).join(', '), count: labels.length - max });
}
