import * as vscode from 'vscode';

/** The user-facing text of the counterpart commands and the index progress, in one place, in the display language. */
export const Strings = {
  pickTitle: (segment: string | undefined) =>
    segment ? vscode.l10n.t('Open the other locale versions of segment {segment}', { segment }) : vscode.l10n.t('Open another locale version of this document'),
  pickTitleStale: (segment: string | undefined) =>
    segment
      ? vscode.l10n.t('Open the other locale versions of segment {segment} (this version is out of date)', { segment })
      : vscode.l10n.t('Open another locale version of this document (this version is out of date)'),
  get pickPlaceholder() {
    return vscode.l10n.t('Choose a locale');
  },
  get englishSource() {
    return vscode.l10n.t('English source');
  },
  get machineTranslation() {
    return vscode.l10n.t('Machine translation');
  },
  get humanTranslation() {
    return vscode.l10n.t('Human translation');
  },
  get outOfDate() {
    return vscode.l10n.t('$(warning) Out of date');
  },
  segmentHere: (segment: string) => vscode.l10n.t('Opens at segment {segment}', { segment }),
  segmentMissing: (segment: string) => vscode.l10n.t('Segment {segment} is not in this version; opens at the start', { segment }),
  get noCounterparts() {
    return vscode.l10n.t('No other locale versions of this document were found in the workspace.');
  },
  get stillIndexing() {
    return vscode.l10n.t('The locale versions of the workspace are still being indexed. Try again in a moment.');
  },
  get indexIncomplete() {
    return vscode.l10n.t('Indexing of the locale versions was cancelled, so other versions of this document may be missing. Rebuild the locale index to find them.');
  },
  get notMarkdown() {
    return vscode.l10n.t('Open a localized Markdown document first.');
  },
  get indexingTitle() {
    return vscode.l10n.t('Indexing locale versions');
  },
  indexingProgress: (indexed: number, total: number) => vscode.l10n.t('{indexed} of {total} files', { indexed: formatCount(indexed), total: formatCount(total) }),
  indexingCancelled: (documents: number) =>
    vscode.l10n.t(
      'Indexing of the locale versions was cancelled after {count} files. Go to Definition, the counterpart commands and the cross-locale checks only know those files until the index is rebuilt.',
      { count: formatCount(documents) },
    ),
  get rebuild() {
    return vscode.l10n.t('Rebuild Locale Index');
  },
};

/** A count with the digit grouping of the display language (1,234; 1.234; 1 234). */
export function formatCount(n: number): string {
  try {
    return n.toLocaleString(vscode.env.language);
  } catch {
    return n.toLocaleString();
  }
}
