import { diffWordsWithSpace } from 'diff';
import { plainText } from '../markdown/plainText';

/** A run of words of a word-level diff. */
export interface DiffPart {
  readonly kind: 'same' | 'deleted' | 'inserted';
  readonly text: string;
}

/**
 * The word-level diff between the English a segment was translated from and the English
 * now, both as a reader sees them (plain text). When only the markup changed (a link
 * target, bold), the Markdown itself is compared, so that the change still shows.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  let a = plainText(before);
  let b = plainText(after);
  if (a === b) {
    a = before.replace(/\s+/g, ' ').trim();
    b = after.replace(/\s+/g, ' ').trim();
  }
  return diffWordsWithSpace(a, b).map((c) => ({ kind: c.added ? 'inserted' : c.removed ? 'deleted' : 'same', text: c.value }));
}
