/**
 * The review file: the review states of one locale repository, committed beside its
 * documents (`.sxs-review.jsonl` at the repository's root) and never written into the sxs
 * markup. One JSON object a line, so that two reviewers' changes to different segments merge
 * without a conflict: a header line, then one line per reviewed segment, sorted by document
 * path and segment number, with the keys always in the same order. docs/review.md describes it.
 */

/** The name of the review file at the root of a locale repository. */
export const REVIEW_FILE_NAME = '.sxs-review.jsonl';

/** The format's version, written in the header line. */
export const REVIEW_FORMAT_VERSION = 1;

export type ReviewState = 'approved' | 'changes-requested' | 'needs-review';

const STATES: readonly ReviewState[] = ['approved', 'changes-requested', 'needs-review'];

export interface ReviewComment {
  readonly by: string;
  /** ISO 8601 date and time. */
  readonly at: string;
  readonly body: string;
}

/** One segment's review: what it was made of (hashes), its state, and its comment thread. */
export interface ReviewRecord {
  /** The document's path from the repository's root, with `/`. */
  readonly path: string;
  /** The segment's label: its number, `p` before a paragraph segment's (`104`, `p103`). */
  readonly segment: string;
  /** Hash of the English the state was given on; when the English changes, the state lapses. */
  readonly english: string;
  /** Hash of the translation the state was given on. */
  readonly translation: string;
  readonly state: ReviewState;
  readonly by?: string;
  readonly at?: string;
  /** The thread was marked resolved. */
  readonly resolved?: boolean;
  readonly comments?: readonly ReviewComment[];
}

/** Why a review file could not be read: where, and what. */
export interface ReviewFileError {
  /** 1-based line. */
  readonly line: number;
  readonly reason: string;
}

export type ParsedReviewFile = { readonly ok: true; readonly records: readonly ReviewRecord[] } | { readonly ok: false; readonly error: ReviewFileError };

/** Reads a review file; an empty text is an empty file. Anything unexpected is an error with its line, never a guess. */
export function parseReviewFile(text: string): ParsedReviewFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const records: ReviewRecord[] = [];
  let header = false;
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return fail(i, 'not a JSON object');
    }
    if (!header) {
      if (!isObject(value) || value.sxsReview === undefined) return fail(i, 'the first line must be the header {"sxsReview":1}');
      if (value.sxsReview !== REVIEW_FORMAT_VERSION) return fail(i, `format version ${JSON.stringify(value.sxsReview)} is not one this version reads (${REVIEW_FORMAT_VERSION})`);
      header = true;
      continue;
    }
    const record = toRecord(value);
    if (typeof record === 'string') return fail(i, record);
    const key = recordKey(record);
    if (seen.has(key)) return fail(i, `segment ${record.segment} of ${record.path} appears twice`);
    seen.add(key);
    records.push(record);
  }
  return { ok: true, records };
}

/** Writes records as a review file: the header, then one line per record, sorted (see {@link compareRecords}). */
export function serializeReviewFile(records: readonly ReviewRecord[]): string {
  const lines = [...records].sort(compareRecords).map((r) => JSON.stringify(ordered(r)));
  return `${JSON.stringify({ sxsReview: REVIEW_FORMAT_VERSION })}\n${lines.map((l) => `${l}\n`).join('')}`;
}

/** By path (code unit order, as every tool sorts), then segment number, a sentence segment before a paragraph one of the same number. */
export function compareRecords(a: ReviewRecord, b: ReviewRecord): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  const na = labelNumber(a.segment);
  const nb = labelNumber(b.segment);
  if (na !== nb) return na - nb;
  return a.segment < b.segment ? -1 : a.segment > b.segment ? 1 : 0;
}

/** The key of a record in a file: its document and segment. */
export function recordKey(r: Pick<ReviewRecord, 'path' | 'segment'>): string {
  return `${r.path}#${r.segment}`;
}

function labelNumber(label: string): number {
  const n = Number(label.replace(/^p/, ''));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

/** The keys in one order, optional ones left out when empty: the same record is always the same line. */
function ordered(r: ReviewRecord): ReviewRecord {
  return {
    path: r.path,
    segment: r.segment,
    state: r.state,
    english: r.english,
    translation: r.translation,
    ...(r.by ? { by: r.by } : {}),
    ...(r.at ? { at: r.at } : {}),
    ...(r.resolved ? { resolved: true } : {}),
    ...(r.comments?.length ? { comments: r.comments.map((c) => ({ by: c.by, at: c.at, body: c.body })) } : {}),
  };
}

function toRecord(value: unknown): ReviewRecord | string {
  if (!isObject(value)) return 'not a JSON object';
  for (const key of ['path', 'segment', 'english', 'translation', 'state'] as const) {
    if (typeof value[key] !== 'string' || !value[key]) return `"${key}" is missing or not a string`;
  }
  if (!/^p?\d+$/.test(value.segment as string)) return `"segment" must be a segment number such as "104" or "p103", not ${JSON.stringify(value.segment)}`;
  if (!STATES.includes(value.state as ReviewState)) return `"state" must be one of ${STATES.join(', ')}, not ${JSON.stringify(value.state)}`;
  for (const key of ['by', 'at'] as const) if (value[key] !== undefined && typeof value[key] !== 'string') return `"${key}" must be a string`;
  if (value.resolved !== undefined && typeof value.resolved !== 'boolean') return '"resolved" must be true or false';
  const comments = value.comments;
  if (comments !== undefined) {
    if (!Array.isArray(comments)) return '"comments" must be a list';
    for (const c of comments) {
      if (!isObject(c) || typeof c.by !== 'string' || typeof c.at !== 'string' || typeof c.body !== 'string') return 'each comment needs "by", "at" and "body" strings';
    }
  }
  return value as unknown as ReviewRecord;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(index: number, reason: string): ParsedReviewFile {
  return { ok: false, error: { line: index + 1, reason } };
}
