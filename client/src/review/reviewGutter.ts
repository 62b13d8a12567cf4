import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { SegmentReviewState } from '#protocol';
import type { ReviewModel } from './reviewModel';
import { ReviewStrings } from './strings';

/** Of several segments on a line, the mark of the one most in need of a reviewer. */
const RANK: Record<SegmentReviewState, number> = { 'changes-requested': 3, 'needs-review': 2, approved: 1, unreviewed: 0 };

type Marked = Exclude<SegmentReviewState, 'unreviewed'>;

/**
 * A mark in the gutter (and the overview ruler) on each line with a reviewed segment: approved,
 * changes requested, needs review. Unreviewed segments of a human translation have none.
 */
export class ReviewGutter implements vscode.Disposable {
  private readonly types: Record<Marked, vscode.TextEditorDecorationType>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly model: ReviewModel,
    private readonly client: LanguageClient,
    media: vscode.Uri,
  ) {
    const type = (icon: string, ruler: string) =>
      vscode.window.createTextEditorDecorationType({ gutterIconPath: vscode.Uri.joinPath(media, 'review', icon), gutterIconSize: '80%', overviewRulerColor: ruler, overviewRulerLane: vscode.OverviewRulerLane.Left });
    this.types = {
      approved: type('approved.svg', 'rgba(56, 138, 52, 0.7)'),
      'changes-requested': type('changes-requested.svg', 'rgba(199, 46, 15, 0.9)'),
      'needs-review': type('needs-review.svg', 'rgba(194, 136, 0, 0.8)'),
    };
    this.disposables.push(
      ...Object.values(this.types),
      model.onDidChange((e) => vscode.window.visibleTextEditors.filter((ed) => ed.document.uri.toString() === e.uri.toString()).forEach((ed) => this.paint(ed))),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((ed) => this.paint(ed))),
    );
  }

  /** The decorations of one editor from the model's states. */
  paint(editor: vscode.TextEditor): void {
    const state = this.model.get(editor.document.uri);
    const best = new Map<number, { state: SegmentReviewState; hover: string[] }>();
    for (const s of state?.segments ?? []) {
      if (s.state === 'unreviewed') continue;
      const line = s.range.start.line;
      const label = s.lapsed ? ReviewStrings.lapsedNote(ReviewStrings.state(s.state)) : ReviewStrings.state(s.state);
      const hover = `${s.label}: ${label}${s.by ? ` (${s.by}${s.at ? `, ${s.at.slice(0, 10)}` : ''})` : ''}`;
      const current = best.get(line);
      if (!current) best.set(line, { state: s.state, hover: [hover] });
      else {
        current.hover.push(hover);
        if (RANK[s.state] > RANK[current.state]) current.state = s.state;
      }
    }
    for (const marked of Object.keys(this.types) as Marked[]) {
      const options: vscode.DecorationOptions[] = [];
      for (const [line, b] of best) {
        if (b.state !== marked) continue;
        const position = this.client.protocol2CodeConverter.asPosition({ line, character: 0 });
        options.push({ range: new vscode.Range(position, position), hoverMessage: b.hover.join('\n\n') });
      }
      editor.setDecorations(this.types[marked], options);
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
