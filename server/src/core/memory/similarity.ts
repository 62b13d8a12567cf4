/**
 * Word-level similarity of two sentences, as translation memories give it: the share of
 * words that need no edit (insert, delete or replace one word) to turn one into the other.
 */

/** The word-level edit distance of two sequences of word ids (or words). */
export function wordDistance(a: ArrayLike<number | string>, b: ArrayLike<number | string>, row: Int32Array<ArrayBufferLike> = new Int32Array(b.length + 1)): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  for (let j = 0; j <= m; j++) row[j] = j;
  for (let i = 1; i <= n; i++) {
    let diagonal = row[0];
    row[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= m; j++) {
      const above = row[j];
      row[j] = ai === b[j - 1] ? diagonal : 1 + Math.min(diagonal, above, row[j - 1]);
      diagonal = above;
    }
  }
  return row[m];
}

/** The match % of two word sequences: 100 when equal, 0 when nothing is shared. */
export function matchPercent(a: ArrayLike<number | string>, b: ArrayLike<number | string>, row?: Int32Array<ArrayBufferLike>): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 100;
  return Math.floor((100 * (longest - wordDistance(a, b, row))) / longest);
}

/** The fewest and most words a sentence may have to reach `minimum`% against one of `length` words. */
export function lengthBounds(length: number, minimum: number): { min: number; max: number } {
  const share = Math.max(0.01, minimum / 100);
  return { min: Math.ceil(length * share), max: Math.floor(length / share) };
}

/** One step of a word diff: a word both have, one only the match has, or one only this sentence has. */
export interface WordChange {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/**
 * What turns the match's words into this sentence's, word by word (a shortest edit script):
 * `removed` words are the match's only, `added` this sentence's only. Runs of one kind are joined.
 */
export function wordDiff(match: readonly string[], current: readonly string[]): WordChange[] {
  const key = (w: string) => w.toLowerCase();
  const n = match.length;
  const m = current.length;
  // Longest common subsequence table, from the ends.
  const table = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = key(match[i]) === key(current[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const out: { kind: WordChange['kind']; words: string[] }[] = [];
  const push = (kind: WordChange['kind'], word: string) => {
    const last = out[out.length - 1];
    if (last?.kind === kind) last.words.push(word);
    else out.push({ kind, words: [word] });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && key(match[i]) === key(current[j])) {
      push('same', current[j]);
      i++;
      j++;
    } else if (i < n && (j === m || table[i + 1][j] >= table[i][j + 1])) push('removed', match[i++]);
    else push('added', current[j++]);
  }
  return out.map((c) => ({ kind: c.kind, text: c.words.join(' ') }));
}
