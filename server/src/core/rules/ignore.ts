import { ENGLISH, type L10n } from '../l10n';
import type { SxsDocument } from '../model';
import type { FixData, Report } from './rule';
import { escapeRegExp } from '../text/escapeRegExp';

/** An ignore marker: `<!-- sxs-ignore code other-code -->` (no codes: every rule). */
export interface IgnoreMarker {
  readonly start: number;
  readonly end: number;
  /** The codes it silences; empty for all. */
  readonly codes: ReadonlySet<string>;
  /** Just after its last word: where another code is added. */
  readonly insertAt: number;
}

/**
 * The ignore markers of a document. A marker directly before a segment (blanks between are
 * allowed) silences that segment's findings; any other marker silences the findings that
 * belong to no segment (the document's own, such as its front matter).
 */
export class IgnoreMarkers {
  private readonly bySegmentStart = new Map<number, IgnoreMarker>();
  private fileMarker: IgnoreMarker | undefined;

  constructor(
    private readonly doc: SxsDocument,
    private readonly word: string,
    private readonly l10n: L10n = ENGLISH,
  ) {
    const text = doc.text;
    if (text.indexOf('<!--') === -1 || text.indexOf(word) === -1) return;
    const re = new RegExp(`<!--[ \\t]*${escapeRegExp(word)}((?:[ \\t]+[\\w.-]+)*)[ \\t]*-->`, 'g');
    const segmentStarts = new Set(doc.segments.map((s) => s.full.start));
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      const codes = new Set(m[1].split(/[ \t]+/).filter((c) => c !== ''));
      const marker: IgnoreMarker = { start: m.index, end, codes, insertAt: m.index + m[0].indexOf(word) + word.length + m[1].length };
      let after = end;
      while (text[after] === ' ' || text[after] === '\t') after++;
      if (segmentStarts.has(after)) this.bySegmentStart.set(after, marker);
      else this.fileMarker ??= marker;
    }
  }

  /** True when a marker silences this finding of rule `code`. */
  ignores(code: string, finding: Report): boolean {
    const marker = finding.segment ? this.bySegmentStart.get(finding.segment.full.start) : this.fileMarker;
    return !!marker && (marker.codes.size === 0 || marker.codes.has(code));
  }

  /** The edit that adds a marker for this finding (or adds its code to the marker already there). */
  edit(code: string, finding: Report): FixData {
    const segment = finding.segment;
    const existing = segment ? this.bySegmentStart.get(segment.full.start) : this.fileMarker;
    const l10n = this.l10n;
    const title = l10n.t('Ignore this {code} finding ({marker})', { code, marker: `<!-- ${this.word} ${code} -->` });
    if (existing) return { title, edits: [{ start: existing.insertAt, end: existing.insertAt, newText: ` ${code}` }] };
    const comment = `<!-- ${this.word} ${code} -->`;
    if (segment) return { title, edits: [{ start: segment.full.start, end: segment.full.start, newText: comment }] };
    const at = this.doc.frontMatter?.full.end ?? (this.doc.bom ? 1 : 0);
    const last = this.doc.text.charCodeAt(at - 1);
    const before = at > 0 && last !== 10 && last !== 13 ? this.doc.eol : '';
    return { title, edits: [{ start: at, end: at, newText: `${before}${comment}${this.doc.eol}` }] };
  }
}

