import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, Logger } from './core/languageService';
import type { DocumentReview } from './core/review/reviewFeatures';
import type { SxsDocument } from './core/model';
import { attentionReasons } from './core/review/attention';
import {
  ApproveAndNextRequest,
  CheckWorkspaceProgressNotification,
  CheckWorkspaceRequest,
  ClearWorkspaceCheckNotification,
  CopyEnglishRequest,
  FindAttentionRequest,
  ReviewRequest,
  ReviewStatesRequest,
  TranslatedLocalesRequest,
  type FileProgress,
  type SegmentReviewItem,
} from '#protocol';
import { runSafe, runSafeNotification } from './runSafe';

/**
 * The review requests (states, actions, the post-editing moves, Copy English) and the check
 * of a whole workspace into the diagnostics. Files a workspace check reported keep their
 * findings in the diagnostics after they are closed in the editor: they are read again from disk.
 */
export class ReviewHost {
  /** Files whose findings the last workspace check published, and that no open document owns. */
  private readonly checked = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: LanguageService,
    private readonly logger: Logger,
    private readonly readText: (uri: string) => Promise<string | undefined>,
  ) {
    this.register();
  }

  /** A document was closed: true when its findings stay (read again from disk), false when they are to be cleared. */
  closed(uri: string): boolean {
    if (!this.checked.has(uri)) return false;
    void this.republish(uri);
    return true;
  }

  private register(): void {
    const { connection, documents, service, logger } = this;
    const review = service.review;
    connection.onRequest(ReviewStatesRequest.type, (params, token) =>
      runSafe(logger, 'reviewStates', token, null, async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document || !review || !service.isLocalized(document)) return null;
        const version = document.version;
        const result = await review.documentReview(document);
        return { version, file: result.file, path: result.path, counts: result.counts, segments: items(service.model(document), result), ...(result.problem ? { problem: result.problem } : {}) };
      }),
    );
    connection.onRequest(FindAttentionRequest.type, (params, token) =>
      runSafe(logger, 'findAttention', token, null, async () => {
        const document = documents.get(params.textDocument.uri);
        const match = document && review && (await review.findAttention(document, params.position, params.direction, params.kinds));
        if (!match) return null;
        return { range: match.segment.translation.content.range, id: match.segment.id, reasons: match.reasons, wrapped: match.wrapped, ordinal: match.ordinal, total: match.total };
      }),
    );
    connection.onRequest(ReviewRequest.type, (params, token) =>
      runSafe(logger, 'review', token, { ok: false }, async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document || !review) return { ok: false };
        return review.apply(document, params.action, params.by);
      }),
    );
    connection.onRequest(ApproveAndNextRequest.type, (params, token) =>
      runSafe(logger, 'approveAndNext', token, { ok: false, next: null }, async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document || !review) return { ok: false, next: null };
        const doc = service.model(document);
        const offset = doc.lines.offsetAt(params.position);
        const segment = doc.segments.find((s) => s.full.start <= offset && offset <= s.full.end && s.number >= 0);
        let outcome: { ok: boolean; changed?: number; message?: string } = { ok: true };
        if (segment) {
          const label = segment.paragraph ? `p${segment.number}` : String(segment.number);
          outcome = await review.apply(document, { kind: 'set-state', state: 'approved', segments: [label] }, params.by);
          if (!outcome.ok) return { ...outcome, next: null };
        }
        const match = await review.findAttention(document, params.position, 'next', params.kinds);
        const next = match ? { range: match.segment.translation.content.range, id: match.segment.id, reasons: match.reasons, wrapped: match.wrapped, ordinal: match.ordinal, total: match.total } : null;
        return { ...outcome, ...(segment ? { approved: segment.id } : {}), next };
      }),
    );
    connection.onRequest(CopyEnglishRequest.type, (params, token) =>
      runSafe(logger, 'copyEnglish', token, null, () => {
        const document = documents.get(params.textDocument.uri);
        const edit = document && service.copyEnglish(document, params.position);
        return edit ? { id: edit.id, version: document.version, edit: { range: edit.range, newText: edit.newText } } : null;
      }),
    );
    connection.onRequest(CheckWorkspaceRequest.type, (params, token) =>
      runSafe(logger, 'checkWorkspace', token, { checked: 0, total: 0, cancelled: false, files: [] }, async () => {
        const files: FileProgress[] = [];
        const result = await service.checkWorkspace(params.locale, token, (file, diagnostics, done, total) => {
          files.push(file);
          // Open documents keep the diagnostics of their unsaved text.
          if (!documents.get(file.uri)) {
            this.checked.add(file.uri);
            void connection.sendDiagnostics({ uri: file.uri, diagnostics });
          }
          void connection.sendNotification(CheckWorkspaceProgressNotification.type, { done, total, file });
        });
        return { ...result, files };
      }),
    );
    connection.onRequest(TranslatedLocalesRequest.type, (token) =>
      runSafe(logger, 'translatedLocales', token, [], async () => {
        const index = service.index;
        if (!index) return [];
        if (index.state === 'idle') void index.build();
        await index.whenIdle();
        const counts = new Map<string, number>();
        for (const d of index.documents()) if (!d.english) counts.set(d.locale, (counts.get(d.locale) ?? 0) + 1);
        return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([locale, files]) => ({ locale, files }));
      }),
    );
    connection.onNotification(ClearWorkspaceCheckNotification.type, () =>
      runSafeNotification(logger, 'clearWorkspaceCheck', () => {
        for (const uri of this.checked) if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
        this.checked.clear();
      }),
    );
  }

  /** The findings of a closed file, as its disk text reads. */
  private async republish(uri: string): Promise<void> {
    try {
      const entry = this.service.index?.document(uri);
      const text = entry && (await this.readText(uri));
      if (!entry || text === undefined || this.documents.get(uri)) return;
      // As the workspace check reads a file that is not open: the index's stamp, negative, is its version.
      const diagnostics = await this.service.diagnostics({ uri, version: -entry.stamp, getText: () => text });
      if (!this.documents.get(uri)) await this.connection.sendDiagnostics({ uri, diagnostics });
    } catch (e) {
      this.logger.error(`Checking ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
}

/** Each segment's review for the client, with why it needs attention. */
function items(doc: SxsDocument, review: DocumentReview): SegmentReviewItem[] {
  const inputs = { reviews: review.segments, withFindings: review.withFindings, untranslated: review.untranslated };
  return review.segments.map((r) => {
    const segment = doc.segments[r.index];
    return {
      id: segment.id,
      label: r.label,
      range: segment.translation.content.range,
      state: r.state,
      changed: r.changed,
      lapsed: r.lapsed,
      reasons: attentionReasons(r.index, inputs),
      ...(r.record?.by ? { by: r.record.by } : {}),
      ...(r.record?.at ? { at: r.record.at } : {}),
      ...(r.record?.resolved ? { resolved: true } : {}),
      comments: r.record?.comments ?? [],
    };
  });
}
