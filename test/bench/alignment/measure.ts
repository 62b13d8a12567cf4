/**
 * `npm run measure:alignment`: the alignment of the English on the corpus's real hand-off
 * pairs (docs/benchmarks.md, "Alignment"). Prints how many segments were aligned, and how;
 * with `--sample N`, writes N aligned changes of each kind, both Englishes side by side, to
 * /tmp/sxs-alignment-sample.txt (outside the project: it quotes the corpus) for reading.
 * Also splits each file's English at hand-off (reassembled from its lookups) as an English
 * source file would be, and counts the lookups the splitter gives back as they are.
 */
import * as fs from 'node:fs';
import { currentEnglishOfSource, currentEnglishOfVersion, segmentChanges, type SegmentChanges } from '../../../server/src/core/changes/segmentChanges';
import { handoffEnglish } from '../../../server/src/core/changes/handoffEnglish';
import { normalisedEnglish } from '../../../server/src/core/changes/normalise';
import { parse } from '../../../server/src/core/parse/parse';
import { corpusRoot } from '../../support/corpus';
import { handoffPairs, type HandoffPair } from './corpusPairs';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A deterministic shuffle (the same sample every run). */
function seeded<T>(items: readonly T[], seed = 14): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function main(): void {
  const corpus = corpusRoot();
  if (!corpus) throw new Error('The corpus is not at ../shared/corpus and SXS_CORPUS is not set.');
  const pairs = handoffPairs(corpus);
  const counts = new Map<string, number>();
  const bump = (k: string, n = 1) => counts.set(k, (counts.get(k) ?? 0) + n);
  const samples = new Map<string, string[]>();
  const results: { pair: HandoffPair; changes: SegmentChanges }[] = [];
  for (const pair of pairs) {
    const changes = segmentChanges(pair.older.doc, currentEnglishOfVersion(`newer:${pair.path}`, pair.newer.locale, pair.newer.doc));
    results.push({ pair, changes });
    for (const s of changes.segments) {
      const seg = pair.older.doc.segments[s.index];
      if (!seg.source?.text.trim()) continue;
      bump('segments');
      bump(`state.${s.state}`);
      bump(`match.${s.match ?? 'removed'}`);
      if (s.state !== 'unchanged') {
        const key = s.state === 'removed' ? 'removed' : s.match!;
        (samples.get(key) ?? samples.set(key, []).get(key)!).push(
          `[${key}] ${pair.path} ${pair.older.locale}→${pair.newer.locale} segment ${seg.id}\n  OLD: ${seg.source.text.replace(/\s+/g, ' ')}\n  NEW: ${s.english.map((e) => e.text.replace(/\s+/g, ' ')).join(' ‖ ') || '—'}`,
        );
      }
    }
    bump('added', changes.added.length);
    for (const a of changes.added) {
      const after = a.after >= 0 ? pair.older.doc.segments[a.after].id : 'start';
      (samples.get('added') ?? samples.set('added', []).get('added')!).push(`[added] ${pair.path} ${pair.older.locale}→${pair.newer.locale} after ${after}\n  NEW: ${a.sentence.text.replace(/\s+/g, ' ')}`);
    }
  }
  console.log(`${pairs.length} hand-off pairs (a document's older locale version against its newest), ${pairs.filter((p, i, all) => all.findIndex((q) => q.path === p.path) === i).length} documents`);
  for (const [k, v] of [...counts].sort()) console.log(`  ${k.padEnd(22)} ${v}`);

  // The splitter: each file's English at hand-off, split as a source file; the lookups it gives back.
  let lookups = 0;
  let given = 0;
  let unchanged = 0;
  const seen = new Set<string>();
  for (const { pair } of results) {
    for (const v of [pair.older, pair.newer]) {
      const key = `${v.locale}|${pair.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const english = handoffEnglish(v.doc);
      const current = currentEnglishOfSource('english', parse(english, { frontMatterData: false }));
      const sentences = new Set(current.sentences.map((s) => normalisedEnglish(s.text)));
      const withText = v.doc.segments.filter((s) => s.source?.text.trim());
      lookups += withText.length;
      given += withText.filter((s) => sentences.has(normalisedEnglish(s.source!.text))).length;
      unchanged += segmentChanges(v.doc, current).segments.filter((s, i) => v.doc.segments[i].source?.text.trim() && s.state === 'unchanged').length;
    }
  }
  console.log(`splitter, on ${seen.size} files' English at hand-off: ${given} of ${lookups} lookups given back as a sentence (${((100 * given) / lookups).toFixed(1)}%); aligned as unchanged: ${unchanged} (${((100 * unchanged) / lookups).toFixed(1)}%)`);

  const n = Number(option('sample') ?? 0);
  if (n) {
    const out: string[] = [];
    for (const [kind, list] of [...samples].sort()) out.push(`## ${kind} (${list.length}; ${Math.min(n, list.length)} shown)`, ...seeded(list).slice(0, n), '');
    fs.writeFileSync('/tmp/sxs-alignment-sample.txt', out.join('\n'));
    console.log('sample written to /tmp/sxs-alignment-sample.txt');
  }
}

main();
