import type { Segment, SxsDocument } from '../model';
import { comparableHash, translationHash } from './comparable';

/** The hashes of one version of a document's segments, by segment index. */
export class DocumentHashes {
  /** Two 32-bit halves per segment. */
  constructor(
    private readonly english: Int32Array,
    private readonly translation: Int32Array,
  ) {}

  /** `comparableHash` of the segment's English (of '' when it has none). */
  englishHash(i: number): [number, number] {
    return [this.english[2 * i], this.english[2 * i + 1]];
  }

  /** `translationHash` of the segment's translation. */
  translationHash(i: number): [number, number] {
    return [this.translation[2 * i], this.translation[2 * i + 1]];
  }
}

/**
 * The hashes the locale features compare segments by, worked out once per document model
 * (the index and the consistency check both read every segment of a document that changed),
 * and for a new version of a document from its last version's where a segment's text is
 * unchanged: typing changes one segment, not the other thousand. Keeps the last version of
 * the `capacity` documents hashed most recently.
 */
export class SegmentHashes {
  private readonly byModel = new WeakMap<SxsDocument, DocumentHashes>();
  private readonly lastByUri = new Map<string, { readonly doc: SxsDocument; readonly hashes: DocumentHashes }>();

  constructor(private readonly capacity = 8) {}

  of(uri: string, doc: SxsDocument): DocumentHashes {
    let hashes = this.byModel.get(doc);
    if (!hashes) {
      hashes = hashSegments(doc.segments, this.lastByUri.get(uri));
      this.byModel.set(doc, hashes);
    }
    this.lastByUri.delete(uri);
    this.lastByUri.set(uri, { doc, hashes });
    if (this.lastByUri.size > this.capacity) this.lastByUri.delete(this.lastByUri.keys().next().value as string);
    return hashes;
  }
}

function hashSegments(segments: readonly Segment[], last: { readonly doc: SxsDocument; readonly hashes: DocumentHashes } | undefined): DocumentHashes {
  const english = new Int32Array(segments.length * 2);
  const translation = new Int32Array(segments.length * 2);
  const before = last?.doc.segments ?? [];
  // A segment added or removed shifts the ones after it: those are matched from the end.
  const shift = before.length - segments.length;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const j = before[i] && sameTexts(before[i], s) ? i : before[i + shift] && sameTexts(before[i + shift], s) ? i + shift : -1;
    const e = j >= 0 ? last!.hashes.englishHash(j) : comparableHash(s.source?.text ?? '');
    const t = j >= 0 ? last!.hashes.translationHash(j) : translationHash(s.translation.text);
    english[2 * i] = e[0];
    english[2 * i + 1] = e[1];
    translation[2 * i] = t[0];
    translation[2 * i + 1] = t[1];
  }
  return new DocumentHashes(english, translation);
}

function sameTexts(a: Segment, b: Segment): boolean {
  return a.translation.text === b.translation.text && (a.source?.text ?? '') === (b.source?.text ?? '');
}
