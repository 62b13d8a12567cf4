import * as vscode from 'vscode';
import { URI } from 'vscode-uri';
import type { DocumentReviewState, ReviewModel } from './reviewModel';
import { ReviewStrings } from './strings';

/**
 * The review counter of the active file in the status bar: "12/87 · 3 changed · 2 to review"
 * (approved of all segments, segments whose English changed, segments needing review or with
 * changes requested). A click goes to the next segment needing attention.
 */
export class ReviewStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sxsDocs.reviewStatus', vscode.StatusBarAlignment.Right, 99);
  private readonly disposables: vscode.Disposable[] = [];
  /** What the item shows (for the tests); undefined when hidden. */
  text: string | undefined;

  constructor(
    private readonly model: ReviewModel,
    command: string,
  ) {
    this.item.name = ReviewStrings.statusName;
    this.item.command = command;
    this.disposables.push(
      this.item,
      model.onDidChange((e) => {
        if (e.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  private update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const state = uri && this.model.get(uri);
    if (!state || !state.counts.segments) {
      this.text = undefined;
      this.item.hide();
      return;
    }
    this.show(state);
  }

  private show(state: DocumentReviewState): void {
    const { approved, segments, changed, toReview } = state.counts;
    this.text = ReviewStrings.statusText(approved, segments, changed, toReview);
    this.item.text = `$(checklist) ${this.text}`;
    this.item.tooltip = state.problem ? ReviewStrings.statusProblem(state.problem) : ReviewStrings.statusTooltip(approved, segments, changed, toReview, URI.parse(state.file).path);
    this.item.backgroundColor = state.problem ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
