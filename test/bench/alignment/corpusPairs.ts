import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../../server/src/core/parse/parse';
import type { SxsDocument } from '../../../server/src/core/model';
import { markdownFiles } from '../../support/corpus';

/** One document's older and newer hand-off, in two locales of the corpus. */
export interface HandoffPair {
  readonly path: string;
  readonly older: { readonly locale: string; readonly doc: SxsDocument };
  readonly newer: { readonly locale: string; readonly doc: SxsDocument };
}

/** `MM/DD/YYYY` as a sortable `YYYYMMDD`. */
function handoffKey(date: string | undefined): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date?.trim() ?? '');
  return m ? `${m[3]}${m[1].padStart(2, '0')}${m[2].padStart(2, '0')}` : '';
}

/**
 * The corpus's real "old and new English" pairs: for each document path, every locale
 * version whose `ms.openlocfilehash` differs from the newest hand-off's, with that newest
 * version (the English lookups of each are the English of its hand-off).
 */
export function handoffPairs(corpus: string, everyVersion = false): HandoffPair[] {
  const pairs: HandoffPair[] = [];
  for (const [rel, docs] of versionsByPath(corpus)) {
    const newest = docs.reduce((a, b) => (handoffKey(b.doc.keys.lastHandoff) > handoffKey(a.doc.keys.lastHandoff) ? b : a));
    const hash = newest.doc.keys.openLocFileHash;
    for (const d of docs) {
      if (d === newest) continue;
      if (!everyVersion && (!hash || !d.doc.keys.openLocFileHash || d.doc.keys.openLocFileHash === hash)) continue;
      if (!everyVersion && handoffKey(d.doc.keys.lastHandoff) >= handoffKey(newest.doc.keys.lastHandoff)) continue;
      pairs.push({ path: rel, older: d, newer: newest });
    }
  }
  return pairs;
}

/**
 * Other real pairs, none of them against the newest hand-off: for each document, every
 * version against each version of a later hand-off (another `ms.openlocfilehash`) that is
 * not the newest's. Their decisions are others than those of `handoffPairs`.
 */
export function olderPairs(corpus: string): HandoffPair[] {
  const pairs: HandoffPair[] = [];
  for (const [rel, docs] of versionsByPath(corpus)) {
    const newest = docs.reduce((a, b) => (handoffKey(b.doc.keys.lastHandoff) > handoffKey(a.doc.keys.lastHandoff) ? b : a));
    const newestHash = newest.doc.keys.openLocFileHash;
    for (const older of docs)
      for (const newer of docs) {
        const [a, b] = [older.doc.keys.openLocFileHash, newer.doc.keys.openLocFileHash];
        if (!a || !b || a === b || b === newestHash) continue;
        if (handoffKey(older.doc.keys.lastHandoff) >= handoffKey(newer.doc.keys.lastHandoff)) continue;
        pairs.push({ path: rel, older, newer });
      }
  }
  return pairs;
}

/** Each document path with its locale versions, parsed. */
function versionsByPath(corpus: string): Map<string, { locale: string; doc: SxsDocument }[]> {
  const locales = fs.readdirSync(corpus).filter((d) => fs.statSync(path.join(corpus, d)).isDirectory());
  const byPath = new Map<string, { locale: string; file: string }[]>();
  for (const locale of locales) {
    const root = path.join(corpus, locale);
    for (const file of markdownFiles(root)) {
      const rel = path.relative(root, file);
      (byPath.get(rel) ?? byPath.set(rel, []).get(rel)!).push({ locale: locale.replace(/^.*\./, ''), file });
    }
  }
  const out = new Map<string, { locale: string; doc: SxsDocument }[]>();
  for (const [rel, versions] of byPath) {
    if (versions.length < 2) continue;
    out.set(
      rel,
      versions.map((v) => ({ locale: v.locale, doc: parse(fs.readFileSync(v.file, 'utf8'), { frontMatterData: false }) })),
    );
  }
  return out;
}
