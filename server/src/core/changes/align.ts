import type { Block } from './blocks';
import { commonRun } from './commonRun';
import { pairBlocks } from './pairBlocks';
import { sameSwap, swapOf, type Swap } from './swaps';
import { englishWords, normalisedEnglish, similarity } from './normalise';

/** How an old sentence was found in the new English. */
export type MatchKind = 'exact' | 'normalised' | 'moved' | 'fuzzy' | 'merged' | 'split';

/** One old sentence's place in the new English. */
export interface OldMatch {
  /** The new sentences it became (in order), empty when it was removed. */
  readonly now: readonly number[];
  /** Undefined when removed. `merged`: it and its neighbours became one sentence; `split`: it became several. */
  readonly kind: MatchKind | undefined;
}

/** The alignment of old sentences (a translation's English lookups) with new ones (the current English). */
export interface SentenceAlignment {
  /** Per old sentence. */
  readonly old: readonly OldMatch[];
  /** Per new sentence: the old sentences it was matched with (empty: added). */
  readonly now: readonly (readonly number[])[];
}

/** How alike a changed sentence must be to its old self, in a stretch between sentences found unchanged. */
const NEARBY = 0.5;
/** How alike it must be when it moved elsewhere in the document. */
const ELSEWHERE = 0.7;
/**
 * How alike a changed sentence must be to its old self when the two are left over in the same
 * place, between sentences already paired (a rewritten sentence: "Admins need to switch plans
 * manually." → "Admins must change plans manually in the Microsoft 365 admin center.").
 */
const IN_PLACE = 0.3;
/** What a link target found in one old and one new sentence alone adds to how alike they are. */
const SAME_LINK = 0.5;
/** Pairs considered at most by one quadratic step: beyond it, neighbours are paired in order. */
const QUADRATIC_LIMIT = 250_000;

interface Item {
  readonly exact: string;
  readonly norm: string;
  words?: string[];
  links?: string[];
}

/** The block each old and new sentence is in, asked only when the alignment needs it (undefined: not known). */
export interface SentenceBlocks {
  readonly old: (index: number) => Block | undefined;
  readonly now: (index: number) => Block | undefined;
}

/** The old and new sentences that share a link target found in no other sentence of either side, by old index. */
type SameLink = ReadonlyMap<number, number>;

/**
 * Aligns old sentences with new ones in document order: first those that read the same
 * (exactly, then normalised: white space, quotes, escapes), in order as the longest common
 * run; then those that moved; then, in each stretch between them, the changed ones by how
 * alike their words are, taking in the neighbours that were merged into one or split from
 * one; then, with `blocks`, a heading, list item or table cell left over alone on each side
 * of a stretch (see `pairBlocks`); last, changed sentences that also moved. What is left is
 * removed (old) or added (new).
 */
