import type { L10n } from '../l10n';

/** What the progress of an index build says, in the display language (the LSP client shows it). */
export function indexProgressStrings(l10n: L10n) {
  return {
    title: l10n.t('Indexing locale versions'),
    files: (indexed: number, total: number) => l10n.t('{indexed} of {total} files', { indexed: indexed.toLocaleString(), total: total.toLocaleString() }),
  };
}
