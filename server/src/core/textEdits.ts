import type { FixData, TextEditData } from './rules/rule';

/** The edits of several fixes as one change, and how many of the fixes it takes. */
export interface MergedFixes {
  readonly edits: TextEditData[];
  /** Fixes taken whole; the others touch what a taken one changes. */
  readonly taken: number;
}

/**
 * The edits of several fixes as one change: a fix is taken whole or not at all, and one that
 * touches what an earlier fix changes is left out (running the fixes again picks it up).
 * O(n log n) in the number of edits: the taken edits stay sorted, and each edit is checked
 * against its neighbours there only.
 */
export function mergeFixes(fixes: readonly FixData[]): MergedFixes {
  const taken: TextEditData[] = [];
  let count = 0;
  const sorted = fixes.filter((f) => f.edits.length > 0).map((fix) => ({ fix, first: firstStart(fix) }));
  sorted.sort((a, b) => a.first - b.first);
  for (const { fix } of sorted) {
    if (fix.edits.some((e) => touchesTaken(taken, e))) continue;
    for (const e of fix.edits) insertSorted(taken, e);
    count++;
  }
  return { edits: taken, taken: count };
}

function firstStart(fix: FixData): number {
  let min = Infinity;
  for (const e of fix.edits) if (e.start < min) min = e.start;
  return min;
}

/** Two edits touch when their ranges overlap, or both insert at the same place. */
export function editsTouch(a: TextEditData, b: TextEditData): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** The index of the first edit in `sorted` (by start, then end) that is not before `edit`. */
function lowerBound(sorted: readonly TextEditData[], edit: TextEditData): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = sorted[mid];
    if (m.start < edit.start || (m.start === edit.start && m.end < edit.end)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the edit touches one of the taken edits. Taken edits do not overlap one another, so
 * their ends grow with their starts: only the neighbours of its place can touch it.
 */
function touchesTaken(sorted: readonly TextEditData[], edit: TextEditData): boolean {
  const at = lowerBound(sorted, edit);
  for (let i = at - 1; i >= 0; i--) {
    if (editsTouch(sorted[i], edit)) return true;
    if (sorted[i].end < edit.start) break;
  }
  for (let i = at; i < sorted.length; i++) {
    if (editsTouch(sorted[i], edit)) return true;
    if (sorted[i].start > edit.end) break;
  }
  return false;
}

function insertSorted(sorted: TextEditData[], edit: TextEditData): void {
  const last = sorted[sorted.length - 1];
  if (!last || last.start < edit.start || (last.start === edit.start && last.end <= edit.end)) sorted.push(edit);
  else sorted.splice(lowerBound(sorted, edit), 0, edit);
}

/**
 * Applies edits (document offsets, not overlapping) to a text, in time linear in the text and
 * the edits: the unchanged stretches and the new texts are joined once.
 */
export function applyEdits(text: string, edits: readonly TextEditData[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    const start = Math.max(e.start, at);
    parts.push(text.slice(at, start), e.newText);
    at = Math.max(at, e.end);
  }
  parts.push(text.slice(at));
  return parts.join('');
}
