import type { Segment, SxsDocument } from '../model';
import { comparableHash, translationHash } from './comparable';
import { LruMap } from '../util/lruMap';

/** Bits of {@link DocumentHashes}' record of the hashes it has worked out. */
const ENGLISH = 1;
const TRANSLATION = 2;

/**
 * The hashes of one version of a document's segments, by segment index, each worked out
 * when first read: the consistency check reads the English of nearly every segment, but the
 * translation only of those whose English is elsewhere in the locale (about one in five).
 */
export class DocumentHashes {
  /** Two 32-bit halves per segment. */
  private readonly english: Int32Array;
  private readonly translation: Int32Array;
  /** Per segment, which of its hashes are worked out (ENGLISH, TRANSLATION). */
  private readonly known: Uint8Array;

  constructor(private readonly segments: readonly Segment[]) {
    this.english = new Int32Array(segments.length * 2);
    this.translation = new Int32Array(segments.length * 2);
    this.known = new Uint8Array(segments.length);
  }

  /** `comparableHash` of the segment's English (of '' when it has none). */
  englishHash(i: number): [number, number] {
    if (!(this.known[i] & ENGLISH)) this.set(this.english, i, ENGLISH, comparableHash(this.segments[i].source?.text ?? ''));
    return [this.english[2 * i], this.english[2 * i + 1]];
  }

  /** `translationHash` of the segment's translation. */
  translationHash(i: number): [number, number] {
    if (!(this.known[i] & TRANSLATION)) this.set(this.translation, i, TRANSLATION, translationHash(this.segments[i].translation.text));
    return [this.translation[2 * i], this.translation[2 * i + 1]];
  }

  /** Takes segment i's hashes from segment j of another version, whose texts are the same, as far as they are worked out there. */
  copy(i: number, from: DocumentHashes, j: number): void {
    if (from.known[j] & ENGLISH) this.set(this.english, i, ENGLISH, [from.english[2 * j], from.english[2 * j + 1]]);
    if (from.known[j] & TRANSLATION) this.set(this.translation, i, TRANSLATION, [from.translation[2 * j], from.translation[2 * j + 1]]);
  }

  private set(halves: Int32Array, i: number, bit: number, hash: readonly [number, number]): void {
    halves[2 * i] = hash[0];
    halves[2 * i + 1] = hash[1];
    this.known[i] |= bit;
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
  private readonly lastByUri: LruMap<string, { readonly doc: SxsDocument; readonly hashes: DocumentHashes }>;

  constructor(capacity = 8) {
    this.lastByUri = new LruMap(capacity);
  }

  of(uri: string, doc: SxsDocument): DocumentHashes {
    let hashes = this.byModel.get(doc);
    if (!hashes) {
      hashes = hashSegments(doc.segments, this.lastByUri.peek(uri));
      this.byModel.set(doc, hashes);
    }
    this.lastByUri.set(uri, { doc, hashes });
    return hashes;
  }
}

function hashSegments(segments: readonly Segment[], last: { readonly doc: SxsDocument; readonly hashes: DocumentHashes } | undefined): DocumentHashes {
  const hashes = new DocumentHashes(segments);
  const before = last?.doc.segments ?? [];
  // A segment added or removed shifts the ones after it: those are matched from the end.
  const shift = before.length - segments.length;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const j = before[i] && sameTexts(before[i], s) ? i : before[i + shift] && sameTexts(before[i + shift], s) ? i + shift : -1;
    if (j >= 0) hashes.copy(i, last!.hashes, j);
  }
  return hashes;
}

function sameTexts(a: Segment, b: Segment): boolean {
  return a.translation.text === b.translation.text && (a.source?.text ?? '') === (b.source?.text ?? '');
}