export function alignSentences(oldTexts: readonly string[], newTexts: readonly string[], blocks?: SentenceBlocks): SentenceAlignment {
  // Most versions carry the very same English: nothing to align.
  if (oldTexts.length === newTexts.length && oldTexts.every((t, k) => t === newTexts[k])) {
    return { old: oldTexts.map((t, k) => (t.trim() ? { now: [k], kind: 'exact' } : { now: [], kind: undefined })), now: oldTexts.map((t, k) => (t.trim() ? [k] : [])) };
  }
  const old = oldTexts.map(item);
  const now = newTexts.map(item);
  const oldTo: (number[] | undefined)[] = old.map(() => undefined);
  const oldKind: (MatchKind | undefined)[] = old.map(() => undefined);
  const newFrom: number[][] = now.map(() => []);
  const pair = (i: number, j: number, kind: MatchKind) => {
    (oldTo[i] ??= []).push(j);
    oldKind[i] = kind;
    newFrom[j].push(i);
  };

  // 1. The same sentences, in order.
  for (const [i, j] of commonRun(
    old.map((o) => o.norm),
    now.map((n) => n.norm),
  ))
    if (old[i].norm) pair(i, j, old[i].exact === now[j].exact ? 'exact' : 'normalised');

  // 2. The same sentences, moved.
  const unmatchedNew = new Map<string, number[]>();
  now.forEach((n, k) => {
    if (!newFrom[k].length && n.norm) (unmatchedNew.get(n.norm) ?? unmatchedNew.set(n.norm, []).get(n.norm)!).push(k);
  });
  old.forEach((o, k) => {
    if (oldTo[k]) return;
    const target = unmatchedNew.get(o.norm)?.shift();
    if (target !== undefined) pair(k, target, 'moved');
  });

  // 3. Changed sentences, between the ones that stayed.
  const linked = sameLinks(old, now, oldTo, newFrom);
  const grow = (i: number) => extendMergeOrSplit(i, old, now, oldTo, oldKind, newFrom);
  for (const gap of gaps(oldTo, oldKind, newFrom)) pairInGap(gap, old, now, linked, oldTo, newFrom, pair, grow);
  for (let i = 0; i < old.length; i++) grow(i);
  if (blocks) {
    // The evidence that two blocks are one edited: the same swap of words as a changed pair of the document (the changed pairs asked once, when first needed).
    let swaps: Swap[] | undefined;
    const swapped = (x: number, y: number) => sameSwap(swapOf(wordsOf(old[x]), wordsOf(now[y])), (swaps ??= changedPairs(oldTo, oldKind).map(([p, q]) => swapOf(wordsOf(old[p]), wordsOf(now[q])))));
    for (const stretch of gaps(oldTo, oldKind, newFrom, true)) for (const [x, y] of pairBlocks(stretch.old, stretch.now, blocks, swapped)) pair(x, y, 'fuzzy');
  }

  // 4. Changed sentences that moved.
  const leftOld = old.map((_, k) => k).filter((k) => !oldTo[k] && old[k].norm);
  const leftNew = now.map((_, k) => k).filter((k) => !newFrom[k].length && now[k].norm);
  if (leftOld.length && leftNew.length && leftOld.length * leftNew.length <= QUADRATIC_LIMIT) {
    const candidates: { a: number; b: number; score: number }[] = [];
    for (const a of leftOld) for (const b of leftNew) {
      const score = similarity(wordsOf(old[a]), wordsOf(now[b])) + (linked.get(a) === b ? ELSEWHERE : 0);
      if (score >= ELSEWHERE) candidates.push({ a, b, score });
    }
    candidates.sort((x, y) => y.score - x.score || x.a - y.a);
    for (const c of candidates) if (!oldTo[c.a] && !newFrom[c.b].length) pair(c.a, c.b, 'fuzzy');
  }

  return {
    old: old.map((_, k) => ({ now: oldTo[k] ? [...oldTo[k]!].sort((a, b) => a - b) : [], kind: oldKind[k] })),
    now: newFrom,
  };
}

function item(text: string): Item {
  return { exact: text.replace(/\s+/g, ' ').trim(), norm: normalisedEnglish(text) };
}

function wordsOf(x: Item): string[] {
  return (x.words ??= englishWords(x.exact));
}

interface Gap {
  readonly old: number[];
  readonly now: number[];
  /** Between two in-order matches (not at the start or end of the document). */
  bounded: boolean;
}

/** The stretches of unmatched old and new sentences between consecutive in-order matches: those of the same sentences, or with `changed`, any but those that moved. */
function gaps(oldTo: readonly (number[] | undefined)[], oldKind: readonly (MatchKind | undefined)[], newFrom: readonly number[][], changed = false): Gap[] {
  const out: Gap[] = [];
  let oldStart = 0;
  let newStart = 0;
  const flush = (oldEnd: number, newEnd: number, bounded: boolean) => {
    const g: Gap = { old: [], now: [], bounded: bounded && oldStart > 0 };
    for (let k = oldStart; k < oldEnd; k++) if (!oldTo[k]) g.old.push(k);
    for (let k = newStart; k < newEnd; k++) if (!newFrom[k].length) g.now.push(k);
    if (g.old.length && g.now.length) out.push(g);
  };
  for (let k = 0; k < oldTo.length; k++) {
    const to = oldTo[k];
    // Only the sentences matched in order bound a stretch: one that moved does not.
    const bound = changed ? oldKind[k] !== 'moved' : oldKind[k] === 'exact' || oldKind[k] === 'normalised';
    if (!to || !bound || to[0] < newStart) continue;
    flush(k, to[0], true);
    oldStart = k + 1;
    newStart = to[to.length - 1] + 1;
  }
  flush(oldTo.length, newFrom.length, false);
  return out;
}

