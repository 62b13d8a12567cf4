/**
 * Draws the evaluation set of the checks: a seeded random sample of body segments of the real
 * corpus, spread over its locales and over machine (MT) and human (HT) translation, each split
 * into the part the rules are tuned on and the part they are measured on.
 *
 * `node out/test/eval/sample.js [--per-locale N] [--seed N] [--skip FILE] [--texts DIR]` prints the
 * keys as JSON Lines; with `--texts` it also writes, per locale, the segments' texts for the people
 * labelling them (outside the repository: the corpus is never copied into the project). A later
 * round of labelling draws with another seed and `--skip test/eval/segments.jsonl`, so that it
 * reads only segments nobody has labelled yet.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusRoot, markdownFiles } from '../support/corpus';
import { parse } from '../../server/src/core/parse/parse';
import { segmentKey, type SegmentKey } from './keys';
import { keyOf, readJsonLines } from './labels';

/** mulberry32: a small seeded generator, so the same seed draws the same set. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampledSegment extends SegmentKey {
  readonly translationType: 'MT' | 'HT';
  readonly line: number;
  readonly english: string;
  readonly translation: string;
  /** The whole source line, for context. */
  readonly context: string;
}

/** Every body segment (outside the front matter, with an English lookup) of one locale folder. */
export function bodySegments(corpus: string, localeDir: string): SampledSegment[] {
  const out: SampledSegment[] = [];
  for (const file of markdownFiles(path.join(corpus, localeDir))) {
    const text = fs.readFileSync(file, 'utf8');
    const doc = parse(text);
    const type = doc.keys.translationType === 'HT' ? 'HT' : 'MT';
    const bodyStart = doc.frontMatter?.full.end ?? 0;
    const rel = path.relative(corpus, file).split(path.sep).join('/');
    for (const s of doc.segments) {
      if (!s.source || s.full.start < bodyStart || !s.wellFormedId) continue;
      const line = s.full.range.start.line;
      out.push({
        ...segmentKey(rel, s.id, s.source.text, s.translation.text),
        translationType: type,
        line: line + 1,
        english: s.source.text,
        translation: s.translation.text,
        context: text.slice(doc.lines.offsetAt({ line, character: 0 }), doc.lines.offsetAt({ line: line + 1, character: 0 })).replace(/\r?\n$/, ''),
      });
    }
  }
  return out;
}

/**
 * Draws `perLocale` segments per locale: 60% MT and 40% HT, without replacement, leaving out the
 * segments whose `file#id` is in `skip`.
 */
export function drawSample(corpus: string, perLocale: number, seed = 20261202, skip: ReadonlySet<string> = new Set()): SampledSegment[] {
  const locales = fs.readdirSync(corpus).filter((d) => fs.statSync(path.join(corpus, d)).isDirectory()).sort();
  const out: SampledSegment[] = [];
  locales.forEach((dir, i) => {
    const all = bodySegments(corpus, dir).filter((s) => !skip.has(keyOf(s)));
    const random = seededRandom(seed + i);
    for (const [type, share] of [['MT', 0.6], ['HT', 0.4]] as const) {
      const pool = all.filter((s) => s.translationType === type);
      const want = Math.min(pool.length, Math.round(perLocale * share));
      for (let k = 0; k < want; k++) {
        const j = k + Math.floor(random() * (pool.length - k));
        [pool[k], pool[j]] = [pool[j]!, pool[k]!];
        out.push(pool[k]!);
      }
    }
  });
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const perLocale = Number(option('--per-locale') ?? 300) || 300;
  const seed = Number(option('--seed') ?? 20261202);
  if (!Number.isInteger(seed)) throw new Error(`--seed takes a whole number, not ${option('--seed')}`);
  const skipFile = option('--skip');
  const skip = new Set(skipFile ? readJsonLines<{ file: string; id: string }>(skipFile).map(keyOf) : []);
  const textsDir = option('--texts');
  const corpus = corpusRoot();
  if (!corpus) throw new Error('the corpus is not at ../shared/corpus and SXS_CORPUS is not set');
  const sample = drawSample(corpus, perLocale, seed, skip);
  for (const s of sample) {
    const { file, id, englishHash, translationHash, split, translationType } = s;
    process.stdout.write(JSON.stringify({ file, id, englishHash, translationHash, split, translationType }) + '\n');
  }
  if (textsDir) {
    fs.mkdirSync(textsDir, { recursive: true });
    const byLocale = new Map<string, SampledSegment[]>();
    for (const s of sample) {
      const locale = s.file.split('/')[0]!.replace(/^.*\./, '');
      byLocale.set(locale, [...(byLocale.get(locale) ?? []), s]);
    }
    for (const [locale, list] of byLocale) {
      fs.writeFileSync(path.join(textsDir, `segments-${locale}.jsonl`), list.map((s) => JSON.stringify(s)).join('\n') + '\n');
    }
  }
}

if (require.main === module) main();
