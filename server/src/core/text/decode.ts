/** How a file's bytes were written, so that a fix can write it back the same way. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  /** The text as an editor shows it: no byte order mark. */
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Bytes that are not valid in the encoding were read as U+FFFD (writing the text back would lose them). */
  readonly invalid: boolean;
}

/**
 * Reads a file's bytes as VS Code does: a byte order mark says UTF-8 or UTF-16 (and is not
 * part of the text), otherwise UTF-8, with invalid sequences as U+FFFD. Offsets in the
 * result are then the editor's offsets.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode(bytes.subarray(3), 'utf-8', 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes.subarray(2), 'utf-16le', 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes.subarray(2), 'utf-16be', 'utf-16be');
  return decode(bytes, 'utf-8', 'utf-8');
}

function decode(bytes: Uint8Array, label: string, encoding: TextEncoding): DecodedText {
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding, invalid: false };
  } catch {
    return { text: new TextDecoder(label, { fatal: false, ignoreBOM: true }).decode(bytes), encoding, invalid: true };
  }
}

/** Writes a text back in the encoding it was read in (with its byte order mark). */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(text));
    case 'utf-16le':
    case 'utf-16be': {
      const out = new Uint8Array(2 + text.length * 2);
      const le = encoding === 'utf-16le';
      out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[2 + 2 * i] = le ? c & 0xff : c >> 8;
        out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
      }
      return out;
    }
  }
}

function concat(head: number[], tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}
