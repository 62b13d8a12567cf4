import type { Severity } from '../config';
import { localeDirection } from '../locale';
import type { SxsDocument } from '../model';
import { counterpartOf, SegmentNumbers } from '../paragraphs';
import type { Finding } from '../rules/rule';
import { blockContexts, type BlockContext } from './blockContext';
import { throwIfCancelled, type CancellationTokenLike } from '../cancellation';
import type { SegmentChanges } from '../changes/segmentChanges';
import { wordDiff, type DiffPart } from '../changes/wordDiff';

/** Another locale's version of the document, to show beside this one. */
export interface LocaleVersion {
  readonly locale: string;
  readonly doc: SxsDocument;
  /** Where it is (the language service checks it by this path). */
  readonly uri?: string;
  /** Its own findings: those of its segments show in its cells. */
  readonly findings?: readonly Finding[];
}

/** What another locale shows in a row. */
export type OtherCell =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly ids: readonly string[];
      /** The findings of the other locale's own segments in this cell (none: absent). */
      readonly findings?: readonly RowFinding[];
    }
  /** The other locale keeps this sentence in a paragraph segment shown in an earlier row. */
  | { readonly kind: 'above'; readonly id: string }
  | { readonly kind: 'missing' };

export interface RowFinding {
  readonly code: string;
  readonly severity: Exclude<Severity, 'off'>;
  readonly message: string;
}

/** One row of the side-by-side preview: a segment of this document and its versions. */
export interface PreviewRow {
  /** The segment id: stable across edits, so the preview updates rows in place. */
  readonly key: string;
  /** The segment's index in this document. */
  readonly index: number;
  readonly number: number;
  readonly paragraph: boolean;
  readonly context: BlockContext;
  /** Markdown of the English (from the lookup span) and of the translation. */
  readonly english: string;
  readonly translation: string;
  /** Other locales' versions, by locale. */
  readonly others: Readonly<Record<string, OtherCell>>;
  readonly findings: readonly RowFinding[];
  /** Offsets of the whole segment markup in the document, for editor sync. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the translation text in the document, to reveal and select it. */
  readonly translationStart: number;
  readonly translationEnd: number;
  /** When the English of this segment is newer in another version of the document: the newer English. */
  readonly stale?: string;
  /** When the English changed: the word diff from the English it was translated from to the English now. */
  readonly englishDiff?: readonly DiffPart[];
}

/** A sentence of the current English that no segment has, shown as a row of its own. */
export interface AddedRow {
  /** Stable while the English stays (`added-<n>`). */
  readonly key: string;
  /** The index of the segment whose row it follows (-1: before the first). */
  readonly after: number;
  /** Its Markdown. */
  readonly english: string;
}

export interface PreviewModel {
  readonly locale: string | undefined;
  readonly direction: 'ltr' | 'rtl';
  readonly translationType: string | undefined;
  /** Where the body starts (after the front matter), for rendering the document as a reader sees it. */
  readonly bodyStart: number;
  readonly rows: readonly PreviewRow[];
  /** The English sentences added since this translation was made, each after the row it follows. */
  readonly added: readonly AddedRow[];
  /** Findings not tied to a segment (front matter, the file as a whole). */
  readonly documentFindings: readonly RowFinding[];
  /** The other locales shown, in column order, with their direction. */
  readonly otherLocales: readonly { readonly locale: string; readonly direction: 'ltr' | 'rtl' }[];
  /** Every other locale version the index knows (to add as a column). */
  readonly versions: readonly VersionSummary[];
}

/** Another locale version of the document, as the column picker shows it. */
export interface VersionSummary {
  readonly locale: string;
  readonly translationType: string | undefined;
  /** Made from an older English than the newest version. */
  readonly stale: boolean;
}

/** What the preview is given beside the document. */
export interface PreviewInputs {
  /** The versions to show as columns, in order. */
  readonly others?: readonly LocaleVersion[];
  /** Segments (by index) whose English is newer elsewhere, with that English. */
  readonly newerEnglish?: ReadonlyMap<number, string>;
  readonly versions?: readonly VersionSummary[];
  /** The segments aligned with the current English, for the diffs and the added sentences. */
  readonly alignment?: SegmentChanges;
}

