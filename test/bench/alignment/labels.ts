/**
 * Decisions of the alignment read by a person, kept as data (test/bench/alignment/labels/*.tsv)
 * so that `npm run measure:alignment` gives the share read right again after any change.
 * One line per decision: its key (see decisions.ts: document, old and new hand-off, where the
 * English was read from, item), what is right, and a note in the reader's words. The corpus
 * is never copied: sentences are named by a hash of their English (a note may quote a phrase of one).
 */
import * as fs from 'node:fs';
import type { Decision } from './decisions';

export interface Label {
  readonly key: string;
  /** What is right, in the form of `Decision.found`. */
  readonly expected: string;
  readonly note: string;
}

export interface LabelFile {
  /** The comment lines at the top (how the decisions were chosen). */
  readonly header: readonly string[];
  readonly labels: readonly Label[];
}

const COLUMNS = ['path', 'old', 'new', 'from', 'item', 'expected', 'note'];

export function readLabels(file: string): LabelFile {
  const header: string[] = [];
  const labels: Label[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (line.startsWith('#')) {
      if (!labels.length) header.push(line);
      continue;
    }
    const cells = line.split('\t');
    if (cells[0] === COLUMNS[0]) continue;
    if (cells.length < 6) throw new Error(`${file}: a line without the columns ${COLUMNS.join(', ')}: ${line}`);
    labels.push({ key: cells.slice(0, 5).join('\t'), expected: cells[5], note: cells[6] ?? '' });
  }
  return { header, labels };
}

export function writeLabels(file: string, header: readonly string[], decisions: readonly Decision[]): void {
  const lines = [...header, COLUMNS.join('\t'), ...decisions.map((d) => `${d.key}\t${d.found}\t${d.how}`)];
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

/** How many of the labelled decisions the alignment now makes as the reader said, and the others. */
export function score(labels: readonly Label[], decisions: ReadonlyMap<string, Decision>): { right: number; wrong: { label: Label; found: string }[] } {
  let right = 0;
  const wrong: { label: Label; found: string }[] = [];
  for (const label of labels) {
    // A decision no longer made (a line no longer read as a sentence) is `none`.
    const found = decisions.get(label.key)?.found ?? 'none';
    if (found === label.expected) right++;
    else wrong.push({ label, found });
  }
  return { right, wrong };
}
