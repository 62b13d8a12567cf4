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
  const m = SEGMENT_ID.exec(id);
  if (m) return { prefix: m[1], number: Number(m[3]), paragraph: m[2] === 'p', wellFormed: true };
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