/**
 * Pairs the sentences of a stretch in order, the most alike pairs winning, each taking in the
 * neighbours merged into it or split from it; then, between the pairs found, what is left over
 * in the same place, if alike enough for a rewrite. (The half of a sentence split in two is
 * that sentence's, not the rewrite of the sentence after it.)
 */
function pairInGap(
  gap: Gap,
  old: Item[],
  now: Item[],
  linked: SameLink,
  oldTo: readonly (number[] | undefined)[],
  newFrom: readonly number[][],
  pair: (i: number, j: number, kind: MatchKind) => void,
  grow: (i: number) => void,
): void {
  const a = gap.old.length;
  const b = gap.now.length;
  if (a * b > QUADRATIC_LIMIT) {
    for (let k = 0; k < Math.min(a, b); k++) if (similarity(wordsOf(old[gap.old[k]]), wordsOf(now[gap.now[k]])) >= NEARBY) pair(gap.old[k], gap.now[k], 'fuzzy');
    return;
  }
  const pairs = pairInOrder(gap.old, gap.now, NEARBY, (x, y) => seedScore(wordsOf(old[x]), wordsOf(now[y])) + (linked.get(x) === y ? SAME_LINK : 0));
  for (const [x, y] of pairs) pair(x, y, 'fuzzy');
  for (const [x] of pairs) grow(x);
  // The stretches between the pairs found (and the gap's ends): a sentence left over in each, in the same place, is rewritten when alike enough.
  const found: [number, number][] = [];
  let previousOld = -1;
  let previousNew = -1;
  for (const [x, y] of [...pairs, [Infinity, Infinity] as [number, number]]) {
    const olds = gap.old.filter((k) => k > previousOld && k < x && !oldTo[k]);
    const news = gap.now.filter((k) => k > previousNew && k < y && !newFrom[k].length);
    // One sentence or two left over on each side, in the same place: rewritten when alike enough (a
    // large stretch left over is a section rewritten, whose sentences share words by chance); or, one
    // between two sentences that stayed the same, replaced whatever it says when both are short (a
    // table cell, "Daily" → "Weekly") or share a word (see `replacedInPlace`).
    if (olds.length === 1 && news.length === 1 && !pairs.length && gap.bounded && replacedInPlace(wordsOf(old[olds[0]]), wordsOf(now[news[0]]))) found.push([olds[0], news[0]]);
    else if (olds.length && news.length && olds.length <= 2 && news.length <= 2) found.push(...pairInOrder(olds, news, IN_PLACE, (p, q) => similarity(wordsOf(old[p]), wordsOf(now[q]))));
    previousOld = x;
    previousNew = y;
  }
  for (const [x, y] of found.sort((p, q) => p[0] - q[0])) pair(x, y, 'fuzzy');
}

/**
 * Whether a lone old and a lone new sentence between the same neighbours are one replaced: when
 * both are short (a table cell or a label: "Daily" → "Every week"), or they share a word. Longer
 * ones that share none say another thing ("Temporarily turn off proxy settings" → "If you're on
 * a slow internet connection, install Office using the offline installer"): removed and added.
 */
const SHORT = 4;

function replacedInPlace(a: readonly string[], b: readonly string[]): boolean {
  return (a.length <= SHORT && b.length <= SHORT) || similarity(a, b) > 0;
}

