import fc from 'fast-check';

/**
 * Damage of the kind translators' edits leave behind, as fast-check arbitraries: a document
 * cut anywhere, tags deleted or doubled, quotes and ids broken, random bytes and NULs.
 */

export type Mutation = (text: string) => string;

/** Positions of every `<span`/`</span` tag, to aim at. */
function tagStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    if (text.startsWith('<span', i) || text.startsWith('</span', i)) out.push(i);
  }
  return out;
}

function tagEnd(text: string, start: number): number {
  const end = text.indexOf('>', start);
  return end === -1 ? text.length : end + 1;
}

/** Picks an element by a fraction in [0, 1). */
function pick<T>(items: readonly T[], at: number): T | undefined {
  return items.length ? items[Math.min(items.length - 1, Math.floor(at * items.length))] : undefined;
}

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((at): Mutation => (t) => t.slice(0, Math.floor(at * t.length))),
  fraction.map((at): Mutation => (t) => {
    const s = pick(tagStarts(t), at);
    return s === undefined ? t : t.slice(0, s) + t.slice(tagEnd(t, s));
  }),
  fraction.map((at): Mutation => (t) => {
    const s = pick(tagStarts(t), at);
    return s === undefined ? t : t.slice(0, tagEnd(t, s)) + t.slice(s);
  }),
  fc.tuple(fraction, fc.constantFrom('"', "'", '<', '>', '', '-', 'p', '=', ' ', '\n', '\r\n')).map(([at, c]): Mutation => (t) => {
    const s = pick(tagStarts(t), at);
    if (s === undefined) return t;
    const end = tagEnd(t, s);
    const q = t.indexOf('"', s);
    const i = q !== -1 && q < end ? q : s + 1;
    return t.slice(0, i) + c + t.slice(i + 1);
  }),
  fc.tuple(fraction, fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, bytes]): Mutation => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + String.fromCharCode(...bytes) + t.slice(i);
  }),
  fc.tuple(fraction, fc.constantFrom('\u0000', '\ufeff', '\ud800', '\udc00', '\u00a0', '\u202f', '\u200f', '\r')).map(([at, c]): Mutation => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + c + t.slice(i);
  }),
  fc.tuple(fraction, fraction).map(([a, b]): Mutation => (t) => {
    // Swap two stretches: a segment moved into another.
    const i = Math.floor(Math.min(a, b) * t.length);
    const j = Math.floor(Math.max(a, b) * t.length);
    return t.slice(0, i) + t.slice(j) + t.slice(i, j);
  }),
);

/** One to five mutations applied in turn. */
export const mutations: fc.Arbitrary<Mutation> = fc.array(mutation, { minLength: 1, maxLength: 5 }).map((ms) => (t) => ms.reduce((acc, m) => m(acc), t));
