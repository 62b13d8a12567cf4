import * as vscode from 'vscode';

/** What the Get Started walkthrough's commands say, in one place, in the display language. */
export const WalkthroughStrings = {
  get pickTitle() {
    return vscode.l10n.t('Where should the sample workspace be copied?');
  },
  get pickButton() {
    return vscode.l10n.t('Copy the Sample Here');
  },
  copyFailed: (error: string) => vscode.l10n.t('The sample workspace could not be copied: {error}', { error }),
  get sampleNotOpen() {
    return vscode.l10n.t('This step uses the sample workspace, which is not open in this window.');
  },
  get openSample() {
    return vscode.l10n.t('Open the Sample Workspace');
  },
  get noFinding() {
    return vscode.l10n.t('The sample file has no finding with a quick fix any more (was it fixed already?). Any light bulb in a localized file works the same way.');
  },
};
