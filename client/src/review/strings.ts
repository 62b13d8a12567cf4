import * as vscode from 'vscode';
import type { AttentionKind, SegmentReviewState } from '#protocol';

/** What the review features say, in one place, in the display language. */
export const ReviewStrings = {
  get noEditor() {
    return vscode.l10n.t('Open a Markdown file to use this command.');
  },
  get notLocalized() {
    return vscode.l10n.t('Side-by-Side Docs: this file has no translated segments to review.');
  },
  get noSegment() {
    return vscode.l10n.t('Side-by-Side Docs: put the cursor on a translated segment first.');
  },
  state(state: SegmentReviewState): string {
    switch (state) {
      case 'approved':
        return vscode.l10n.t('Approved');
      case 'changes-requested':
        return vscode.l10n.t('Changes requested');
      case 'needs-review':
        return vscode.l10n.t('Needs review');
      default:
        return vscode.l10n.t('Not reviewed');
    }
  },
  reason(kind: AttentionKind): string {
    switch (kind) {
      case 'changed':
        return vscode.l10n.t('English changed');
      case 'finding':
        return vscode.l10n.t('has a finding');
      case 'unreviewed':
        return vscode.l10n.t('to review');
      default:
        return vscode.l10n.t('untranslated');
    }
  },
  reasonDetail(kind: AttentionKind): string {
    switch (kind) {
      case 'changed':
        return vscode.l10n.t('Segments whose English changed since they were translated, and not approved since');
      case 'finding':
        return vscode.l10n.t('Segments with a finding of the checks');
      case 'unreviewed':
        return vscode.l10n.t('Segments that need review (machine-translated, changed, marked) or have changes requested');
      default:
        return vscode.l10n.t('Segments whose translation is empty or reads the same as the English');
    }
  },
  get chooseAttention() {
    return vscode.l10n.t('What Next and Previous Segment Needing Attention stop at');
  },
  get noneChosen() {
    return vscode.l10n.t('Side-by-Side Docs: choose at least one kind of segment; the choice was left as it was.');
  },
  noAttention: (kinds: string) => vscode.l10n.t('Side-by-Side Docs: no segment in this file needs attention ({kinds}).', { kinds }),
  attention: (ordinal: number, total: number, id: string, reasons: string) => vscode.l10n.t('Side-by-Side Docs: segment {ordinal} of {total} needing attention ({id}): {reasons}.', { ordinal, total, id, reasons }),
  wrappedTop: (message: string) => vscode.l10n.t('{message} Continued from the top of the file.', { message }),
  wrappedBottom: (message: string) => vscode.l10n.t('{message} Continued from the end of the file.', { message }),
  approved: (id: string) => vscode.l10n.t('Side-by-Side Docs: {id} approved.', { id }),
  approvedAndDone: (id: string) => vscode.l10n.t('Side-by-Side Docs: {id} approved. No other segment in this file needs attention.', { id }),
  approvedMany: (count: number) => (count === 1 ? vscode.l10n.t('Side-by-Side Docs: 1 unchanged segment approved.') : vscode.l10n.t('Side-by-Side Docs: {count} unchanged segments approved.', { count })),
  get nothingToApprove() {
    return vscode.l10n.t('Side-by-Side Docs: every unchanged, translated segment was already approved (or has changes requested).');
  },
  markedNeedsReview: (id: string) => vscode.l10n.t('Side-by-Side Docs: {id} marked as needing review.', { id }),
  changesRequested: (id: string) => vscode.l10n.t('Side-by-Side Docs: changes requested on {id}.', { id }),
  copiedEnglish: (id: string) => vscode.l10n.t('Side-by-Side Docs: the English of {id} copied into its translation.', { id }),
  get emptyComment() {
    return vscode.l10n.t('Write a comment first.');
  },
  get openReviewFile() {
    return vscode.l10n.t('Open the Review File');
  },
  threadLabel: (label: string, state: string) => vscode.l10n.t('Segment {label} · {state}', { label, state }),
  lapsedNote: (state: string) => vscode.l10n.t('{state} (the English or the translation changed since: the earlier state no longer holds)', { state }),
  statusText: (approved: number, segments: number, changed: number, toReview: number) =>
    vscode.l10n.t('{approved}/{segments} · {changed} changed · {toReview} to review', { approved, segments, changed, toReview }),
  statusTooltip: (approved: number, segments: number, changed: number, toReview: number, file: string) =>
    vscode.l10n.t('Review: {approved} of {segments} segments approved; {changed} with changed English; {toReview} needing review or with changes requested. Review states are kept in {file}. Click for the next segment needing attention.', {
      approved,
      segments,
      changed,
      toReview,
      file,
    }),
  get statusName() {
    return vscode.l10n.t('Side-by-Side Docs: review progress');
  },
  statusProblem: (problem: string) => vscode.l10n.t('Review states cannot be shown: {problem}', { problem }),
  get everyLocale() {
    return vscode.l10n.t('Every locale');
  },
  files: (count: number) => (count === 1 ? vscode.l10n.t('1 file') : vscode.l10n.t('{count} files', { count })),
  get pickLocale() {
    return vscode.l10n.t('Check the translated files of which locale?');
  },
  get checking() {
    return vscode.l10n.t('Side-by-Side Docs: checking the workspace');
  },
  checkingProgress: (done: number, total: number) => vscode.l10n.t('{done} of {total} files', { done, total }),
  checked: (checked: number, findings: number) => vscode.l10n.t('Side-by-Side Docs: {checked} files checked, {findings} findings in the Problems panel.', { checked, findings }),
  checkCancelled: (checked: number, total: number) => vscode.l10n.t('Side-by-Side Docs: check stopped after {checked} of {total} files; their findings are in the Problems panel.', { checked, total }),
  get noIndexedFiles() {
    return vscode.l10n.t('Side-by-Side Docs: the workspace has no translated files in the locale index.');
  },
  fileDescription: (approved: number, segments: number, changed: number, findings: number) =>
    vscode.l10n.t('{approved}/{segments} approved · {changed} changed · {findings} findings', { approved, segments, changed, findings }),
  fileTooltip: (f: { segments: number; approved: number; changed: number; changedWords: number; toReview: number; untranslated: number; findings: number; type: string }) =>
    vscode.l10n.t('{type}. {segments} segments: {approved} approved, {toReview} to review, {changed} with changed English ({changedWords} English words), {untranslated} untranslated. {findings} findings.', f),
  machineShare: (share: number) => vscode.l10n.t('{share}% MT', { share }),
  get machine() {
    return vscode.l10n.t('Machine translation (MT)');
  },
  get human() {
    return vscode.l10n.t('Human translation (HT)');
  },
  get unknownType() {
    return vscode.l10n.t('Translation type not given');
  },
};
