import * as vscode from 'vscode';
import type { PreviewLabels } from '#protocol/webview';

/** Keeps a `{placeholder}` for the webview to fill: the translation is looked up with the placeholder itself as its value. */
const keep = (name: string) => ({ [name]: `{${name}}` });

/** What the preview's host (the extension) says, in the display language. */
export const PreviewStrings = {
  updateFailed: (error: string) => vscode.l10n.t('The preview could not be updated: {error}', { error }),
  nothingToPreview: (file: string) => vscode.l10n.t('{file} has no sxs segments or localization keys to preview.', { file }),
  get openFirst() {
    return vscode.l10n.t('Open a localized Markdown file to preview it side by side.');
  },
  get addLocalePlaceholder() {
    return vscode.l10n.t('Add a locale version as a column');
  },
  get machineTranslation() {
    return vscode.l10n.t('machine translation');
  },
  get humanTranslation() {
    return vscode.l10n.t('human translation');
  },
  get olderEnglish() {
    return vscode.l10n.t('made from an older English');
  },
  get translationColumn() {
    return vscode.l10n.t('Translation');
  },
  readerTitle: (name: string) => vscode.l10n.t('Reader: {name}', { name }),
  sideBySideTitle: (name: string) => vscode.l10n.t('Side by Side: {name}', { name }),
  get panelTitle() {
    return vscode.l10n.t('Side by Side');
  },
};

/** The words of the webview, translated here (the webview has no VS Code API to do it); `{…}` are filled there. */
export function previewLabels(): PreviewLabels {
  return {
    toolbar: vscode.l10n.t('Preview'),
    machineTranslation: PreviewStrings.machineTranslation,
    humanTranslation: PreviewStrings.humanTranslation,
    readerView: vscode.l10n.t('Reader View'),
    sideBySide: vscode.l10n.t('Side by Side'),
    showReader: vscode.l10n.t('Show the document as a reader sees it'),
    showSideBySide: vscode.l10n.t('Show the segments side by side'),
    onlyFindings: vscode.l10n.t('Only rows with findings'),
    addLocale: vscode.l10n.t('Add Locale…'),
    readInEnglish: vscode.l10n.t('Read in English'),
    segmentNumber: vscode.l10n.t('Segment number'),
    english: vscode.l10n.t('English'),
    englishSource: vscode.l10n.t('English source'),
    thisTranslation: vscode.l10n.t('This translation'),
    translationIn: vscode.l10n.t('Translation in {locale}', keep('locale')),
    removeColumn: vscode.l10n.t('Remove the {locale} column', keep('locale')),
    segment: vscode.l10n.t('Segment {number}', keep('number')),
    segmentOneFinding: vscode.l10n.t('Segment {number}, 1 finding', keep('number')),
    segmentFindings: vscode.l10n.t('Segment {number}, {count} findings', { ...keep('number'), ...keep('count') }),
    newerEnglish: vscode.l10n.t('Newer English: {english}', keep('english')),
    findings: vscode.l10n.t('Findings'),
    inParagraph: vscode.l10n.t('↑ in paragraph {id}', keep('id')),
    missing: vscode.l10n.t('missing'),
  };
}