/**
 * The rows of the side-by-side preview: one per segment of this document, aligned with the
 * other locales by segment number (a `-p` paragraph segment against the run of sentences it
 * stands for, and back), with each segment's findings.
 */
export function previewModel(doc: SxsDocument, findings: readonly Finding[], inputs: PreviewInputs = {}, token?: CancellationTokenLike): PreviewModel {
  const others = inputs.others ?? [];
  const contexts = blockContexts(doc);
  const here = new SegmentNumbers(doc);
  const there = others.map((o) => ({ locale: o.locale, numbers: new SegmentNumbers(o.doc) }));
  const { bySegment, documentFindings } = findingsBySegment(findings);
  const othersFindings = others.map((o) => findingsBySegment(o.findings ?? []).bySegment);
  const seen = new Set<string>();
  const rows = doc.segments.map((segment): PreviewRow => {
    if (segment.index % 256 === 0) throwIfCancelled(token);
    // Ids are unique in a well-formed file; a duplicate still needs a row of its own.
    const key = seen.has(segment.id) ? `${segment.id}#${segment.index}` : segment.id;
    seen.add(key);
    const othersCells: Record<string, OtherCell> = {};
    there.forEach((o, i) => {
      const c = counterpartOf(segment, here, o.numbers);
      const shown = c.kind === 'same' ? c.segments : c.kind === 'paragraph' && !c.covered ? [c.segment] : undefined;
      const cellFindings = shown?.flatMap((s) => othersFindings[i].get(s.index) ?? []) ?? [];
      othersCells[o.locale] = shown
        ? { kind: 'text', text: shown.map((s) => s.translation.text.trim()).join(' '), ids: shown.map((s) => s.id), ...(cellFindings.length ? { findings: cellFindings } : {}) }
        : c.kind === 'paragraph' ? { kind: 'above', id: c.segment.id }
        : { kind: 'missing' };
    });
    const change = inputs.alignment?.segments[segment.index];
    const diff = change?.state === 'changed' && segment.source ? wordDiff(segment.source.text, change.english.map((e) => e.text).join(' ')) : undefined;
    return {
      key,
      index: segment.index,
      number: segment.number,
      paragraph: segment.paragraph,
      context: contexts[segment.index],
      english: segment.source?.text ?? '',
      translation: segment.translation.text,
      others: othersCells,
      findings: bySegment.get(segment.index) ?? [],
      start: segment.full.start,
      end: segment.full.end,
      translationStart: segment.translation.content.start,
      translationEnd: segment.translation.content.end,
      ...(inputs.newerEnglish?.has(segment.index) ? { stale: inputs.newerEnglish.get(segment.index) } : {}),
      ...(diff ? { englishDiff: diff } : {}),
    };
  });
  const locale = doc.keys.contentLocale;
  return {
    locale,
    direction: locale ? localeDirection(locale) : 'ltr',
    translationType: doc.keys.translationType,
    bodyStart: doc.frontMatter?.full.end ?? (doc.bom ? 1 : 0),
    rows,
    added: (inputs.alignment?.segments.length === doc.segments.length ? inputs.alignment.added : []).map((a, i) => ({ key: `added-${i}`, after: a.after, english: a.sentence.text })),
    documentFindings,
    otherLocales: others.map((o) => ({ locale: o.locale, direction: localeDirection(o.locale) })),
    versions: inputs.versions ?? [],
  };
}

/** Findings by the index of their segment, and those of the document as a whole. */
function findingsBySegment(findings: readonly Finding[]): { bySegment: Map<number, RowFinding[]>; documentFindings: RowFinding[] } {
  const bySegment = new Map<number, RowFinding[]>();
  const documentFindings: RowFinding[] = [];
  for (const f of findings) {
    const finding = { code: f.code, severity: f.severity, message: f.message };
    if (f.segment) {
      const list = bySegment.get(f.segment.index);
      if (list) list.push(finding);
      else bySegment.set(f.segment.index, [finding]);
    } else {
      documentFindings.push(finding);
    }
  }
  return { bySegment, documentFindings };
}
