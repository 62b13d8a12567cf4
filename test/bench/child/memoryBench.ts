/**
 * Builds a translation memory in a fresh process and measures it: the build (beside an
 * exact-match map of the same pairs), the heap it holds (beside the pairs' texts), fuzzy lookup
 * p50/p99 (beside a linear scan with the same similarity) and the update after an edit
 * (beside parsing the document edited). Prints JSON. Run with --expose-gc.
 *
 *   node --expose-gc out/test/bench/child/memoryBench.js corpus <folder>
 *   node --expose-gc out/test/bench/child/memoryBench.js generated <pairs>
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TranslationMemory, type MemoryOrigin, type MemoryPair } from '../../../server/src/core/memory/translationMemory';
import { parse } from '../../../server/src/core/parse/parse';
import { normalizeLocale } from '../../../server/src/core/locale';
import { Random } from '../generate/random';
import { percentile } from '../measure';

interface Doc {
  readonly uri: string;
  readonly origin: MemoryOrigin;
  readonly pairs: MemoryPair[];
  /** The file's text, for the parse baseline of an edit (corpus only). */
  readonly text?: string;
}

export interface MemoryBenchResult {
  readonly pairs: number;
  readonly sentences: number;
  readonly buildMs: number;
  readonly exactMapMs: number;
  readonly heapMB: number;
  readonly textMB: number;
  readonly lookupP50: number;
  readonly lookupP99: number;
  /** The same lookups in CPU time (this process's): what the lookup costs on one core, without the time the system gave other processes. */
  readonly lookupCpuP50: number;
  readonly lookupCpuP99: number;
  readonly linearP50: number;
  readonly linearP99: number;
  /** Queries whose best match % the index found as the linear scan did. */
  readonly agreement: number;
  readonly updateP50: number;
  readonly parseP50: number;
}

function corpusDocs(folder: string): Doc[] {
  const docs: Doc[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.md')) {
        const text = fs.readFileSync(p, 'utf8');
        const doc = parse(text);
        const locale = (doc.keys.contentLocale && normalizeLocale(doc.keys.contentLocale)) || /\.([a-z]{2}-[A-Z]{2})[\\/]/.exec(p)?.[1];
        if (!locale) continue;
        const pairs = doc.segments.filter((s) => s.source).map((s) => ({ english: ` ${s.source!.text}`.slice(1), translation: ` ${s.translation.text}`.slice(1), segment: s.id }));
        docs.push({ uri: p, origin: { locale, translationType: doc.keys.translationType, lastHandoff: doc.keys.lastHandoff }, pairs, text });
      }
    }
  };
  walk(folder);
  return docs;
}

/** Words of a made-up language, frequent ones first (Zipf). */
function vocabulary(random: Random, size: number): string[] {
  const syllables = ['ka', 'to', 'ri', 'ne', 'sa', 'lo', 'mi', 've', 'du', 'pe', 'an', 'or', 'is', 'et', 'ul'];
  return Array.from({ length: size }, (_, i) => Array.from({ length: 1 + Math.min(4, Math.floor(Math.log10(i + 10))) + random.int(0, 1) }, () => random.pick(syllables)).join('') + (i % 7 === 0 ? 's' : ''));
}

function zipf(random: Random, words: readonly string[]): string {
  return words[Math.min(words.length - 1, Math.floor(Math.pow(words.length, random.next()) - 1))];
}

/**
 * `total` pairs in five locales: English sentences of 4 to 30 words (Zipf over 30,000 words),
 * a third of them near-repeats of another (one or two words changed, as docs repeat
 * themselves), each in 2 to 5 locales; 60 pairs a document.
 */
function generatedDocs(total: number): Doc[] {
  const random = new Random(15);
  const english = vocabulary(random, 30_000);
  const foreign = vocabulary(random, 40_000).map((w) => `${w}e`);
  const locales = ['de-DE', 'fi-FI', 'it-IT', 'ro-RO', 'zh-TW'];
  const sentences: string[] = [];
  const docs = new Map<string, Doc>();
  let made = 0;
  let n = 0;
  while (made < total) {
    let sentence: string;
    if (sentences.length > 10 && random.chance(0.33)) {
      const words = random.pick(sentences).split(' ');
      for (let k = random.int(1, 2); k > 0; k--) words[random.int(0, words.length - 1)] = zipf(random, english);
      sentence = words.join(' ');
    } else sentence = Array.from({ length: random.int(4, 30) }, () => zipf(random, english)).join(' ');
    sentences.push(sentence);
    const translation = sentence
      .split(' ')
      .map(() => zipf(random, foreign))
      .join(' ');
    for (const locale of locales.slice(0, random.int(2, 5))) {
      const uri = `file:///generated/${locale}/doc${Math.floor(n / 60)}.md`;
      let doc = docs.get(uri);
      if (!doc) docs.set(uri, (doc = { uri, origin: { locale, translationType: random.chance(0.3) ? 'HT' : 'MT', lastHandoff: `0${random.int(1, 9)}/1${random.int(0, 9)}/202${random.int(0, 4)}` }, pairs: [] }));
      doc.pairs.push({ english: `${sentence}.`, translation: `${locale.slice(0, 2)} ${translation}.`, segment: `aaaaa-${100 + (n % 60)}` });
      made++;
    }
    n++;
  }
  return [...docs.values()];
}

