import type { Segment, SxsDocument } from './model';

/** The document as a sequence: text between segments, and segments. */
export type Piece = { readonly kind: 'text'; readonly start: number; readonly end: number } | { readonly kind: 'segment'; readonly segment: Segment };

/** Cuts the document into pieces that cover it exactly, in order. */
export function documentPieces(doc: SxsDocument): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const segment of doc.segments) {
    if (segment.full.start > at) pieces.push({ kind: 'text', start: at, end: segment.full.start });
    pieces.push({ kind: 'segment', segment });
    at = segment.full.end;
  }
  if (at < doc.text.length) pieces.push({ kind: 'text', start: at, end: doc.text.length });
  return pieces;
}

/**
 * Writes the document back from its model: the text between segments, and each segment
 * from its markup and its two texts. Equal to the original for every document.
 */
export function reconstruct(doc: SxsDocument): string {
  const out: string[] = [];
  for (const piece of documentPieces(doc)) {
    if (piece.kind === 'text') {
      out.push(doc.text.slice(piece.start, piece.end));
      continue;
    }
    const { translation, source, full } = piece.segment;
    out.push(doc.text.slice(full.start, translation.content.start), translation.text);
    if (source) {
      out.push(doc.text.slice(translation.content.end, source.content.start), source.text, doc.text.slice(source.content.end, full.end));
    } else {
      out.push(doc.text.slice(translation.content.end, full.end));
    }
  }
  return out.join('');
}
