/**
 * `text.toLowerCase()` of the same length, so that offsets in it still hold in the text: a
 * character whose small form is longer stays as written. Only the Turkish capital "İ" is one in
 * practice: `toLowerCase` makes it "i̇", two characters, and every offset after it would be one off.
 */
export function lowerCaseKeepingOffsets(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) return lowered;
  let out = '';
  for (const c of text) {
    const small = c.toLowerCase();
    out += small.length === c.length ? small : c;
  }
  return out;
}
