/** Precision per rule and recall per category from the labelled evaluation set and the checks' findings. */
import { createHash } from 'node:crypto';
import { claimedCategories, RULE_CATEGORY, type Category } from './categories';
import type { CorpusSegments } from './corpusSegments';
import type { EvalFinding } from './findings';
import { splitOf, textHash, type SegmentKey } from './keys';
import { findingKeyOf, keyOf, type FindingLabel, type SegmentLabel } from './labels';

export type Split = 'tune' | 'test';
export const SAMPLE_PER_SPLIT = 30;
const SEED = 'sxs-eval-1';

/** Severities a reviewer sees in the Problems panel by default. */
export const SHOWN = new Set(['information', 'warning', 'error']);

/** A finding of a rule on one segment (several on the same segment count as one, as a reviewer reads them). */
export interface SampledFinding extends SegmentKey {
  readonly rule: string;
  readonly severity: EvalFinding['severity'];
  readonly messages: readonly string[];
  readonly line: number;
}

export interface RulePrecision {
  readonly rule: string;
  readonly severity: string;
  /** Findings in the corpus (one per rule and segment). */
  readonly total: number;
  readonly bySplit: Record<Split, { sampled: number; labelled: number; correct: number }>;
  /** Sampled findings with no label yet. */
  readonly unlabelled: readonly SampledFinding[];
}

/** Groups findings by rule and segment, keeping the highest severity and every message. */
export function findingsBySegment(findings: readonly EvalFinding[], segments: CorpusSegments): Map<string, SampledFinding[]> {
  const byRule = new Map<string, Map<string, SampledFinding>>();
  const rank = { hint: 0, information: 1, warning: 2, error: 3 };
  for (const f of findings) {
    const perRule = byRule.get(f.rule) ?? new Map<string, SampledFinding>();
    byRule.set(f.rule, perRule);
    const key = keyOf(f);
    const prior = perRule.get(key);
    if (prior) {
      perRule.set(key, { ...prior, severity: rank[f.severity] > rank[prior.severity] ? f.severity : prior.severity, messages: [...prior.messages, f.message] });
      continue;
    }
    const texts = f.id === '@file' ? undefined : segments.get(f.file, f.id);
    const fileHash = texts ? '' : segments.fileHash(f.file);
    perRule.set(key, {
      file: f.file,
      id: f.id,
      englishHash: texts?.englishHash ?? fileHash,
      translationHash: texts?.translationHash ?? fileHash,
      split: splitOf(f.file),
      rule: f.rule,
      severity: f.severity,
      messages: [f.message],
      line: f.line,
    });
  }
  return new Map([...byRule].map(([rule, m]) => [rule, [...m.values()]]));
}

const order = (k: string) => createHash('sha1').update(`${SEED}|${k}`).digest('hex');

/** The seeded sample of a rule's findings: up to {@link SAMPLE_PER_SPLIT} per split. */
export function sampleFindings(list: readonly SampledFinding[], split: Split): SampledFinding[] {
  return list
    .filter((f) => f.split === split)
    .map((f) => ({ f, o: order(findingKeyOf(f)) }))
    .sort((a, b) => (a.o < b.o ? -1 : 1))
    .slice(0, SAMPLE_PER_SPLIT)
    .map((x) => x.f);
}

export function precisionPerRule(byRule: Map<string, SampledFinding[]>, labels: readonly FindingLabel[]): RulePrecision[] {
  const labelled = new Map(labels.map((l) => [findingKeyOf(l), l]));
  const out: RulePrecision[] = [];
  for (const [rule, list] of byRule) {
    const unlabelled: SampledFinding[] = [];
    const bySplit = {} as RulePrecision['bySplit'];
    for (const split of ['tune', 'test'] as const) {
      const sample = sampleFindings(list, split);
      let count = 0;
      let correct = 0;
      for (const f of sample) {
        const l = labelled.get(findingKeyOf(f));
        if (!l || l.englishHash !== f.englishHash || l.translationHash !== f.translationHash) {
          unlabelled.push(f);
          continue;
        }
        count++;
        if (l.verdict) correct++;
      }
      bySplit[split] = { sampled: sample.length, labelled: count, correct };
    }
    const severities = new Set(list.map((f) => f.severity));
    out.push({ rule, severity: [...severities].join('/'), total: list.length, bySplit, unlabelled });
  }
  return out.sort((a, b) => b.total - a.total);
}

