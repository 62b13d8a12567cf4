import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocumentLike } from '../documentCache';
import type { IndexedDocument } from '../index/indexedDocument';
import type { CancellationTokenLike } from '../workspace';
import type { DocumentReview } from './reviewFeatures';

/** One translated file of a workspace check: its progress figures, and its findings as diagnostics. */
export interface FileProgress {
  readonly uri: string;
  readonly locale: string;
  /** `MT`, `HT`, or undefined. */
  readonly translationType: string | undefined;
  readonly segments: number;
  readonly approved: number;
  readonly changed: number;
  /** Words of the English of the changed segments. */
  readonly changedWords: number;
  readonly toReview: number;
  readonly untranslated: number;
  readonly findings: number;
  /** Why its review states could not be read, when they could not. */
  readonly reviewProblem?: string;
}

export interface WorkspaceCheckHost {
  /** The indexed documents (the English sources are left out). */
  readonly documents: () => Iterable<IndexedDocument>;
  /** The document to check: the open one, else the file's text. */
  readonly open: (entry: IndexedDocument) => Promise<TextDocumentLike | undefined>;
  readonly diagnostics: (document: TextDocumentLike) => Promise<Diagnostic[]>;
  readonly review: ((document: TextDocumentLike) => Promise<DocumentReview>) | undefined;
}

/**
 * Checks every translated file of the workspace (or of one locale), one at a time, giving
 * each file's diagnostics and figures as it goes; stops between files when cancelled.
 */
export async function checkWorkspace(
  host: WorkspaceCheckHost,
  locale: string | undefined,
  token: CancellationTokenLike,
  onFile: (file: FileProgress, diagnostics: Diagnostic[], done: number, total: number) => void,
): Promise<{ readonly checked: number; readonly total: number; readonly cancelled: boolean }> {
  const entries = [...host.documents()].filter((d) => !d.english && (!locale || d.locale.toLowerCase() === locale.toLowerCase())).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  let checked = 0;
  for (const entry of entries) {
    if (token.isCancellationRequested) return { checked, total: entries.length, cancelled: true };
    const document = await host.open(entry);
    if (!document) continue;
    const diagnostics = await host.diagnostics(document);
    const review = await host.review?.(document);
    checked++;
    onFile(
      {
        uri: entry.uri,
        locale: entry.locale,
        translationType: entry.translationType,
        segments: review?.counts.segments ?? entry.segments.length,
        approved: review?.counts.approved ?? 0,
        changed: review?.counts.changed ?? 0,
        changedWords: review?.changedWords ?? 0,
        toReview: review?.counts.toReview ?? 0,
        untranslated: review?.untranslated.size ?? 0,
        findings: diagnostics.length,
        ...(review?.problem ? { reviewProblem: review.problem } : {}),
      },
      diagnostics,
      checked,
      entries.length,
    );
  }
  return { checked, total: entries.length, cancelled: false };
}
