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

/** The separator of a pair of two documents' paths in `HandoffPair.path` (`similarPairs`). */
export const PAIR_SEPARATOR = '>';

/** A document's versions as the corpus has them, one per hand-off (`ms.openlocfilehash`), each from one locale. */
interface Version {
  readonly path: string;
  readonly hash: string;
  readonly locale: string;
  readonly doc: SxsDocument;
}

/** The compared form of a lookup for finding look-alike documents: its words, lower case (independent of the core's normalisation, so the pairs stay the same when that changes). */
function lookupForm(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Pairs of two documents (two paths) whose English is mostly the same: a copy of an article
 * edited into another (a renamed article kept under both names, the iPhone article written from
 * the iPad one). Each is read as an old English (the one handed off earlier) and a new one, so
 * its alignment decisions are real decisions on real edits, on documents the same-path pairs
 * never had. Two versions are paired when at least `minShare` of the distinct lookups of both
 * together are shared (and not all), and they share one that at most a dozen versions have (the
 * boilerplate of the docset alone does not pair them). `path` is both paths, `old>new`.
 */
export function similarPairs(corpus: string, minShare = 0.4): HandoffPair[] {
  const versions: Version[] = [];
  for (const [rel, docs] of versionsByPath(corpus)) {
    const byHash = new Map<string, { locale: string; doc: SxsDocument }[]>();
    for (const d of docs) {
      const hash = d.doc.keys.openLocFileHash?.trim().toLowerCase();
      if (hash) (byHash.get(hash) ?? byHash.set(hash, []).get(hash)!).push(d);
    }
    // Of the locales holding a hand-off, one chosen by the path (the pairs spread over the locales).
    let i = [...rel].reduce((n, c) => (n * 31 + c.charCodeAt(0)) >>> 0, 7);
    for (const [hash, holders] of [...byHash].sort()) versions.push({ path: rel, hash, ...holders[i++ % holders.length] });
  }
  const forms = versions.map((v) => new Set(v.doc.segments.filter((s) => s.source?.text.trim()).map((s) => lookupForm(s.source!.text))));
  const holders = new Map<string, number[]>();
  forms.forEach((set, i) => set.forEach((f) => (holders.get(f) ?? holders.set(f, []).get(f)!).push(i)));
  const candidates = new Set<string>();
  for (const ids of holders.values()) {
    if (ids.length > 12) continue;
    for (const a of ids) for (const b of ids) if (a < b && versions[a].path !== versions[b].path) candidates.add(`${a},${b}`);
  }
  const pairs: HandoffPair[] = [];
  for (const c of [...candidates].sort()) {
    const [a, b] = c.split(',').map(Number);
    let shared = 0;
    for (const f of forms[a]) if (forms[b].has(f)) shared++;
    const share = shared / (forms[a].size + forms[b].size - shared);
    if (share < minShare || share >= 1) continue;
    const ka = handoffKey(versions[a].doc.keys.lastHandoff);
    const kb = handoffKey(versions[b].doc.keys.lastHandoff);
    const [older, newer] = ka < kb || (ka === kb && versions[a].path < versions[b].path) ? [versions[a], versions[b]] : [versions[b], versions[a]];
    pairs.push({ path: `${older.path}${PAIR_SEPARATOR}${newer.path}`, older: { locale: older.locale, doc: older.doc }, newer: { locale: newer.locale, doc: newer.doc } });
  }
  return pairs.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

/** Every locale version of every document held by two locales or more, parsed. */
export function everyVersion(corpus: string): { path: string; locale: string; doc: SxsDocument }[] {
  return [...versionsByPath(corpus)].flatMap(([rel, docs]) => docs.map((d) => ({ path: rel, ...d })));
}

const parsed = new Map<string, Map<string, { locale: string; doc: SxsDocument }[]>>();

/** Each document path with its locale versions, parsed (once per corpus). */
function versionsByPath(corpus: string): Map<string, { locale: string; doc: SxsDocument }[]> {
  const known = parsed.get(corpus);
  if (known) return known;
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
  parsed.set(corpus, out);
  return out;
}
