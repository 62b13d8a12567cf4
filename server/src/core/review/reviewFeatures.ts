import type { Position } from 'vscode-languageserver-types';
import type { LocaleContext } from '../crossLocale/localeContext';
import type { TextDocumentLike } from '../documentCache';
import type { L10n } from '../l10n';
import type { SxsDocument } from '../model';
import type { Direction, SegmentMatch } from '../reading/findSegment';
import { plainText } from '../markdown/plainText';
import { untranslatedReason } from '../reading/untranslated';
import type { Finding } from '../rules/rule';
import type { IWorkspace } from '../workspace';
import { findAttention, type AttentionKind } from './attention';
import { changedSegments } from './changedSegments';
import { applyReviewAction, type ReviewAction } from './reviewActions';
import { reviewLocation } from './reviewLocation';
import { reviewCounts, segmentReviews, type ReviewCounts, type SegmentReview } from './reviewStates';
import { ReviewStore, type UpdateResult, type WriteText } from './reviewStore';

export interface ReviewFeaturesOptions {
  readonly workspace: IWorkspace;
  readonly write?: WriteText;
  readonly model: (document: TextDocumentLike) => SxsDocument;
  readonly localeContext: (document: TextDocumentLike) => Promise<LocaleContext | undefined>;
  readonly findings: (document: TextDocumentLike) => Promise<readonly Finding[]>;
  /** The do-not-translate terms that apply to the document (for "untranslated"). */
  readonly doNotTranslate: (document: TextDocumentLike) => Promise<readonly string[]>;
  readonly l10n: L10n;
}

/** The review of one document at its current version. */
export interface DocumentReview {
  /** The review file's URI. */
  readonly file: string;
  /** The document's path in it. */
  readonly path: string;
  readonly segments: readonly SegmentReview[];
  readonly counts: ReviewCounts;
  /** Words of the English of the changed segments (as the lookups carry it): how much there is to translate again. */
  readonly changedWords: number;
  /** Segments with a finding, and segments not translated, by index. */
  readonly withFindings: ReadonlySet<number>;
  readonly untranslated: ReadonlySet<number>;
  /** Why the review file could not be read (its states are then not shown, and not written). */
  readonly problem?: string;
}

export interface ReviewFeatures {
  documentReview(document: TextDocumentLike): Promise<DocumentReview>;
  /** The next or previous segment needing attention (of the kinds given; all without them). */
  findAttention(document: TextDocumentLike, position: Position, direction: Direction, kinds?: readonly AttentionKind[]): Promise<(SegmentMatch & { reasons: AttentionKind[] }) | undefined>;
  /** Records a reviewer's action in the review file. */
  apply(document: TextDocumentLike, action: ReviewAction, by: string, at?: Date): Promise<UpdateResult & { changed?: number }>;
}

/** Review states of segments, kept in the review file of each locale repository (see reviewFile.ts). */
export function createReviewFeatures(options: ReviewFeaturesOptions): ReviewFeatures {
  const store = new ReviewStore(options.workspace, options.write, options.l10n);
  const documentReview = async (document: TextDocumentLike): Promise<DocumentReview> => {
    const doc = options.model(document);
    const location = reviewLocation(document.uri, options.workspace.folders);
    // The findings first: checking the document prepares the locale context that the changes are read from.
    const findings = await options.findings(document);
    const [read, context, terms] = await Promise.all([store.read(location.file), options.localeContext(document), options.doNotTranslate(document)]);
    const segments = segmentReviews(doc, location.path, read.records, changedSegments(context?.alignment));
    const allTerms = [...terms, ...doc.keys.noLoc];
    return {
      file: location.file,
      path: location.path,
      segments,
      counts: reviewCounts(segments),
      changedWords: segments.reduce((n, r) => (r.changed ? n + wordCount(plainText(doc.segments[r.index].source?.text ?? '')) : n), 0),
      withFindings: new Set(findings.flatMap((f) => (f.segment ? [f.segment.index] : []))),
      untranslated: new Set(doc.segments.filter((s) => untranslatedReason(s, allTerms) !== undefined).map((s) => s.index)),
      ...(read.problem ? { problem: read.problem } : {}),
    };
  };
  return {
    documentReview,
    async findAttention(document, position, direction, kinds) {
      const doc = options.model(document);
      const review = await documentReview(document);
      return findAttention(doc, doc.lines.offsetAt(position), direction, { reviews: review.segments, withFindings: review.withFindings, untranslated: review.untranslated }, kinds);
    },
    async apply(document, action, by, at = new Date()) {
      const doc = options.model(document);
      const review = await documentReview(document);
      if (review.problem) return { ok: false, message: review.problem };
      let changed = 0;
      const result = await store.update(review.file, (records) => {
        const next = applyReviewAction(records, action, { doc, path: review.path, reviews: review.segments, untranslated: review.untranslated, by, at: at.toISOString() });
        changed = next.changed;
        return next.records;
      });
      return result.ok ? { ok: true, changed } : result;
    },
  };
}

/** Words as a translator counts them: runs of letters or digits (with inner apostrophes and hyphens). */
function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
