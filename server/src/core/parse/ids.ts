/** The form of a segment id: 5 hex digits of hand-off prefix, a dash, an optional `p`, the number. */
export const SEGMENT_ID = /^([0-9a-f]{5})-(p?)(\d+)$/;

export interface ParsedId {
  readonly prefix: string;
  readonly number: number;
  readonly paragraph: boolean;
  readonly wellFormed: boolean;
}

/** Splits a segment id into prefix, number and paragraph flag; tolerant of malformed ids. */
export function parseSegmentId(id: string): ParsedId {
  const wellFormed = readWellFormed(id);
  if (wellFormed) return wellFormed;
  const dash = id.lastIndexOf('-');
  const prefix = dash === -1 ? '' : id.slice(0, dash);
  const tail = dash === -1 ? id : id.slice(dash + 1);
  const digits = /^p?(\d{1,9})$/.exec(tail);
  return {
    prefix,
    number: digits ? Number(digits[1]) : -1,
    paragraph: tail.startsWith('p'),
    wellFormed: false,
  };
}

/**
 * An id of the form {@link SEGMENT_ID} read a character at a time (every segment's id is
 * read, and nearly all are of this form); undefined for any other.
 */
function readWellFormed(id: string): ParsedId | undefined {
  if (id.length < 7 || id.charCodeAt(5) !== 45 /* - */) return undefined;
  for (let i = 0; i < 5; i++) {
    const c = id.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return undefined;
  }
  const paragraph = id.charCodeAt(6) === 112; /* p */
  const digits = paragraph ? 7 : 6;
  if (digits >= id.length) return undefined;
  for (let i = digits; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return { prefix: id.slice(0, 5), number: Number(id.slice(digits)), paragraph, wellFormed: true };
}