/** The pairs of `olds` and `news` kept in order whose scores, each at least `threshold`, add up to the most (a small dynamic programme). */
function pairInOrder(olds: readonly number[], news: readonly number[], threshold: number, scoreOf: (oldIndex: number, newIndex: number) => number): [number, number][] {
  const a = olds.length;
  const b = news.length;
  const score = new Float64Array((a + 1) * (b + 1));
  const at = (x: number, y: number) => x * (b + 1) + y;
  const sims = new Float64Array(a * b);
  for (let x = 1; x <= a; x++)
    for (let y = 1; y <= b; y++) {
      const s = scoreOf(olds[x - 1], news[y - 1]);
      sims[(x - 1) * b + (y - 1)] = s;
      let best = Math.max(score[at(x - 1, y)], score[at(x, y - 1)]);
      if (s >= threshold) best = Math.max(best, score[at(x - 1, y - 1)] + s);
      score[at(x, y)] = best;
    }
  const pairs: [number, number][] = [];
  for (let x = a, y = b; x > 0 && y > 0; ) {
    const s = sims[(x - 1) * b + (y - 1)];
    if (s >= threshold && score[at(x, y)] === score[at(x - 1, y - 1)] + s) {
      pairs.push([olds[x - 1], news[y - 1]]);
      x--;
      y--;
    } else if (score[at(x, y)] === score[at(x - 1, y)]) x--;
    else y--;
  }
  return pairs.reverse();
}

/**
 * The unmatched old and new sentences that share a link target no other sentence of the
 * document has, on either side: a link's text reworded around the same article ("check out
 * [this article](…/phones-for-teams)" → "Review the list of other [phones for Microsoft
 * Teams](…/phones-for-teams)").
 */
function sameLinks(old: Item[], now: Item[], oldTo: readonly (number[] | undefined)[], newFrom: readonly number[][]): SameLink {
  const once = (items: Item[]) => {
    const where = new Map<string, number>();
    items.forEach((item, k) => {
      for (const link of new Set(linksOf(item))) where.set(link, where.has(link) ? -1 : k);
    });
    return where;
  };
  const oldLinks = once(old);
  const newLinks = once(now);
  const out = new Map<number, number>();
  for (const [link, i] of oldLinks) {
    const j = newLinks.get(link);
    if (i < 0 || j === undefined || j < 0 || oldTo[i] || newFrom[j].length) continue;
    // Two links of one sentence that lead to two different sentences: neither decides.
    if (out.has(i) && out.get(i) !== j) out.set(i, -1);
    else out.set(i, j);
  }
  for (const [i, j] of out) if (j < 0) out.delete(i);
  return out;
}

function linksOf(x: Item): string[] {
  return (x.links ??= linkTargets(x.exact));
}

/**
 * The link targets of a sentence's Markdown, in the form in which two name the same page: no
 * scheme, no `docs.microsoft.com` or `learn.microsoft.com` host (the same page as a relative
 * link), no locale folder, no `view=` parameter, fragment or trailing slash, lower-cased.
 */
