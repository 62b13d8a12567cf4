import * as vscode from 'vscode';

/** What the status bar item and its menu say, in one place, in the display language. */
export const StatusStrings = {
  get name() {
    return vscode.l10n.t('Side-by-Side Docs: file status');
  },
  get machine() {
    return vscode.l10n.t('machine translation (MT)');
  },
  get human() {
    return vscode.l10n.t('human translation (HT)');
  },
  get stale() {
    return vscode.l10n.t('Stale');
  },
  get staleDetail() {
    return vscode.l10n.t('Out of date: made from an older English than the English source (or another locale version) has now.');
  },
  get current() {
    return vscode.l10n.t('Made from the current English.');
  },
  get notIndexed() {
    return vscode.l10n.t('Not in the locale index: its other versions are unknown.');
  },
  findings: (count: number) => (count === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{count} findings', { count })),
  locale: (locale: string, name: string) => vscode.l10n.t('Locale: {locale} ({name})', { locale, name }),
  englishLocales: (count: number) => (count === 1 ? vscode.l10n.t('English · 1 locale') : vscode.l10n.t('English · {count} locales', { count })),
  englishStale: (count: number) => vscode.l10n.t('{count} stale', { count }),
  englishSource: (count: number) => (count === 1 ? vscode.l10n.t('English source of 1 locale version:') : vscode.l10n.t('English source of {count} locale versions:', { count })),
  get englishHint() {
    return vscode.l10n.t('Hover a sentence for its translations; Go to Definition opens it in each locale.');
  },
  get openCounterpartEnglishDetail() {
    return vscode.l10n.t('A locale version of this document, at the translation of this sentence');
  },
  get clickForActions() {
    return vscode.l10n.t('Click for the preview, the other locale versions and the findings.');
  },
  get menuTitle() {
    return vscode.l10n.t('Side-by-Side Docs: this file');
  },
  get openPreview() {
    return vscode.l10n.t('Open Side-by-Side Preview');
  },
  get openPreviewDetail() {
    return vscode.l10n.t('The segments beside their English, with their findings');
  },
  get openCounterpart() {
    return vscode.l10n.t('Open Counterpart…');
  },
  get openCounterpartDetail() {
    return vscode.l10n.t('Another locale version of this document, at the same segment');
  },
  get openEnglish() {
    return vscode.l10n.t('Open the English Source');
  },
  get openEnglishDetail() {
    return vscode.l10n.t('This translation is out of date: see what the English says now');
  },
  showFindings: (count: number) => (count === 1 ? vscode.l10n.t('Show the Finding') : vscode.l10n.t('Show the {count} Findings', { count })),
  get showFindingsDetail() {
    return vscode.l10n.t('In the Problems panel, from the first one in the file');
  },
  get noFindings() {
    return vscode.l10n.t('No findings in this file');
  },
};
