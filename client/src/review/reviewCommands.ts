import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ApproveAndNextRequest, CopyEnglishRequest, FindAttentionRequest, type AttentionKind } from '#protocol';
import { reviewerName, type ReviewModel } from './reviewModel';
import { ReviewStrings } from './strings';

/** The review and post-editing commands (package.json `contributes.commands`). */
export const REVIEW_COMMANDS = {
  approveSegment: 'sxsDocs.approveSegment',
  approveAllUnchanged: 'sxsDocs.approveAllUnchanged',
  markNeedsReview: 'sxsDocs.markNeedsReview',
  requestChanges: 'sxsDocs.requestChanges',
  nextAttention: 'sxsDocs.goToNextAttention',
  previousAttention: 'sxsDocs.goToPreviousAttention',
  chooseAttention: 'sxsDocs.chooseAttention',
  approveAndNext: 'sxsDocs.approveAndNext',
  copyEnglish: 'sxsDocs.copyEnglish',
} as const;

const ALL_KINDS: readonly AttentionKind[] = ['changed', 'finding', 'unreviewed', 'untranslated'];
/** Where the choice of what needs attention is remembered, per workspace. */
const KINDS_KEY = 'sxsDocs.attentionKinds';
const STATUS_MS = 6000;

/** Registers the commands; the chosen kinds of attention are kept in the workspace state. */
export function registerReviewCommands(context: vscode.ExtensionContext, client: LanguageClient, model: ReviewModel): vscode.Disposable {
  const kinds = () => context.workspaceState.get<AttentionKind[]>(KINDS_KEY) ?? [...ALL_KINDS];
  const uriOf = (document: vscode.TextDocument) => client.code2ProtocolConverter.asUri(document.uri);

  /** The active editor and the segment under its cursor (the states read now, so that they are current). */
  const atCursor = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return void vscode.window.showInformationMessage(ReviewStrings.noEditor);
    const state = await model.refresh(editor.document);
    if (!state) return void vscode.window.showInformationMessage(ReviewStrings.notLocalized);
    const segment = model.segmentAt(editor.document.uri, editor.selection.active);
    if (!segment) return void vscode.window.showInformationMessage(ReviewStrings.noSegment);
    return { editor, segment };
  };

  const setState = async (state: 'approved' | 'needs-review' | 'changes-requested') => {
    const at = await atCursor();
    if (!at) return;
    const saved = await model.act(at.editor.document, { kind: 'set-state', state, segments: [at.segment.label] });
    if (!saved.ok) return;
    const say = state === 'approved' ? ReviewStrings.approved : state === 'needs-review' ? ReviewStrings.markedNeedsReview : ReviewStrings.changesRequested;
    vscode.window.setStatusBarMessage(say(at.segment.id), STATUS_MS);
  };

  const go = async (direction: 'next' | 'previous') => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return void vscode.window.showInformationMessage(ReviewStrings.noEditor);
    const chosen = kinds();
    const match = await client.sendRequest(FindAttentionRequest.type, { textDocument: { uri: uriOf(editor.document) }, position: client.code2ProtocolConverter.asPosition(editor.selection.active), direction, kinds: chosen });
    if (!match) return void vscode.window.setStatusBarMessage(ReviewStrings.noAttention(chosen.map((k) => ReviewStrings.reason(k)).join(', ')), STATUS_MS);
    reveal(editor, client.protocol2CodeConverter.asRange(match.range).start);
    vscode.window.setStatusBarMessage(describe(match, direction), STATUS_MS);
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(REVIEW_COMMANDS.approveSegment, () => setState('approved')),
    vscode.commands.registerCommand(REVIEW_COMMANDS.markNeedsReview, () => setState('needs-review')),
    vscode.commands.registerCommand(REVIEW_COMMANDS.requestChanges, () => setState('changes-requested')),
    vscode.commands.registerCommand(REVIEW_COMMANDS.approveAllUnchanged, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return void vscode.window.showInformationMessage(ReviewStrings.noEditor);
      if (!(await model.refresh(editor.document))) return void vscode.window.showInformationMessage(ReviewStrings.notLocalized);
      const saved = await model.act(editor.document, { kind: 'approve-unchanged' });
      if (saved.ok) void vscode.window.showInformationMessage(saved.changed ? ReviewStrings.approvedMany(saved.changed) : ReviewStrings.nothingToApprove);
    }),
    vscode.commands.registerCommand(REVIEW_COMMANDS.nextAttention, () => go('next')),
    vscode.commands.registerCommand(REVIEW_COMMANDS.previousAttention, () => go('previous')),
    vscode.commands.registerCommand(REVIEW_COMMANDS.chooseAttention, async () => {
      const current = kinds();
      const items = ALL_KINDS.map((kind) => ({ label: ReviewStrings.reason(kind), detail: ReviewStrings.reasonDetail(kind), attention: kind, picked: current.includes(kind) }));
      const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: ReviewStrings.chooseAttention });
      if (!picked) return;
      if (!picked.length) return void vscode.window.showWarningMessage(ReviewStrings.noneChosen);
      await context.workspaceState.update(KINDS_KEY, picked.map((p) => p.attention));
    }),
    vscode.commands.registerCommand(REVIEW_COMMANDS.approveAndNext, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return void vscode.window.showInformationMessage(ReviewStrings.noEditor);
      // Unsaved edits count: the approval is of the translation as it reads now.
      const result = await client.sendRequest(ApproveAndNextRequest.type, { textDocument: { uri: uriOf(editor.document) }, position: client.code2ProtocolConverter.asPosition(editor.selection.active), by: reviewerName(), kinds: kinds() });
      if (!result.ok) {
        if (result.message) model.showProblem(model.get(editor.document.uri)?.file, result.message);
        return;
      }
      void model.refresh(editor.document);
      if (result.next) {
        reveal(editor, client.protocol2CodeConverter.asRange(result.next.range).start);
        const message = describe(result.next, 'next');
        vscode.window.setStatusBarMessage(result.approved ? `${ReviewStrings.approved(result.approved)} ${message}` : message, STATUS_MS);
      } else if (result.approved) vscode.window.setStatusBarMessage(ReviewStrings.approvedAndDone(result.approved), STATUS_MS);
      else vscode.window.setStatusBarMessage(ReviewStrings.noAttention(kinds().map((k) => ReviewStrings.reason(k)).join(', ')), STATUS_MS);
    }),
    vscode.commands.registerCommand(REVIEW_COMMANDS.copyEnglish, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return void vscode.window.showInformationMessage(ReviewStrings.noEditor);
      const result = await client.sendRequest(CopyEnglishRequest.type, { textDocument: { uri: uriOf(editor.document) }, position: client.code2ProtocolConverter.asPosition(editor.selection.active) });
      if (!result) return void vscode.window.showInformationMessage(ReviewStrings.noSegment);
      // An edit made for another version of the text is not applied: the user typed meanwhile.
      if (result.version !== editor.document.version) return;
      const range = client.protocol2CodeConverter.asRange(result.edit.range);
      const done = await editor.edit((b) => b.replace(range, result.edit.newText));
      if (done) {
        editor.selection = new vscode.Selection(range.start, editor.document.positionAt(editor.document.offsetAt(range.start) + result.edit.newText.length));
        vscode.window.setStatusBarMessage(ReviewStrings.copiedEnglish(result.id), STATUS_MS);
      }
    }),
  );
}

function describe(match: FindAttentionRequest.Result, direction: 'next' | 'previous'): string {
  const message = ReviewStrings.attention(match.ordinal, match.total, match.id, match.reasons.map((r) => ReviewStrings.reason(r)).join(', '));
  if (!match.wrapped) return message;
  return direction === 'next' ? ReviewStrings.wrappedTop(message) : ReviewStrings.wrappedBottom(message);
}

function reveal(editor: vscode.TextEditor, position: vscode.Position): void {
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
