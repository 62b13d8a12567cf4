import type { Block, BlockKind } from './blocks';

/** The blocks of each side of a stretch, asked lazily. */
interface BlocksOf {
  readonly old: (index: number) => Block | undefined;
  readonly now: (index: number) => Block | undefined;
}

/**
 * Structural evidence for the pairs word overlap cannot find. In a stretch of old and new
 * sentences left over between two that stayed (or the document's start or end), one heading
 * removed and one heading of the same level added is that heading reworded ("Change app
 * license quantity" → "Manage app licenses"), when no other heading of that level is left over
 * there to compete; the same for one list item or one table cell on each side. Each pair is
 * the first sentences of the two blocks (a heading of two sentences keeps its second removed).
 * The place alone is not enough: a title replaced by one on another subject sits there too
 * ("Change payment method" → "Your payment was declined"). `alike` says whether the two are
 * one edited (in the alignment: the same swap of words as a changed pair of the document, see
 * `sameSwap`). The pairs are kept
 * only when they are in the same order on both sides. Paragraphs are never paired so: a
 * stretch of rewritten prose has no structure to tell which paragraph became which.
 */
export function pairBlocks(olds: readonly number[], news: readonly number[], blocks: BlocksOf, alike: (oldIndex: number, newIndex: number) => boolean): [number, number][] {
  const oldBlocks = byKind(olds, blocks.old);
  const newBlocks = byKind(news, blocks.now);
  const pairs: [number, number][] = [];
  for (const [kind, oldOfKind] of oldBlocks) {
    const newOfKind = newBlocks.get(kind);
    if (oldOfKind.size !== 1 || newOfKind?.size !== 1) continue;
    const x = [...oldOfKind.values()][0][0];
    const y = [...newOfKind.values()][0][0];
    if (alike(x, y)) pairs.push([x, y]);
  }
  pairs.sort((p, q) => p[0] - q[0]);
  // Pairs that cross each other leave no order to trust: none of them is kept.
  return pairs.every((p, k) => k === 0 || pairs[k - 1][1] < p[1]) ? pairs : [];
}

/** The sentences of each kind of block but paragraphs, by block, in order. */
function byKind(indices: readonly number[], blockOf: (index: number) => Block | undefined): Map<BlockKind, Map<number, number[]>> {
  const out = new Map<BlockKind, Map<number, number[]>>();
  for (const k of indices) {
    const block = blockOf(k);
    if (!block || block.kind === 'p') continue;
    const ofKind = out.get(block.kind) ?? out.set(block.kind, new Map()).get(block.kind)!;
    (ofKind.get(block.id) ?? ofKind.set(block.id, []).get(block.id)!).push(k);
  }
  return out;
}
