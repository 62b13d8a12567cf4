import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { SegmentReviewItem } from '#protocol';
import type { DocumentReviewState, ReviewModel } from './reviewModel';
import { ReviewStrings } from './strings';

/** The commands of a comment thread's reply box and title (package.json `comments/commentThread/*` menus). */
export const THREAD_COMMANDS = {
  comment: 'sxsDocs.review.comment',
  approve: 'sxsDocs.review.approveThread',
  requestChanges: 'sxsDocs.review.requestChangesThread',
  resolve: 'sxsDocs.review.resolveThread',
  reopen: 'sxsDocs.review.reopenThread',
} as const;

/** The `commentController` of the menus' `when` clauses. */
export const COMMENT_CONTROLLER_ID = 'sxsDocs.review';

/**
 * Review threads through VS Code's Comments API: a thread on each segment that has comments in
 * the review file, and on any segment a reviewer starts one on (the "+" in the gutter). A
 * reply comments; the reply box's buttons also approve or request changes; the title resolves
 * or reopens. Every action goes to the server, which writes the review file; the threads are
 * then redrawn from what the file holds.
 */
export class ReviewComments implements vscode.Disposable {
  private readonly controller = vscode.comments.createCommentController(COMMENT_CONTROLLER_ID, 'Side-by-Side Docs review');
  /** Threads by document, then segment label. */
  private readonly threads = new Map<string, Map<string, vscode.CommentThread>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly model: ReviewModel,
    private readonly client: LanguageClient,
  ) {
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (document) => (this.model.get(document.uri)?.segments ?? []).map((s) => this.range(s)),
    };
    this.controller.options = { placeHolder: vscode.l10n.t('Comment on this segment (Ctrl+Enter)'), prompt: vscode.l10n.t('Comment on this segment') };
    this.disposables.push(
      this.controller,
      model.onDidChange((e) => ('cleared' in e ? this.clear(e.uri) : this.update(e))),
      vscode.commands.registerCommand(THREAD_COMMANDS.comment, (reply: vscode.CommentReply) => this.reply(reply, 'comment')),
      vscode.commands.registerCommand(THREAD_COMMANDS.approve, (reply: vscode.CommentReply | vscode.CommentThread) => this.reply(reply, 'approved')),
      vscode.commands.registerCommand(THREAD_COMMANDS.requestChanges, (reply: vscode.CommentReply) => this.reply(reply, 'changes-requested')),
      vscode.commands.registerCommand(THREAD_COMMANDS.resolve, (thread: vscode.CommentThread) => this.resolve(thread, true)),
      vscode.commands.registerCommand(THREAD_COMMANDS.reopen, (thread: vscode.CommentThread) => this.resolve(thread, false)),
    );
  }

  /** The threads of a document (for the tests): label → thread. */
  threadsOf(uri: vscode.Uri): ReadonlyMap<string, vscode.CommentThread> {
    return this.threads.get(uri.toString()) ?? new Map();
  }

  private range(s: SegmentReviewItem): vscode.Range {
    return this.client.protocol2CodeConverter.asRange(s.range);
  }

  /** Threads for the segments with comments; others' threads go (a thread being written stays). */
  private update(state: DocumentReviewState): void {
    const key = state.uri.toString();
    const threads = this.threads.get(key) ?? new Map<string, vscode.CommentThread>();
    this.threads.set(key, threads);
    const withComments = new Map(state.segments.filter((s) => s.comments.length).map((s) => [s.label, s]));
    for (const [label, thread] of threads) {
      if (!withComments.has(label)) {
        thread.dispose();
        threads.delete(label);
      }
    }
    for (const [label, s] of withComments) {
      const thread = threads.get(label) ?? this.controller.createCommentThread(state.uri, this.range(s), []);
      threads.set(label, thread);
      this.fill(thread, s);
    }
  }

  private fill(thread: vscode.CommentThread, s: SegmentReviewItem): void {
    const stateText = s.lapsed ? ReviewStrings.lapsedNote(ReviewStrings.state(s.state)) : ReviewStrings.state(s.state);
    thread.range = this.range(s);
    thread.label = ReviewStrings.threadLabel(s.label, stateText);
    thread.contextValue = s.resolved ? 'sxsResolved' : 'sxsOpen';
    thread.state = s.resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    thread.canReply = true;
    thread.comments = s.comments.map((c) => ({
      author: { name: c.by },
      body: new vscode.MarkdownString(c.body),
      mode: vscode.CommentMode.Preview,
      timestamp: new Date(c.at),
    }));
    if (!s.resolved && thread.collapsibleState === undefined) thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
  }

  private clear(uri: vscode.Uri): void {
    const threads = this.threads.get(uri.toString());
    threads?.forEach((t) => t.dispose());
    this.threads.delete(uri.toString());
  }

  /** A reply (or a new thread) with a comment, approving or requesting changes as it goes. */
  private async reply(reply: vscode.CommentReply | vscode.CommentThread, state: 'comment' | 'approved' | 'changes-requested'): Promise<void> {
    const thread = 'thread' in reply ? reply.thread : reply;
    const text = 'text' in reply ? reply.text.trim() : '';
    const document = await vscode.workspace.openTextDocument(thread.uri);
    const segment = this.segmentOf(thread);
    if (!segment) return void vscode.window.showWarningMessage(ReviewStrings.noSegment);
    if (state === 'comment' && !text) return void vscode.window.showWarningMessage(ReviewStrings.emptyComment);
    const ours = this.threads.get(thread.uri.toString())?.get(segment.label) === thread;
    if (text) {
      const saved = await this.model.act(document, { kind: 'comment', segment: segment.label, body: text });
      if (!saved.ok) return;
    }
    if (state !== 'comment') await this.model.act(document, { kind: 'set-state', state, segments: [segment.label] });
    // A thread the reviewer started is replaced by the one drawn from the review file.
    if (!ours) thread.dispose();
  }

  private async resolve(thread: vscode.CommentThread, resolved: boolean): Promise<void> {
    const segment = this.segmentOf(thread);
    if (!segment) return;
    await this.model.act(await vscode.workspace.openTextDocument(thread.uri), { kind: 'resolve', segment: segment.label, resolved });
  }

  private segmentOf(thread: vscode.CommentThread): SegmentReviewItem | undefined {
    const start = thread.range?.start;
    return start && this.model.segmentAt(thread.uri, start);
  }

  dispose(): void {
    this.threads.forEach((t) => t.forEach((x) => x.dispose()));
    this.disposables.forEach((d) => d.dispose());
  }
}
