import type { Segment } from '../model';
import type { L10n } from '../l10n';
import type { CounterpartSource } from './counterparts';

/** What a hover may know besides the document. */
export interface HoverContext {
  /** The document's URI: relative links in the texts resolve against it. */
  readonly uri?: string;
  /** The same segment in the other locales (the locale index); no table without it. */
  readonly counterparts?: CounterpartSource;
  /** The display language; English without it. */
  readonly l10n?: L10n;
  /** Lines added under the English of a segment (its glossary terms, its translation memory matches). */
  readonly notes?: (segment: Segment) => readonly string[];
}
