/**
 * `npm run measure:alignment`: the alignment of the English on the corpus's real hand-off
 * pairs (docs/benchmarks.md, "Aligning the English"). Prints how many segments were aligned,
 * and how; then, for each file of read decisions in labels/ (labels.ts), how many the
 * alignment now makes as the reader said. With `--sample N`, writes N aligned changes of each
 * kind, both Englishes side by side, to /tmp/sxs-alignment-sample.txt (outside the project: it
 * quotes the corpus) for reading. Also splits each file's English at hand-off (reassembled
 * from its lookups) as an English source file would be, and counts the lookups the splitter
 * gives back as they are (on the hand-off pairs' files, and on every version of the corpus).
 *
 * `--label tuned --out FILE` writes every non-exact decision of the hand-off pairs as a labels
 * file to correct by reading; `--label fresh --size N [--seed S] --out FILE` a seeded sample of
 * other decisions (older hand-offs against each other, and against the newer English split as
 * a source file), none with the content of a tuned one; `--label blind --size N [--seed S]
 * [--per-document N] --out FILE` a seeded sample of the decisions on pairs of look-alike
 * documents (corpusPairs.ts, `similarPairs` at `LOOSEST_SHARE`), none on a document or with the content of a
 * decision any labels file has read, at most N (5) on a document. Each writes the decisions'
 * English, with both whole Englishes of each pair, to /tmp/sxs-alignment-read.txt for reading.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { currentEnglishOfSource, currentEnglishOfVersion, segmentChanges, type SegmentChanges } from '../../../server/src/core/changes/segmentChanges';
import { handoffEnglish } from '../../../server/src/core/changes/handoffEnglish';
import { normalisedEnglish } from '../../../server/src/core/changes/normalise';
import { parse } from '../../../server/src/core/parse/parse';
import { corpusRoot } from '../../support/corpus';
import { everyVersion, handoffPairs, olderPairs, PAIR_SEPARATOR, similarPairs, type HandoffPair } from './corpusPairs';
import { decisionsOf, nonExact, type Decision } from './decisions';
import { readLabels, score, writeLabels, type Label } from './labels';

const LABELS = path.resolve(__dirname, '../../../../test/bench/alignment/labels');

/**
 * The share of lookups two look-alike documents have in common (corpusPairs.ts, `similarPairs`)
 * for the pairs whose decisions are scored and drawn from: 40% for blind2 and blind3, then, with
 * those pairs read out, 30% for blind4 (the pairs of 40% are among them), then 20% for blind5 (at
 * 30%, 19 distinct decisions on documents no labels file had read were left).
 */
const LOOSEST_SHARE = 0.2;

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

/** The keys of a pair's decisions start with this: document(s), old and new hand-off, English read from. */
function pairOf(key: string): string {
  return key.split('\t').slice(0, 4).join('\t');
}

/** The document paths a decision is about: one, or both of a pair of look-alike documents. */
function documentsOf(key: string): string[] {
  return key.split('\t')[0].split(PAIR_SEPARATOR);
}

/** Draws `size` of `distinct` with `seed`, at most `perDocument` decisions on any one document. */
function drawn(distinct: readonly Decision[], size: number, seed: number, perDocument: number): Decision[] {
  const chosen: Decision[] = [];
  const taken = new Map<string, number>();
  for (const d of seeded(distinct, seed)) {
    if (chosen.length >= size) break;
    const docs = documentsOf(d.key);
    if (docs.some((p) => (taken.get(p) ?? 0) >= perDocument)) continue;
    chosen.push(d);
    for (const p of docs) taken.set(p, (taken.get(p) ?? 0) + 1);
  }
  return chosen;
}

