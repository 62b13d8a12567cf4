import type { DocumentSelection } from './runTypes';
import { UsageError } from './options';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/** Reads `--shard i/n` (1 ≤ i ≤ n). */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n, such as 2/4; not "${text}".`);
  return { index, count };
}

/**
 * The documents of one shard: a document goes whole to the shard its key hashes to, so that
 * all its locale versions are checked together and the checks across locales stay whole.
 * The key is read relative to the working folder, so that every machine of a CI matrix,
 * whatever its checkout path, puts a document in the same shard.
 */
export function shardDocuments(shard: Shard, cwdPrefixes: readonly string[]): DocumentSelection {
  const relative = (key: string) => cwdPrefixes.reduce((k, prefix) => k.split(prefix).join(''), key);
  return (documents) => documents.filter((d) => hash(relative(d.key)) % shard.count === shard.index - 1);
}

/** FNV-1a, 32 bits: stable across runs, machines and Node versions. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
