import type { Range } from 'vscode-languageserver-types';
import type { SxsDocument } from '../model';
import type { Heading } from '../outline/headings';

/** The markup a reader of the translation can look past: what the editor dims or hides. */
export interface MarkupRanges {
  /** Every English lookup span, whole: `<span class="sxs-lookup"><span data-stu-id="…">…</span></span>`. */
  readonly lookups: Range[];
  /** The translation spans' tags (`<span data-ttu-id="…">` with its id attribute, and `</span>`). */
  readonly tags: Range[];
  /** The headings' `<a name="…"></a>` anchors. */
  readonly anchors: Range[];
}

/** Where the markup around the translations is, from the parsed model. */
export function markupRanges(doc: SxsDocument, headings: readonly Heading[]): MarkupRanges {
  const lookups: Range[] = [];
  const tags: Range[] = [];
  for (const s of doc.segments) {
    const t = s.translation;
    tags.push(doc.lines.rangeOf(t.full.start, t.content.start));
    if (t.full.end > t.content.end) tags.push(doc.lines.rangeOf(t.content.end, t.full.end));
    if (s.source) lookups.push(doc.lines.rangeOf(t.full.end, s.full.end));
  }
  for (const o of doc.orphanLookups) lookups.push(o.source.full.range);
  const anchors = headings.flatMap((h) => (h.anchor ? [h.anchor.span.range] : []));
  return { lookups, tags, anchors };
}
