import * as fs from 'node:fs';
import { currentEnglishOfVersion, segmentChanges } from '../../../server/src/core/changes/segmentChanges';
import type { SxsDocument } from '../../../server/src/core/model';
import { parse } from '../../../server/src/core/parse/parse';
import { largestMarkdownFile } from '../../support/corpus';
import { handoffPairs } from '../alignment/corpusPairs';
import { corpusMeasurement, type Figure } from '../measure';

const ROUNDS = 5;

/** Best of `rounds` runs of `fn`, in milliseconds. */
function best(rounds: number, fn: () => void): number {
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    fn();
    min = Math.min(min, performance.now() - started);
  }
  return min;
}

/** The document with a word changed in every tenth English lookup, and every 25th lookup moved to the end: a heavily edited English. */
function edited(doc: SxsDocument): SxsDocument {
  let text = doc.text;
  const moved: string[] = [];
  for (let i = doc.segments.length - 1; i >= 0; i--) {
    const s = doc.segments[i];
    if (!s.source) continue;
    if (i % 25 === 0) {
      moved.push(text.slice(s.full.start, s.full.end));
      text = text.slice(0, s.full.start) + text.slice(s.full.end);
    } else if (i % 10 === 0) text = `${text.slice(0, s.source.content.start)}Newly ${s.source.text}${text.slice(s.source.content.end)}`;
  }
  return parse(`${text}\n\n${moved.join('\n\n')}\n`, { frontMatterData: false });
}

/**
 * The alignment of a translation's English lookups with the current English: on the largest
 * document of the corpus against a heavily edited English (a tenth of its sentences changed,
 * a 25th moved), and on the whole corpus (every locale version of each document against its
 * newest); each beside parsing the same documents, in the same run.
 */
export const alignment = corpusMeasurement('alignment', "alignment of the English lookups with the current English, beside parsing the same files", async (context, corpus) => {
  const largest = largestMarkdownFile(corpus);
  const text = fs.readFileSync(largest, 'utf8');
  const doc = parse(text, { frontMatterData: false });
  const newer = edited(doc);
  const current = currentEnglishOfVersion('newer', 'xx-XX', newer);
  const alignLargest = best(ROUNDS, () => segmentChanges(doc, current));
  const parseLargest = best(ROUNDS, () => parse(text, { frontMatterData: false }));
  context.log(`alignment: largest document ${largest.slice(corpus.length + 1)} (${doc.segments.length} segments)`);

  const pairs = handoffPairs(corpus, true);
  const currents = pairs.map((p) => currentEnglishOfVersion(p.path, p.newer.locale, p.newer.doc));
  const alignAll = best(ROUNDS, () => pairs.forEach((p, i) => segmentChanges(p.older.doc, currents[i])));
  const texts = pairs.map((p) => p.older.doc.text);
  const parseAll = best(ROUNDS, () => texts.forEach((t) => parse(t, { frontMatterData: false })));
  const segments = pairs.reduce((n, p) => n + p.older.doc.segments.length, 0);
  return [
    { key: 'alignment.largest', label: `align the largest document (${doc.segments.length.toLocaleString('en-US')} segments, a tenth edited)`, value: alignLargest, unit: 'ms', baseline: { label: 'parsing it', value: parseLargest } },
    { key: 'alignment.corpus', label: `align the whole corpus (${pairs.length.toLocaleString('en-US')} versions against their newest, ${segments.toLocaleString('en-US')} segments)`, value: alignAll, unit: 'ms', baseline: { label: 'parsing the same versions', value: parseAll } },
  ] satisfies Figure[];
});