/** The decisions read in labels/, scored; and with `--label`, a new file of decisions to read. */
function labelled(handoff: readonly HandoffPair[], corpus: string): void {
  const tunedPopulation = [...decisionsOf(handoff, 'lookups').values()].filter(nonExact);
  const older = olderPairs(corpus);
  const similar = similarPairs(corpus, LOOSEST_SHARE);
  const all = new Map<string, Decision>();
  for (const [pairs, from] of [[handoff, 'lookups'], [handoff, 'source'], [older, 'lookups'], [older, 'source']] as const) for (const [k, d] of decisionsOf(pairs, from)) if (!all.has(k)) all.set(k, d);
  // The decisions on pairs of look-alike documents (a path `old>new`), drawn from by `--label blind`.
  const lookAlike = new Map<string, Decision>();
  for (const from of ['lookups', 'source'] as const) for (const [k, d] of decisionsOf(similar, from)) if (!lookAlike.has(k)) lookAlike.set(k, d);
  const scored = new Map([...all, ...lookAlike]);
  const files = fs.existsSync(LABELS) ? fs.readdirSync(LABELS).filter((f) => f.endsWith('.tsv')).sort() : [];
  const read: Label[] = [];
  for (const f of files) {
    const { labels } = readLabels(path.join(LABELS, f));
    read.push(...labels);
    const { right, wrong } = score(labels, scored);
    console.log(`read decisions, labels/${f}: ${right} of ${labels.length} made as the reader said (${((100 * right) / labels.length).toFixed(1)}%)`);
    for (const w of wrong) console.log(`  not as read: ${w.label.key.replace(/\t/g, ' ')}: ${w.found}, read ${w.label.expected} (${w.label.note})`);
    if (f === 'tuned.tsv') {
      const keys = new Set(labels.map((l) => l.key));
      const unread = tunedPopulation.filter((d) => !keys.has(d.key));
      if (unread.length) console.log(`  ${unread.length} non-exact decisions of the hand-off pairs not read: write them with --label tuned`);
    }
  }
  const kind = option('label');
  if (!kind) return;
  const out = option('out');
  if (!out) throw new Error('--label needs --out FILE');
  let chosen: Decision[];
  let header: string[];
  const size = Number(option('size') ?? 100);
  const seed = Number(option('seed') ?? 2026);
  if (kind === 'tuned') {
    chosen = tunedPopulation;
    header = ['# Every non-exact decision of the hand-off pairs (each older version against the newest, English from its lookups).'];
  } else if (kind === 'fresh') {
    const seen = new Set(tunedPopulation.map((d) => d.content));
    const population = [...all.values()].filter((d) => nonExact(d) && !seen.has(d.content) && !tunedPopulation.some((t) => t.key === d.key));
    // One decision per content: the same change read in two pairs is one reading.
    const distinct = [...new Map(population.map((d) => [d.content, d])).values()].sort((a, b) => (a.key < b.key ? -1 : 1));
    chosen = seeded(distinct, seed).slice(0, size);
    header = [`# A fresh sample: ${chosen.length} of ${distinct.length} distinct non-exact decisions of other pairs (older hand-offs against each other, and against the newer English split as a source file), none with the content of a tuned decision; seed ${seed}.`];
  } else if (kind === 'blind') {
    // Documents and decisions no labels file has read: none on a document already read, none with the content of a decision already read.
    const readDocuments = new Set(read.flatMap((l) => documentsOf(l.key)));
    const readContent = new Set(read.map((l) => scored.get(l.key)?.content).filter((c) => c !== undefined));
    for (const d of tunedPopulation) readContent.add(d.content);
    const population = [...lookAlike.values()].filter((d) => nonExact(d) && !readContent.has(d.content) && !documentsOf(d.key).some((p) => readDocuments.has(p)));
    const distinct = [...new Map(population.map((d) => [d.content, d])).values()].sort((a, b) => (a.key < b.key ? -1 : 1));
    const perDocument = Number(option('per-document') ?? 5);
    chosen = drawn(distinct, size, seed, perDocument);
    header = [
      `# A blind sample: ${chosen.length} of ${distinct.length} distinct non-exact decisions on pairs of look-alike documents (corpusPairs.ts, similarPairs, at least ${100 * LOOSEST_SHARE}% of their lookups shared), English from the newer one's lookups or split as a source file,`,
      `# none on a document or with the content of a decision of the other labels files, at most ${perDocument} on a document; seed ${seed}.`,
    ];
  } else throw new Error(`--label tuned|fresh|blind, not ${kind}`);
  chosen.sort((a, b) => (a.key < b.key ? -1 : 1));
  writeLabels(out, header, chosen);
  // For reading, pair by pair: each decision with both Englishes, beside the pair's other non-exact decisions (where a removed sentence's rewrite may be).
  const reading: string[] = [];
  const chosenKeys = new Set(chosen.map((d) => d.key));
  const pool = kind === 'blind' ? lookAlike : all;
  for (const pairKey of [...new Set(chosen.map((d) => pairOf(d.key)))]) {
    reading.push(`## ${pairKey.replace(/\t/g, ' | ')}`);
    const ofPair = [...pool.values()].filter((o) => pairOf(o.key) === pairKey);
    for (const o of ofPair) {
      if (!nonExact(o)) continue;
      reading.push(`${chosenKeys.has(o.key) ? '*' : ' '} ${o.key.split('\t')[4]} [${o.how}] ${o.found}`);
      if (o.oldText) reading.push(`    OLD: ${o.oldText}`);
      if (o.newText) reading.push(`    NEW: ${o.newText}`);
    }
    // The whole of both Englishes, in order, to see what is around a decision.
    reading.push('  -- old English (segment: what became of it)');
    for (const o of ofPair) if (o.oldText) reading.push(`    ${o.key.split('\t')[4]}: ${o.found === 'unchanged' ? '=' : o.found} | ${o.oldText}`);
    reading.push('  -- new English (sentence hash: where it went)');
    for (const o of ofPair) if (!o.oldText) reading.push(`    ${o.key.split('\t')[4]}: ${o.found} | ${o.newText}`);
    reading.push('');
  }
  fs.writeFileSync('/tmp/sxs-alignment-read.txt', reading.join('\n'));
  console.log(`${chosen.length} decisions written to ${out}, their English to /tmp/sxs-alignment-read.txt`);
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
  // The same on every version of the corpus (the hand-off pairs' files are a few hundred of them).
  let allLookups = 0;
  let allGiven = 0;
  const versions = everyVersion(corpus);
  for (const v of versions) {
    const sentences = new Set(currentEnglishOfSource('english', parse(handoffEnglish(v.doc), { frontMatterData: false })).sentences.map((s) => normalisedEnglish(s.text)));
    for (const s of v.doc.segments) {
      if (!s.source?.text.trim()) continue;
      allLookups++;
      if (sentences.has(normalisedEnglish(s.source.text))) allGiven++;
    }
  }
  console.log(`splitter, on all ${versions.length} versions' English at hand-off: ${allGiven} of ${allLookups} lookups given back as a sentence (${((100 * allGiven) / allLookups).toFixed(2)}%)`);

  labelled(pairs, corpus);

  const n = Number(option('sample') ?? 0);
  if (n) {
    const out: string[] = [];
    for (const [kind, list] of [...samples].sort()) out.push(`## ${kind} (${list.length}; ${Math.min(n, list.length)} shown)`, ...seeded(list).slice(0, n), '');
    fs.writeFileSync('/tmp/sxs-alignment-sample.txt', out.join('\n'));
    console.log('sample written to /tmp/sxs-alignment-sample.txt');
  }
}

main();
