/** The labelled data of the evaluation set: JSON Lines files in this folder, read and checked against the corpus. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATEGORIES, type Category } from './categories';
import type { SegmentKey } from './keys';

export interface DefectLabel {
  readonly category: Category;
  readonly note: string;
  readonly doubt?: string;
}

/** A segment read by a person: its defects, or none. */
export interface SegmentLabel extends SegmentKey {
  readonly translationType: 'MT' | 'HT';
  readonly defects: readonly DefectLabel[];
}

/** One finding of a rule read by a person: a real defect or a false alarm. */
export interface FindingLabel extends SegmentKey {
  readonly rule: string;
  readonly verdict: boolean;
  readonly note?: string;
}

export const EVAL_DIR = path.resolve(__dirname, '../../../test/eval');
export const SEGMENTS_FILE = path.join(EVAL_DIR, 'segments.jsonl');
export const FINDINGS_FILE = path.join(EVAL_DIR, 'findings.jsonl');

export function readJsonLines<T>(file: string): T[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${path.basename(file)}:${i + 1}: not JSON (${(e as Error).message})`);
      }
    });
}

/** Sorted, one object per line with its keys in a fixed order, so the files merge well. */
export function writeJsonLines(file: string, rows: readonly object[], order: (row: object) => string): void {
  const sorted = [...rows].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  fs.writeFileSync(file, sorted.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

export function validateSegmentLabel(l: SegmentLabel, where: string): void {
  for (const d of l.defects) {
    if (!CATEGORIES.includes(d.category)) throw new Error(`${where}: unknown category ${JSON.stringify(d.category)}`);
  }
}

export const keyOf = (k: { file: string; id: string }): string => `${k.file}#${k.id}`;
export const findingKeyOf = (k: { rule: string; file: string; id: string }): string => `${k.rule}@${k.file}#${k.id}`;
