import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SxsDocsApi } from '../../client/src/extension';
import { browserRequest, openAndCheck, sampleUri, screenshot, waitForDiagnostics, withDeadline } from './util';

const RO = ['contoso-docs-pr.ro-RO', 'articles', 'sync-files.md'];
const REVIEW_FILE = ['contoso-docs-pr.ro-RO', '.sxs-review.jsonl'];

async function api(): Promise<SxsDocsApi> {
  const extension = vscode.extensions.getExtension<SxsDocsApi>('sxs-docs.sxs-docs');
  assert.ok(extension, 'the extension is not installed');
  return withDeadline(extension.activate(), 'the extension to activate');
}

/** Resolves when `check` holds, checking now and after each of the events; rejects at the deadline. */
function waitUntil(check: () => boolean, events: vscode.Event<unknown>[], what: string): Promise<void> {
  return withDeadline(
    new Promise<void>((resolve) => {
      const listeners: vscode.Disposable[] = [];
      const test = () => {
        if (!check()) return;
        listeners.forEach((l) => l.dispose());
        resolve();
      };
      listeners.push(...events.map((e) => e(test)));
      test();
    }),
    what,
  );
}

async function reviewFileText(): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(sampleUri(...REVIEW_FILE)));
  } catch {
    return '';
  }
}

describe('VS Code: review', () => {
  after(async () => {
    await vscode.commands.executeCommand('sxsDocs.clearWorkspaceCheck');
    await vscode.workspace.fs.delete(sampleUri(...REVIEW_FILE)).then(undefined, () => undefined);
  });

  it('counts the file in the status bar, and Approve and Next approves into the review file and moves on', async () => {
    const { editor } = await openAndCheck(sampleUri(...RO));
    const review = (await api()).review;
    // The changed segments come from the checks across locales, which wait for the locale index:
    // the model reads the states again when the file's diagnostics change, so wait on it.
    void review.model.refresh(editor.document);
    await waitUntil(() => (review.model.get(editor.document.uri)?.counts.changed ?? 0) > 0, [review.model.onDidChange], 'the changed segments of the file');
    const before = review.model.get(editor.document.uri)!;
    // An MT file: every segment needs review until approved.
    assert.equal(before.counts.toReview, before.counts.segments);
    await waitUntil(() => review.status.text === `0/${before.counts.segments} · ${before.counts.changed} changed · ${before.counts.segments} to review`, [review.model.onDidChange], 'the status bar counter');

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('sxsDocs.goToNextAttention');
    const first = review.model.segmentAt(editor.document.uri, editor.selection.active);
    assert.ok(first, 'the cursor is on a segment');
    await vscode.commands.executeCommand('sxsDocs.approveAndNext');
    const text = await reviewFileText();
    assert.match(text, new RegExp(`"path":"articles/sync-files.md","segment":"${first.label}","state":"approved"`));
    const second = review.model.segmentAt(editor.document.uri, editor.selection.active);
    assert.ok(second && second.label !== first.label, 'the cursor moved to another segment');
    await waitUntil(() => review.status.text?.startsWith(`1/${before.counts.segments} `) ?? false, [review.model.onDidChange], 'the counter to count the approval');
    await vscode.commands.executeCommand('sxsDocs.approveAndNext');
    await waitUntil(() => review.status.text?.startsWith(`2/${before.counts.segments} `) ?? false, [review.model.onDidChange], 'the counter to count the second approval');
    await screenshot('review-approve-and-next');
  });

  it('keeps a comment thread on a segment, written to the review file, and requests changes from it', async () => {
    const { editor } = await openAndCheck(sampleUri(...RO));
    const review = (await api()).review;
    await review.model.refresh(editor.document);
    const target = review.model.get(editor.document.uri)!.segments.find((s) => s.label === '111')!;
    const range = new vscode.Range(target.range.start.line, target.range.start.character, target.range.end.line, target.range.end.character);
    // A thread as the "+" in the gutter starts it: the reply box's buttons run our commands with a CommentReply.
    const scratch = vscode.comments.createCommentController('sxsDocs.test', 'test');
    try {
      const thread = scratch.createCommentThread(editor.document.uri, range, []);
      await vscode.commands.executeCommand('sxsDocs.review.requestChangesThread', { thread, text: 'Use „Sincronizare” as in the glossary.' });
    } finally {
      scratch.dispose();
    }
    const ours = review.comments.threadsOf(editor.document.uri).get('111');
    assert.ok(ours, 'a thread on segment 111');
    assert.deepEqual(ours.comments.map((c) => (c.body as vscode.MarkdownString).value), ['Use „Sincronizare” as in the glossary.']);
    assert.match(ours.label ?? '', /111 · Changes requested/);
    assert.match(await reviewFileText(), /"segment":"111","state":"changes-requested"[^\n]*"comments":\[\{"by":"[^"]+","at":"[^"]+","body":"Use „Sincronizare” as in the glossary\."\}\]/);
    ours.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    await screenshot('review-comment-thread', { waitFor: '.review-widget' });

    await vscode.commands.executeCommand('sxsDocs.review.resolveThread', ours);
    assert.match(await reviewFileText(), /"segment":"111"[^\n]*"resolved":true/);
  });

  it('checks the workspace into the Problems panel and fills the Translation Progress view', async () => {
    const review = (await api()).review;
    const result = await withDeadline(review.progress.check(''), 'the workspace check', 60_000);
    assert.ok(result && !result.cancelled, JSON.stringify(result));
    // The sample's locales (other tests add versions of other locales to the workspace).
    const locales = [...new Set(review.progress.checkedFiles.map((f) => f.locale))].sort();
    for (const locale of ['de-DE', 'fi-FI', 'it-IT', 'ro-RO']) assert.ok(locales.includes(locale), JSON.stringify(locales));
    // The file the tests above reviewed (other tests add files of their own to the workspace).
    const ro = review.progress.checkedFiles.find((f) => f.uri === sampleUri(...RO).toString())!;
    assert.ok(ro.approved >= 2 && ro.changed > 0, JSON.stringify(ro));
    // Every checked file with findings has them in the Problems panel (that a file never opened keeps
    // them is the protocol suite's test: here the other tests have opened the sample's files).
    for (const file of review.progress.checkedFiles.filter((f) => f.findings > 0)) {
      await waitForDiagnostics(vscode.Uri.parse(file.uri), (d) => d.filter((x) => x.source === 'sxs-docs').length > 0);
    }
    const roots = review.progress.getChildren();
    assert.deepEqual(roots.map((n) => review.progress.getTreeItem(n).label), locales);
    const roFolder = review.progress.getChildren(roots[locales.indexOf('ro-RO')])[0];
    assert.equal(review.progress.getTreeItem(roFolder).label, 'articles');
    await vscode.commands.executeCommand('sxsDocs.translationProgress.focus');
    // The view's own rows (the Explorer is not shown beside it): the locales, each with its figures.
    const rows = await browserRequest<string[]>({ kind: 'pageText', selector: '.monaco-list-row[aria-label*="approved"]' });
    if (rows) assert.ok(rows.some((r) => /ro-RO/.test(r) && /approved/.test(r)), JSON.stringify(rows));
    await screenshot('review-progress', { waitFor: '.monaco-list-row[aria-label*="approved"]' });
  });
});
