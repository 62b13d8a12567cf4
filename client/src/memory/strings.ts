import * as vscode from 'vscode';

/** The user-facing text of the Matches and Concordance views and the terminology commands, in the display language. */
export const MemoryStrings = {
  get noSegment() {
    return vscode.l10n.t('Place the cursor in a translated segment to see its translation memory matches.');
  },
  get indexing() {
    return vscode.l10n.t('The translation memory is being built with the locale index…');
  },
  noMatches: (minimum: number) => vscode.l10n.t('No translation in the workspace matches this segment by {minimum}% or more.', { minimum }),
  matchesOf: (segment: string, count: number) => (count === 1 ? vscode.l10n.t('Segment {segment}: 1 match', { segment }) : vscode.l10n.t('Segment {segment}: {count} matches', { segment, count })),
  description: (percent: number, type: string | undefined, occurrences: number) =>
    [`${percent}%`, type, occurrences > 1 ? vscode.l10n.t('{count} segments', { count: occurrences }) : undefined].filter(Boolean).join(' · '),
  get thisEnglish() {
    return vscode.l10n.t('Differences from this segment\'s English');
  },
  get matchEnglish() {
    return vscode.l10n.t('English of the match');
  },
  get translation() {
    return vscode.l10n.t('Translation');
  },
  from: (file: string, segment: string, handoff: string | undefined) =>
    handoff ? vscode.l10n.t('From {file}, segment {segment}, handed off {handoff}', { file, segment, handoff }) : vscode.l10n.t('From {file}, segment {segment}', { file, segment }),
  get missingTokens() {
    return vscode.l10n.t('Not in the match\'s translation (add them by hand):');
  },
  get changedSinceAsked() {
    return vscode.l10n.t('The segment changed since the matches were shown; they were looked up again.');
  },
  get concordancePrompt() {
    return vscode.l10n.t('Search the translation memory for a word or phrase');
  },
  get concordancePlaceholder() {
    return vscode.l10n.t('A word or phrase, e.g. admin center');
  },
  get sidePlaceholder() {
    return vscode.l10n.t('Search the English, or one locale\'s translations?');
  },
  englishSide: (locale: string) => vscode.l10n.t('In the English (with the {locale} translations)', { locale }),
  translationSide: (locale: string) => vscode.l10n.t('In the {locale} translations', { locale }),
  get noMemory() {
    return vscode.l10n.t('The translation memory is empty: no locale versions with translated segments were found in the workspace.');
  },
  concordanceTitle: (phrase: string, total: number, shown: number) =>
    total > shown ? vscode.l10n.t('"{phrase}": {total} pairs (the first {shown} shown)', { phrase, total, shown }) : vscode.l10n.t('"{phrase}": {total} pairs', { phrase, total }),
  get concordanceEmpty() {
    return vscode.l10n.t('Run "Search Translation Memory (Concordance)" to search the English or the translations of the workspace.');
  },
  get localePlaceholder() {
    return vscode.l10n.t('Propose glossary entries for which locale?');
  },
  suggested: (count: number, locale: string) => vscode.l10n.t('{count} glossary entries proposed for {locale}, from the translation memory. Edit the file, then name it in the setting sxsDocs.terminology.glossaries.', { count, locale }),
  get noSuggestions() {
    return vscode.l10n.t('No term is frequent enough in the translation memory to propose glossary entries.');
  },
  get saveTitle() {
    return vscode.l10n.t('Save the proposed glossary entries');
  },
};
