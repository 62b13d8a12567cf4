import { handoffTime, type IndexedDocument } from './indexedDocument';

/**
 * How up to date a locale version is: `source` for the English; `current` when its
 * `ms.openlocfilehash` is the English file's hash (or, without the English, the hash of the
 * latest hand-off among the locales); `stale` when an English newer than the one it was
 * translated from is known; `unknown` when nothing tells.
 */
export type VersionStatus = 'source' | 'current' | 'stale' | 'unknown';

/** The keys the status depends on. */
export type VersionKeys = Pick<IndexedDocument, 'english' | 'openLocFileHash' | 'lastHandoff'>;

/** The status of `doc` among the other versions of its document. */
export function versionStatus(doc: VersionKeys, others: readonly IndexedDocument[]): VersionStatus {
  if (doc.english) return 'source';
  const english = others.find((o) => o.english && o.contentHash);
  if (english) {
    if (!doc.openLocFileHash) return 'unknown';
    return doc.openLocFileHash === english.contentHash ? 'current' : 'stale';
  }
  const newest = newestTranslation(others);
  if (!newest || !doc.openLocFileHash) return 'unknown';
  if (newest.openLocFileHash === doc.openLocFileHash) return 'current';
  if (handoffTime(doc.lastHandoff) < handoffTime(newest.lastHandoff)) return 'stale';
  // This version is the newest (or as new): the others are behind it, not it behind them.
  return handoffTime(doc.lastHandoff) > handoffTime(newest.lastHandoff) ? 'current' : 'unknown';
}

/** The translation handed off last (with a hash): the newest English known without the English file. */
export function newestTranslation(versions: readonly IndexedDocument[]): IndexedDocument | undefined {
  let best: IndexedDocument | undefined;
  for (const v of versions) {
    if (v.english || !v.openLocFileHash) continue;
    if (!best || handoffTime(v.lastHandoff) > handoffTime(best.lastHandoff)) best = v;
  }
  return best;
}
