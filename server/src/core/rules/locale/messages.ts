/**
 * The user-facing sentences of the cross-locale checks, in one place so that they can be
 * localized. Each is a whole sentence with named values, never assembled from fragments.
 */
export const LocaleMessages = {
  staleAgainstSource: (p: { source: string; segments: string }) =>
    `This translation is out of date: its ms.openlocfilehash is not the hash of the English source (${p.source}), which has changed since it was translated. Segments whose English changed: ${p.segments}.`,
  staleAgainstSourceNoSegments: (p: { source: string }) =>
    `This translation is out of date: its ms.openlocfilehash is not the hash of the English source (${p.source}), which has changed since it was translated (outside the translated segments).`,
  staleAgainstLocale: (p: { locale: string; theirs: string; mine: string; segments: string }) =>
    `This translation is older than the ${p.locale} version (handed off ${p.theirs}; this one ${p.mine}), whose English differs in segments ${p.segments}.`,
  nowReads: (p: { segment: string; english: string }) => `Segment ${p.segment} now reads: “${p.english}”`,
  removedFromEnglish: (p: { segment: string }) => `Segment ${p.segment} is no longer in the English.`,
  newerEnglishHere: (p: { locale: string }) => `The newer English (${p.locale})`,

  driftChangedInSource: (p: { segment: string; english: string }) => `The English of segment ${p.segment} has changed since this translation was made. The English source now reads: “${p.english}”`,
  driftChangedInLocale: (p: { segment: string; locale: string; english: string }) =>
    `The English of segment ${p.segment} has changed since this translation was made: the ${p.locale} version, handed off later, reads “${p.english}”`,
  driftDiffersFromSource: (p: { segment: string; english: string }) => `The English lookup of segment ${p.segment} differs from the English source, which reads: “${p.english}”`,
  driftDiffersFromLocale: (p: { segment: string; locale: string; english: string }) =>
    `The English lookup of segment ${p.segment} differs from the English that the ${p.locale} version has for the same source: “${p.english}”`,
  driftRemoved: (p: { segment: string; locale: string }) => `Segment ${p.segment} is no longer in the newer English (${p.locale}).`,
  englishThere: (p: { locale: string }) => `The English in ${p.locale}`,

  missingOne: (p: { segment: string; locales: string; english: string }) => `Segment ${p.segment} is missing here: the ${p.locales} versions have it. English: “${p.english}”`,
  missingRun: (p: { first: string; last: string; locales: string; english: string }) =>
    `Segments ${p.first}–${p.last} are missing here: the ${p.locales} versions have them. English: “${p.english}”`,
  missingThere: (p: { locale: string; segment: string }) => `Segment ${p.segment} in ${p.locale}`,

  inconsistent: (p: { locale: string; other: string; count: number }) =>
    p.count === 1
      ? `The same English is translated differently in another place in ${p.locale}: “${p.other}”.`
      : `The same English is translated differently in ${p.count} other places in ${p.locale}, for example: “${p.other}”.`,
  inconsistentUnread: (p: { locale: string; count: number }) => `The same English is translated differently in ${p.count} other place(s) in ${p.locale}.`,
  translatedThere: (p: { text: string }) => `Translated as “${p.text}”`,
} as const;

/** Segment labels as a list for a message: `104, 106, 110 and 3 more`. */
export function segmentList(labels: readonly string[], max = 8): string {
  if (labels.length <= max) return labels.join(', ');
  return `${labels.slice(0, max).join(', ')} and ${labels.length - max} more`;
}
