/** Pairs compared at most by the quadratic step between two anchors. */
const SMALL = 40_000;

/**
 * The pairs (i, j) of equal strings of `a` and `b` kept in order, as the patience diff finds
 * them: strings that occur once on each side anchor the match (their longest increasing run),
 * and the stretches between anchors are matched the same way, or, when small, by the longest
 * common subsequence. Near-linear on long documents with edits spread all over them, where a
 * Myers diff is quadratic in the number of edits.
 */
export function commonRun(a: readonly string[], b: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  match(a, b, 0, a.length, 0, b.length, out);
  return out;
}

function match(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number, out: [number, number][]): void {
  // Equal ends first.
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) out.push([a0++, b0++]);
  const tail: [number, number][] = [];
  while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) tail.push([--a1, --b1]);
  if (a0 < a1 && b0 < b1) {
    const anchors = uniqueAnchors(a, b, a0, a1, b0, b1);
    if (anchors.length) {
      let i = a0;
      let j = b0;
      for (const [x, y] of anchors) {
        match(a, b, i, x, j, y, out);
        out.push([x, y]);
        i = x + 1;
        j = y + 1;
      }
      match(a, b, i, a1, j, b1, out);
    } else if ((a1 - a0) * (b1 - b0) <= SMALL) lcs(a, b, a0, a1, b0, b1, out);
  }
  for (let k = tail.length - 1; k >= 0; k--) out.push(tail[k]);
}

/** The strings found once on each side of the stretch, paired, as their longest run increasing on both sides. */
function uniqueAnchors(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number): [number, number][] {
  const counts = new Map<string, { a: number; b: number; i: number; j: number }>();
  for (let i = a0; i < a1; i++) {
    const c = counts.get(a[i]);
    if (c) c.a++;
    else counts.set(a[i], { a: 1, b: 0, i, j: -1 });
  }
  for (let j = b0; j < b1; j++) {
    const c = counts.get(b[j]);
    if (c) {
      c.b++;
      c.j = j;
    }
  }
  const pairs: [number, number][] = [];
  for (const c of counts.values()) if (c.a === 1 && c.b === 1) pairs.push([c.i, c.j]);
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

/** The longest run of pairs increasing in their second member (patience sorting). */
function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  const tops: number[] = [];
  const back = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    let lo = 0;
    let hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tops[mid]][1] < pairs[k][1]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[k] = tops[lo - 1];
    tops[lo] = k;
  }
  const out: [number, number][] = [];
  for (let k = tops.length ? tops[tops.length - 1] : -1; k >= 0; k = back[k]) out.push(pairs[k]);
  return out.reverse();
}

/** The longest common subsequence of a small stretch (dynamic programming). */
function lcs(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number, out: [number, number][]): void {
  const n = a1 - a0;
  const m = b1 - b0;
  const table = new Int32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * (m + 1) + j] = a[a0 + i] === b[b0 + j] ? table[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1]);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[a0 + i] === b[b0 + j]) {
      out.push([a0 + i, b0 + j]);
      i++;
      j++;
    } else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1]) i++;
    else j++;
  }
}
