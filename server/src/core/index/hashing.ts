/**
 * Hashes the index keeps instead of texts. Segment texts are reduced to 64 bits (two
 * 32-bit halves, the two lanes of cyrb53), enough to tell same from different across a
 * locale's hundreds of thousands of segments without holding the texts.
 */

/** A 64-bit hash of a string as two 32-bit integers. */
export function hash64(text: string): [number, number] {
  const h = new Hasher();
  for (let i = 0; i < text.length; i++) h.add(text.charCodeAt(i));
  return h.digest();
}

/**
 * `hash64(collapseWhitespace(text))` with `[` and `]` left out, without building the
 * intermediate strings (the index hashes every segment of the workspace this way).
 */
export function hash64Collapsed(text: string, skipBrackets: boolean): [number, number] {
  const h = new Hasher();
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isJsWhitespace(c)) {
      pendingSpace = started;
      continue;
    }
    if (skipBrackets && (c === 0x5b || c === 0x5d)) continue;
    if (pendingSpace) h.add(0x20);
    pendingSpace = false;
    started = true;
    h.add(c);
  }
  return h.digest();
}

/**
 * A hash of the words of a text: letters and digits in order, with every run of anything
 * else (spaces, punctuation, Markdown markers) counted as one separator. Two translations
 * with the same hash differ at most in markup, spacing and punctuation.
 */
export function hash64Words(text: string): [number, number] {
  const h = new Hasher();
  let pendingSeparator = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWordCharacter(c)) {
      pendingSeparator = started;
      continue;
    }
    if (pendingSeparator) h.add(0x20);
    pendingSeparator = false;
    started = true;
    h.add(c);
  }
  return h.digest();
}

/** Letters and digits, approximately: ASCII ones, and any other character outside the punctuation and space blocks. */
function isWordCharacter(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c <= 0xbf) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation, spaces
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK symbols and punctuation
  if (c >= 0xfe30 && c <= 0xfe4f) return false; // CJK compatibility forms
  if (c >= 0xff00 && c <= 0xff0f) return false; // fullwidth punctuation
  if ((c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65)) return false;
  return c !== 0xfeff;
}

/** The characters JavaScript's `\s` matches. */
function isJsWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The two lanes of cyrb53: a 64-bit hash fed with numbers (char codes, or any integers), as two 32-bit halves. */
export class Hasher {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, 2654435761);
    this.h2 = Math.imul(this.h2 ^ c, 1597334677);
  }

  digest(): [number, number] {
    let { h1, h2 } = this;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return [h1 | 0, h2 | 0];
  }
}

/**
 * `ms.openlocfilehash` of an English source: the SHA-1 of the file with its line endings
 * converted to CRLF (FORMAT.md), as lower-case hex. Uses the platform's Web Crypto, which
 * Node and browsers both have.
 */
export async function sourceFileHash(text: string): Promise<string> {
  const crlf = text.replace(/\r\n|\r|\n/g, '\r\n');
  const digest = await globalThis.crypto.subtle.digest('SHA-1', new TextEncoder().encode(crlf));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A copy of a short string that does not share memory with the text it was cut from.
 * V8 keeps a substring of 13 characters or more as a slice of its parent, so a hash read
 * from front matter would otherwise keep the whole file's text alive in the index.
 */
export function detach(text: string | undefined): string | undefined {
  if (text === undefined || text.length < 13) return text;
  // Concatenating makes a new string; slicing that one keeps only it (a few dozen bytes) alive.
  return ` ${text}`.slice(1);
}