export function linkTargets(markdown: string): string[] {
  if (!markdown.includes('](')) return [];
  const out: string[] = [];
  for (const m of markdown.matchAll(/\]\(\s*<?([^)\s>]+)/g)) {
    const target = m[1]
      .toLowerCase()
      .replace(/#.*$/, '')
      .replace(/^https?:\/\//, '//')
      .replace(/^\/\/(?:docs|learn)\.microsoft\.com(?=\/)/, '')
      .replace(/^(\/\/[^/]+)?\/[a-z]{2}-[a-z]{2}(?=\/)/, '$1')
      .replace(/[?&]view=[^&]*/g, '')
      .replace(/\/+$|\?$/g, '');
    if (target.length > 1) out.push(target);
  }
  return out;
}

/**
 * A changed sentence whose unmatched neighbour makes it more alike its match when joined
 * to it was merged with that neighbour (old side) or split from it (new side). A paragraph
 * segment (`-pN`) that stands for several sentences is the same case.
 */
function extendMergeOrSplit(i: number, old: Item[], now: Item[], oldTo: (number[] | undefined)[], oldKind: (MatchKind | undefined)[], newFrom: number[][]): void {
  if (oldKind[i] !== 'fuzzy') return;
  const news = oldTo[i]!;
  // Only a pair alike in its words grows: one paired by its place or its link alone would take in anything.
  if (seedScore(wordsOf(old[i]), wordsOf(now[news[0]])) < IN_PLACE) return;
  let olds = [i];
  let current = similarity(joinedWords(old, olds), joinedWords(now, news));
  for (let grew = true; grew; ) {
    grew = false;
    const options: { olds: number[]; news: number[]; added: readonly string[]; into: readonly string[] }[] = [];
    const firstOld = olds[0];
    const lastOld = olds[olds.length - 1];
    const firstNew = news[0];
    const lastNew = news[news.length - 1];
    // Each option: the neighbour taken in, and the side whose words it should be found in.
    if (firstOld > 0 && !oldTo[firstOld - 1]) options.push({ olds: [firstOld - 1, ...olds], news, added: wordsOf(old[firstOld - 1]), into: joinedWords(now, news) });
    if (lastOld + 1 < old.length && !oldTo[lastOld + 1]) options.push({ olds: [...olds, lastOld + 1], news, added: wordsOf(old[lastOld + 1]), into: joinedWords(now, news) });
    if (firstNew > 0 && !newFrom[firstNew - 1].length) options.push({ olds, news: [firstNew - 1, ...news], added: wordsOf(now[firstNew - 1]), into: joinedWords(old, olds) });
    if (lastNew + 1 < now.length && !newFrom[lastNew + 1].length) options.push({ olds, news: [...news, lastNew + 1], added: wordsOf(now[lastNew + 1]), into: joinedWords(old, olds) });
    for (const option of options) {
      const s = similarity(joinedWords(old, option.olds), joinedWords(now, option.news));
      // A clear gain, or a short neighbour whose words the other side has ("Congratulations!", "**Strict**.").
      if (s > current + 0.05 || (s > current && option.added.length > 0 && containment(option.added, option.into) >= 0.8)) {
        current = s;
        olds = option.olds;
        news.splice(0, news.length, ...option.news);
        grew = true;
        break;
      }
    }
  }
  if (olds.length === 1 && news.length === 1) return;
  for (const n of news) newFrom[n] = [...olds];
  const kind: MatchKind = news.length > 1 ? 'split' : 'merged';
  for (const o of olds) {
    oldTo[o] = [...news];
    oldKind[o] = kind;
  }
}

/**
 * How alike two sentences in a stretch are, as a start for a pairing: their similarity, or
 * just enough to pair them when one holds nearly all the words of the other (a paragraph
 * segment and one of its sentences, a sentence and the longer one it was merged into): the
 * pair then takes in its other sentences.
 */
function seedScore(a: readonly string[], b: readonly string[]): number {
  const s = similarity(a, b);
  if (s >= NEARBY || Math.min(a.length, b.length) < 3) return s;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return containment(short, long) >= 0.9 ? NEARBY : s;
}

/** The share of the words of `short` found in `long`. */
function containment(short: readonly string[], long: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of long) counts.set(w, (counts.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of short) {
    const n = counts.get(w);
    if (n) {
      found++;
      counts.set(w, n - 1);
    }
  }
  return found / short.length;
}

/** The old and new sentence of each changed pair found so far (one to one). */
function changedPairs(oldTo: readonly (number[] | undefined)[], oldKind: readonly (MatchKind | undefined)[]): [number, number][] {
  const out: [number, number][] = [];
  oldTo.forEach((to, k) => {
    if (to?.length === 1 && oldKind[k] === 'fuzzy') out.push([k, to[0]]);
  });
  return out;
}

function joinedWords(items: Item[], indices: readonly number[]): string[] {
  return indices.flatMap((k) => wordsOf(items[k]));
}
