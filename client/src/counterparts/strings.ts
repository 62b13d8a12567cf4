/** The user-facing text of the counterpart commands and the index progress, in one place (to be localized). */
export const Strings = {
  pickTitle: (segment: string | undefined) => (segment ? `Open the other locale versions of segment ${segment}` : 'Open another locale version of this document'),
  pickTitleStale: (segment: string | undefined) =>
    segment ? `Open the other locale versions of segment ${segment} (this version is out of date)` : 'Open another locale version of this document (this version is out of date)',
  pickPlaceholder: 'Choose a locale',
  englishSource: 'English source',
  machineTranslation: 'Machine translation',
  humanTranslation: 'Human translation',
  outOfDate: '$(warning) Out of date',
  segmentHere: (segment: string) => `Opens at segment ${segment}`,
  segmentMissing: (segment: string) => `Segment ${segment} is not in this version; opens at the start`,
  noCounterparts: 'No other locale versions of this document were found in the workspace.',
  stillIndexing: 'The locale versions of the workspace are still being indexed. Try again in a moment.',
  indexIncomplete: 'Indexing of the locale versions was cancelled, so other versions of this document may be missing. Rebuild the locale index to find them.',
  notMarkdown: 'Open a localized Markdown document first.',
  indexingTitle: 'Indexing locale versions',
  indexingProgress: (indexed: number, total: number) => `${indexed.toLocaleString()} of ${total.toLocaleString()} files`,
  indexingCancelled: (documents: number) => `Indexing of the locale versions was cancelled after ${documents.toLocaleString()} files. Go to Definition, the counterpart commands and the cross-locale checks only know those files until the index is rebuilt.`,
  rebuild: 'Rebuild Locale Index',
} as const;
