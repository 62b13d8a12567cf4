import { comparableHash } from '../index/comparable';
import { hash64Collapsed } from '../index/hashing';
import type { Segment } from '../model';

/**
 * The hashes a review state is kept with. The English is hashed as the cross-locale checks
 * compare it (whitespace, link placement and locale folders in URLs are no change); the
 * translation with its whitespace collapsed, so that any edit to its words or markup lapses
 * an approval and reflowing a line does not.
 */
export function englishHash(segment: Segment): string {
  return hex(comparableHash(segment.source?.text ?? ''));
}

export function translationHash(segment: Segment): string {
  return hex(hash64Collapsed(segment.translation.text, false));
}

function hex([a, b]: [number, number]): string {
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
