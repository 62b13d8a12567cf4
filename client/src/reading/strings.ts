import * as vscode from 'vscode';

/** Every message of the reading features, in one place, in the display language. */
export const READING_STRINGS = {
  get noEditor() {
    return vscode.l10n.t('Open a Markdown file to use this command.');
  },
  get noFindings() {
    return vscode.l10n.t('Side-by-Side Docs: no findings in this file.');
  },
  finding: (ordinal: number, total: number, message: string) => vscode.l10n.t('Side-by-Side Docs: finding {ordinal} of {total}: {message}', { ordinal, total, message }),
  get noUntranslated() {
    return vscode.l10n.t('Side-by-Side Docs: no untranslated segments in this file (none has an empty translation or one that reads the same as its English).');
  },
  untranslatedEmpty: (ordinal: number, total: number, id: string) => vscode.l10n.t('Side-by-Side Docs: untranslated segment {ordinal} of {total} ({id}): its translation is empty.', { ordinal, total, id }),
  untranslatedSame: (ordinal: number, total: number, id: string) =>
    vscode.l10n.t('Side-by-Side Docs: untranslated segment {ordinal} of {total} ({id}): its translation reads the same as its English.', { ordinal, total, id }),
  /** A message followed by the note that the search came round from the top. */
  wrappedTop: (message: string) => vscode.l10n.t('{message} Continued from the top of the file.', { message }),
  /** A message followed by the note that the search came round from the end. */
  wrappedBottom: (message: string) => vscode.l10n.t('{message} Continued from the end of the file.', { message }),
  get focusOn() {
    return vscode.l10n.t('Focus on Translation: the English and the markup show only on the lines you edit; word wrap is off meanwhile, so that each line stays one line.');
  },
  get focusOff() {
    return vscode.l10n.t('Focus on Translation is off: all markup shows.');
  },
  get dimOn() {
    return vscode.l10n.t('Side-by-Side Docs: English lookups and ids dimmed.');
  },
  get dimOff() {
    return vscode.l10n.t('Side-by-Side Docs: English lookups and ids no longer dimmed.');
  },
};
