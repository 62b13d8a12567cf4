import { InlineText } from '../inline/inlineText';
import { isEnglish } from '../locale';
import type { L10n } from '../l10n';
import type { Segment, SegmentPart, SxsDocument } from '../model';
import type { Report, Rule, RuleContext, SegmentCheck, SegmentDerivation, TextEditData } from './rule';
import { UrlNormalizer } from './segment/compare';
import type { LearnedTerms } from '../terms/learnedTerms';
import type { Glossary } from '../terms/glossary';
import { readsAsEnglish } from '../terms/englishSource';
import { textAfter, textBefore } from './segmentNeighbours';
import { derivedReading, type DerivedReadings } from '../util/derivedReadings';

/** What a segment rule file defines. */
export type SegmentRuleDefinition = Omit<Rule, 'scope' | 'check' | 'checkSegment'> & {
  checkSegment(segment: SegmentCheck): void;
};

/** Where the findings of a segment go. */
export interface FindingSink {
  add(finding: Report): void;
}

/** A rule that compares one segment's translation with its English source. */
export function segmentRule(definition: SegmentRuleDefinition): Rule {
  // Every segment rule has the same properties in the same order, those its definition leaves out undefined: the checker reads
  // each rule's `checkSegment`, `code` and `yieldsTo` for every segment, and objects of one shape are read faster than of several.
  // Typed with every key of the definition required, so that a property added to rules later cannot be left out here.
  const { code, description, defaultSeverity, enabledByDefault, fixable, learnsFromWorkspace, yieldsTo, eachSegment, checkSegment } = definition;
  const properties: { [K in keyof Required<SegmentRuleDefinition>]: SegmentRuleDefinition[K] } = {
    code,
    description,
    defaultSeverity,
    enabledByDefault,
    fixable,
    learnsFromWorkspace,
    yieldsTo,
    eachSegment,
    checkSegment,
  };
  return {
    ...properties,
    scope: 'segment',
    check(context) {
      if (isEnglish(context.locale)) return;
      const reader = new SegmentReader(context, { add: (f) => context.report(f) });
      for (const segment of context.doc.segments) {
        const s = reader.read(segment);
        if (s) definition.checkSegment(s);
      }
    },
  };
}

/** Reads the segments of one document for the segment rules, with what they share: the comparison of the document's URLs. */
export class SegmentReader {
  private readonly urls: UrlNormalizer;
  private _englishSource?: boolean;
  private _termSet?: ReadonlySet<string>;

  constructor(
    private readonly context: RuleContext,
    private readonly sink: FindingSink,
  ) {
    this.urls = new UrlNormalizer(context.locale);
  }

  /** Whether the document's lookups read as English, worked out when a rule first asks. */
  get englishSource(): boolean {
    return (this._englishSource ??= readsAsEnglish(this.context.doc));
  }

  /** The document's do-not-translate terms as a set, made when a rule first asks. */
  get termSet(): ReadonlySet<string> {
    return (this._termSet ??= new Set(this.context.terms));
  }

  /**
   * The segment as the segment rules see it, or undefined when there is nothing to compare:
   * no English, or an empty side (the structure rules report those). The caller leaves out
   * English files.
   */
  read(segment: Segment): SegmentCheck | undefined {
    const source = segment.source;
    if (!source || isBlank(segment.translation.text) || isBlank(source.text)) return undefined;
    return new SegmentReading(this.context, segment, source, this.sink, this.urls, this);
  }
}

/** One segment read once for every segment rule: both sides as inline Markdown, and what the link rules compare. */
class SegmentReading implements SegmentCheck {
  readonly doc: SxsDocument;
  readonly tr: InlineText;
  readonly en: InlineText;
  readonly locale: string | undefined;
  readonly terms: readonly string[];
  readonly glossary: Glossary;
  readonly l10n: L10n;
  readonly learned: LearnedTerms;
  private _enUrls?: readonly string[];
  private _trUrls?: readonly string[];
  private _derived?: DerivedReadings;

  constructor(
    context: RuleContext,
    readonly segment: Segment,
    readonly source: SegmentPart,
    private readonly sink: FindingSink,
    private readonly urls: UrlNormalizer,
    private readonly reader: SegmentReader,
  ) {
    this.doc = context.doc;
    this.learned = context.learned;
    this.locale = context.locale;
    this.terms = context.terms;
    this.glossary = context.glossary;
    this.l10n = context.l10n;
    this.tr = new InlineText(segment.translation.text, segment.translation.content.start);
    this.en = new InlineText(source.text, source.content.start);
  }

  get englishSource(): boolean {
    return this.reader.englishSource;
  }

  get termSet(): ReadonlySet<string> {
    return this.reader.termSet;
  }

  derived<T>(derivation: SegmentDerivation<T>): T {
    return derivedReading((this._derived ??= []), this, derivation);
  }

  get enUrls(): readonly string[] {
    return (this._enUrls ??= this.en.links.map((l) => this.urls.normalize(l.url)));
  }

  get trUrls(): readonly string[] {
    return (this._trUrls ??= this.tr.links.map((l) => this.urls.normalize(l.url)));
  }

  get textBefore(): string {
    return textBefore(this.doc.text, this.segment.full.start);
  }

  get textAfter(): string {
    return textAfter(this.doc.text, this.segment.full.end);
  }

  report(finding: Omit<Report, 'segment'>): void {
    this.sink.add({ ...finding, segment: this.segment });
  }
}

/** One place where a rule found what it looks for in a segment, with the edits that mend it. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly edits?: readonly TextEditData[];
}

/** What a counted finding says: its message for a count, and its fix's title when every place has a fix. */
export interface CountedWording<T extends Occurrence> {
  message(count: number, first: T): string;
  fixTitle?(count: number, first: T): string;
}

/**
 * Reports the places one rule found in one segment as a single finding with their count
 * ("5 double spaces"), not one finding per place: its range runs from the first place to the
 * last, and its fix (when every place has edits) mends them all. Places come in text order.
 */
export function reportCounted<T extends Occurrence>(s: SegmentCheck, found: readonly T[], wording: CountedWording<T>): void {
  if (found.length === 0) return;
  const first = found[0];
  const fixable = wording.fixTitle && found.every((o) => o.edits && o.edits.length > 0);
  s.report({
    message: wording.message(found.length, first),
    start: first.start,
    end: Math.max(...found.map((o) => o.end)),
    ...(fixable ? { fix: { title: wording.fixTitle!(found.length, first), edits: found.flatMap((o) => o.edits!) } } : {}),
  });
}

const NOT_BLANK = /\S/;

/** Only white space (including NBSP) or nothing. */
export function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false; // most texts start with a visible ASCII character
  return !NOT_BLANK.test(text);
}