export interface RecallRow {
  readonly defects: number;
  /** Found by a rule of the defect's category. */
  readonly found: number;
  /** With any finding on the segment. */
  readonly onSegment: number;
}

export interface Recall {
  readonly byCategory: Map<Category, Record<Split, RecallRow>>;
  readonly byLocale: Map<string, Record<Split, RecallRow>>;
  readonly claimed: Record<Split, RecallRow>;
  readonly all: Record<Split, RecallRow>;
  /** Labelled defects that no rule of their category found, for reading. */
  readonly missed: { label: SegmentLabel; category: Category; note: string; rules: string[] }[];
  /** Labels whose segment changed in the corpus since it was labelled. */
  lapsed: number;
  readonly segments: Record<Split, number>;
}

const emptyRow = (): Record<Split, RecallRow> => ({ tune: { defects: 0, found: 0, onSegment: 0 }, test: { defects: 0, found: 0, onSegment: 0 } });
const add = (r: Record<Split, RecallRow>, split: Split, found: boolean, onSegment: boolean) => {
  const row = r[split];
  r[split] = { defects: row.defects + 1, found: row.found + (found ? 1 : 0), onSegment: row.onSegment + (onSegment ? 1 : 0) };
};

export function recall(labels: readonly SegmentLabel[], findings: readonly EvalFinding[], segments: CorpusSegments): Recall {
  const shownBySegment = new Map<string, string[]>();
  for (const f of findings) {
    if (!SHOWN.has(f.severity)) continue;
    const k = keyOf(f);
    shownBySegment.set(k, [...(shownBySegment.get(k) ?? []), f.rule]);
  }
  const claimed = new Set(claimedCategories());
  const result: Recall = { byCategory: new Map(), byLocale: new Map(), claimed: emptyRow(), all: emptyRow(), missed: [], lapsed: 0, segments: { tune: 0, test: 0 } };
  for (const label of labels) {
    const now = segments.get(label.file, label.id);
    if (!now || now.englishHash !== label.englishHash || now.translationHash !== label.translationHash) {
      result.lapsed++;
      continue;
    }
    result.segments[label.split]++;
    const rules = shownBySegment.get(keyOf(label)) ?? [];
    const locale = label.file.split('/')[0]!.replace(/^.*\./, '');
    for (const d of label.defects) {
      const found = rules.some((r) => RULE_CATEGORY[r] === d.category);
      const onSegment = rules.length > 0;
      const cat = result.byCategory.get(d.category) ?? emptyRow();
      result.byCategory.set(d.category, cat);
      add(cat, label.split, found, onSegment);
      const loc = result.byLocale.get(locale) ?? emptyRow();
      result.byLocale.set(locale, loc);
      add(loc, label.split, found, onSegment);
      add(result.all, label.split, found, onSegment);
      if (claimed.has(d.category)) add(result.claimed, label.split, found, onSegment);
      if (!found) result.missed.push({ label, category: d.category, note: d.note, rules });
    }
  }
  return result;
}

/** Findings shown on labelled segments that match none of the segment's labelled defects: false alarms on the random set. */
export function falseAlarmsOnRandomSet(labels: readonly SegmentLabel[], findings: readonly EvalFinding[]): Map<string, { findings: number; matching: number }> {
  const bySegment = new Map(labels.map((l) => [keyOf(l), l]));
  const seen = new Set<string>();
  const out = new Map<string, { findings: number; matching: number }>();
  for (const f of findings) {
    const label = bySegment.get(keyOf(f));
    if (!label || !SHOWN.has(f.severity) || seen.has(`${f.rule}@${keyOf(f)}`)) continue;
    seen.add(`${f.rule}@${keyOf(f)}`);
    const row = out.get(f.rule) ?? { findings: 0, matching: 0 };
    row.findings++;
    if (label.defects.some((d) => d.category === RULE_CATEGORY[f.rule])) row.matching++;
    out.set(f.rule, row);
  }
  return out;
}

export { textHash };
