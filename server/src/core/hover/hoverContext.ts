import type { SegmentState } from '../changes/segmentChanges';
import type { L10n } from '../l10n';
import type { Segment } from '../model';
import type { CounterpartSource } from './counterparts';

/** What a hover may know besides the document. */
export interface HoverContext {
  /** The document's URI: relative links in the texts resolve against it. */
  readonly uri?: string;
  /** The workspace folders' URIs: relative links that resolve outside them are not links. */
  readonly roots?: readonly string[];
  /** The same segment in the other locales (the locale index); no table without it. */
  readonly counterparts?: CounterpartSource;
  /** The display language; English without it. */
  readonly l10n?: L10n;
  /** What became of a segment's English in the current English, and the locale version it was read from (none: the English source); no diff without it. */
  readonly changes?: (segment: Segment) => { readonly state: SegmentState; readonly fromLocale: string | undefined } | undefined;
  /** Lines added under the English of a segment (its glossary terms, its translation memory matches). */
  readonly notes?: (segment: Segment) => readonly string[];
}
