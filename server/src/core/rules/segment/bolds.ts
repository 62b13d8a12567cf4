/**
 * A side's bold spans as the rules on bolds read them, worked out once per side of a segment:
 * emphasis-misplaced runs a dozen tests on the bolds of every segment that has some, and each
 * read the same spans, their texts and their words again.
 */
import type { InlineText } from '../../inline/inlineText';
import type { EmphasisSpan } from '../../inline/tokens';
import { labelKey } from '../../terms/observe';
import { wordsOf } from './spanBounds';

/** The bold spans of a side, in order, with what is read of each (each list read when first asked for). */
export class Bolds {
  readonly spans: readonly EmphasisSpan[];
  private _texts?: readonly string[];
  private _words?: readonly (readonly string[])[];
  private _keys?: readonly string[];

  constructor(private readonly side: InlineText) {
    this.spans = side.emphasis.spans.filter((x) => x.strong);
  }

  /** Each bold's content as written. */
  get texts(): readonly string[] {
    return (this._texts ??= this.spans.map((x) => this.side.slice({ start: x.contentStart, end: x.contentEnd })));
  }

  /** The words of each bold's content ({@link wordsOf}). */
  get words(): readonly (readonly string[])[] {
    return (this._words ??= this.texts.map(wordsOf));
  }

  /** Each bold's content as labels are compared ({@link labelKey}). */
  get keys(): readonly string[] {
    return (this._keys ??= this.texts.map(labelKey));
  }
}

const readBolds = (side: InlineText) => new Bolds(side);

/** The side's {@link Bolds}, read once for all the rules of its segment. */
export function boldsOf(side: InlineText): Bolds {
  return side.derived(readBolds);
}