/** A query like a sentence of the memory: the same, or with a word replaced or removed. */
function queries(docs: readonly Doc[], count: number, locale: string): string[] {
  const random = new Random(7);
  const pool = docs.filter((d) => d.origin.locale === locale).flatMap((d) => d.pairs.map((p) => p.english));
  return Array.from({ length: count }, () => {
    const words = random.pick(pool).split(' ');
    const r = random.next();
    if (r < 0.4 && words.length > 3) words.splice(random.int(0, words.length - 1), 1);
    else if (r < 0.8) words[random.int(0, words.length - 1)] = random.pick(words);
    return words.join(' ');
  });
}

/** CPU time of each run, in ms (microsecond resolution), sorted. */
function cpuTimeEach(items: readonly string[], run: (q: string) => void): number[] {
  const times: number[] = [];
  for (const q of items) {
    const before = process.cpuUsage();
    run(q);
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b);
}

function timeEach(items: readonly string[], run: (q: string) => void): number[] {
  const times: number[] = [];
  for (const q of items) {
    const t = performance.now();
    run(q);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

async function main(kind: string, arg: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  const empty = process.memoryUsage().heapUsed;
  const docs = kind === 'corpus' ? corpusDocs(arg) : generatedDocs(Number(arg));
  // The files' texts are not kept: the baseline of the heap is the pairs alone.
  for (const d of docs) (d as { text?: string }).text = undefined;
  gc();
  const withPairs = process.memoryUsage().heapUsed;
  const pairs = docs.reduce((n, d) => n + d.pairs.length, 0);

  // The baseline of the build: an exact-match map of the same pairs.
  let t = performance.now();
  const exact = new Map<string, MemoryPair[]>();
  for (const d of docs) for (const p of d.pairs) (exact.get(p.english) ?? exact.set(p.english, []).get(p.english)!).push(p);
  const exactMapMs = performance.now() - t;
  exact.clear();
  gc();

  const memory = new TranslationMemory();
  t = performance.now();
  for (const d of docs) memory.set(d.uri, d.origin, d.pairs);
  const buildMs = performance.now() - t;
  gc();
  const withMemory = process.memoryUsage().heapUsed;

  const locale = 'de-DE';
  const asked = queries(docs, 2000, locale);
  for (const q of asked.slice(0, 50)) memory.lookup(q, locale); // warm-up
  const lookup = timeEach(asked, (q) => memory.lookup(q, locale));
  const lookupCpu = cpuTimeEach(asked, (q) => memory.lookup(q, locale));
  const linearAsked = asked.slice(0, kind === 'corpus' ? 300 : 60);
  const linear = timeEach(linearAsked, (q) => memory.lookupLinear(q, locale));
  let agree = 0;
  for (const q of linearAsked) if ((memory.lookup(q, locale)[0]?.percent ?? 0) === (memory.lookupLinear(q, locale)[0]?.percent ?? 0)) agree++;

  // An edit: one document of the locale taken out and set again with one pair changed.
  const edited = docs.filter((d) => d.origin.locale === locale && d.pairs.length > 5).slice(0, 200);
  const update = timeEach(
    edited.map((d) => d.uri),
    (uri) => {
      const d = edited.find((x) => x.uri === uri)!;
      memory.set(d.uri, d.origin, d.pairs.map((p, i) => (i === 0 ? { ...p, translation: `${p.translation} x` } : p)));
    },
  );
  const editedTexts = kind === 'corpus' ? edited.map((d) => fs.readFileSync(d.uri, 'utf8')) : [];
  const parseTimes = timeEach(editedTexts, (text) => parse(text));

  const result: MemoryBenchResult = {
    pairs,
    sentences: memory.stats().sentences,
    buildMs,
    exactMapMs,
    heapMB: (withMemory - withPairs) / 1e6,
    textMB: (withPairs - empty) / 1e6,
    lookupP50: percentile(lookup, 50),
    lookupP99: percentile(lookup, 99),
    lookupCpuP50: percentile(lookupCpu, 50),
    lookupCpuP99: percentile(lookupCpu, 99),
    linearP50: percentile(linear, 50),
    linearP99: percentile(linear, 99),
    agreement: agree / linearAsked.length,
    updateP50: percentile(update, 50),
    parseP50: parseTimes.length ? percentile(parseTimes, 50) : NaN,
  };
  process.stdout.write(JSON.stringify(result));
}

void main(process.argv[2], process.argv[3]).catch((e) => {
  console.error(e);
  process.exit(1);
});
