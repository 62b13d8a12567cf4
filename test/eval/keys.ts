/** How a labelled segment or finding is named in the evaluation set, so a label lapses when the corpus changes. */
import { createHash } from 'node:crypto';

export interface SegmentKey {
  /** Path from the corpus root, with `/` (`OfficeDocs-AlchemyInsights-pr.de-DE/AlchemyInsights/x.md`). */
  readonly file: string;
  /** The segment's translation id. */
  readonly id: string;
  /** The first 12 hex digits of the SHA-1 of the English lookup's raw text. */
  readonly englishHash: string;
  /** The same of the translation's raw text. */
  readonly translationHash: string;
  /** Which part of the set: tuned on, or measured on. */
  readonly split: 'tune' | 'test';
}

export function textHash(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 12);
}

/**
 * The part of the set a document belongs to, by its path without the locale folder, so all
 * locale versions of one document fall on the same side.
 */
export function splitOf(file: string): 'tune' | 'test' {
  const document = file.split('/').slice(1).join('/');
  return createHash('sha1').update(document).digest()[0]! % 2 === 0 ? 'tune' : 'test';
}

export function segmentKey(file: string, id: string, english: string, translation: string): SegmentKey {
  return { file, id, englishHash: textHash(english), translationHash: textHash(translation), split: splitOf(file) };
}
