import type { Range } from 'vscode-languageserver-types';
import type { CheckConfig, Severity } from '../config';
import type { L10n } from '../l10n';
import type { InlineText } from '../inline/inlineText';
import type { Segment, SegmentPart, SxsDocument } from '../model';
import type { LocaleContext } from '../crossLocale/localeContext';
import type { LearnedTerms } from '../terms/learnedTerms';
import type { Glossary } from '../terms/glossary';

/** Where a rule looks: the span structure, one segment against its English, the whole document, or other locales. */
export type RuleScope = 'structure' | 'segment' | 'document' | 'locale';

/** What a quick fix does, carried in the finding so that code actions never re-derive it. */
export interface FixData {
  /** The fix's title, e.g. "Restore the link URL from the English". */
  readonly title: string;
  /** Replace the text between these offsets of the document with `newText`. */
  readonly edits: readonly TextEditData[];
}

/** One replacement in the document: offsets of the text it replaces, and the new text. */
export interface TextEditData {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Finding {
  readonly code: string;
  readonly severity: Exclude<Severity, 'off'>;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** The segment the finding is about, if any. */
  readonly segment?: Segment;
  readonly fix?: FixData;
  /** The edit that silences this one finding with an inline marker (given by the check for every finding, worked out when first read). */
  readonly ignore?: FixData;
  /** Places in other files (or elsewhere in this one) that explain the finding: the newer English, the other translation. */
  readonly related?: readonly RelatedLocation[];
}

/** A place that a finding points to, with a line that says what is there. */
export interface RelatedLocation {
  readonly uri: string;
  readonly range: Range;
  readonly message: string;
}

export type Report = Omit<Finding, 'code' | 'severity' | 'ignore'>;

export interface RuleContext {
  readonly doc: SxsDocument;
  readonly config: CheckConfig;
  /** The locale the file's path names (`ro-RO`), when it names one. */
  readonly pathLocale: string | undefined;
  /** The file's locale: its `ms.contentlocale`, else the one its path names. */
  readonly locale: string | undefined;
  /** Do-not-translate terms: the settings', the glossary's and the document's `no-loc` list. */
  readonly terms: readonly string[];
  /** The glossary files' terms. */
  readonly glossary: Glossary;
  /** The document's other locale versions, for rules of scope `locale`; absent when the locale index does not know them. */
  readonly versions?: LocaleContext;
  /** The display language of messages and fix titles: `l10n.t('English {name}', { name })`. */
  readonly l10n: L10n;
  /** What the workspace's translations teach about names and words (only code-like names without a workspace). */
  readonly learned: LearnedTerms;
  report(finding: Report): void;
}

export interface Rule {
  /** Stable code, shown in the Problems panel and used in settings (`orphan-translation`). */
  readonly code: string;
  /** One line: what the rule finds. */
  readonly description: string;
  /** The severity of its findings; for a rule off by default, the severity it has when turned on. */
  readonly defaultSeverity: Exclude<Severity, 'off'>;
  /** False for a rule that is off unless the settings turn it on (its findings are a matter of taste, not defects). */
  readonly enabledByDefault?: boolean;
  readonly scope: RuleScope;
  /** True when the rule can offer a quick fix for (some of) its findings. */
  readonly fixable: boolean;
  /** True when the rule reads what the workspace's translations teach (the locale index's term statistics). */
  readonly learnsFromWorkspace?: boolean;
  /**
   * Rules whose finding says the same as this one's, better: a finding of this rule is dropped
   * where a finding of one of them lies within its range (a name lost, told once).
   */
  readonly yieldsTo?: readonly string[];
  check(context: RuleContext): void;
  /**
   * A rule across locales whose findings in a segment come from that segment and the context
   * alone, each within the segment's markup or in another file (of the other versions, it reads
   * `locale`, `status`, `english`, `others` and `newer` only): what checks one segment, worked
   * out once per check (undefined when the rule finds nothing in this context). Its `check`
   * runs it on every segment ({@link checkEverySegment}); the editor, on the segments an edit
   * changed only, the others keeping their findings of the previous check.
   */
  eachSegment?(context: RuleContext): ((segment: Segment) => void) | undefined;
  /** Segment rules also check one segment at a time, so that the check reads each segment once for all of them. */
  checkSegment?(segment: SegmentCheck): void;
}

/** One segment as the segment rules see it: both sides read as inline Markdown once, shared by every rule. */
/**
 * One segment as the segment rules read it. A segment rule reads the segment, the text that
 * shows beside it (`textBefore`, `textAfter`) and the document's context (locale, terms,
 * what the workspace teaches), never other parts of the document: the editor reuses a
 * segment's findings when an edit left those as they were (`SegmentFindingsMemo`).
 */
export interface SegmentCheck {
  /** The document, for what it says of itself (its keys); not for the text around the segment. */
  readonly doc: SxsDocument;
  readonly segment: Segment;
  readonly source: SegmentPart;
  /** The translation. */
  readonly tr: InlineText;
  /** The English source. */
  readonly en: InlineText;
  readonly locale: string | undefined;
  readonly terms: readonly string[];
  /** The glossary files' terms. */
  readonly glossary: Glossary;
  /** The display language of messages and fix titles: `l10n.t('English {name}', { name })`. */
  readonly l10n: L10n;
  /** What the workspace's translations teach about names and words. */
  readonly learned: LearnedTerms;
  /** The document's English lookups read as English (a few "English" sources are in another language). */
  readonly englishSource: boolean;
  /** The document's do-not-translate terms (`terms`) as a set, made once for all its segments. */
  readonly termSet: ReadonlySet<string>;
  /**
   * A reading of the segment that a rule module defines from both sides and the context (the
   * names of the English that the translation keeps, for the rules that find a bold or a link
   * cutting one): worked out the first time a rule asks, then shared by the segment's rules.
   */
  derived<T>(derivation: SegmentDerivation<T>): T;
  /** The URL of each of `en.links`, as the two sides' links are compared (`normalizeUrl`). */
  readonly enUrls: readonly string[];
  /** The URL of each of `tr.links`, as compared. */
  readonly trUrls: readonly string[];
  /** The visible character just before the segment's markup on its line; '' at a line start or after white space or a tag. */
  readonly textBefore: string;
  /** The character that shows just after the segment's markup: '' at a line end; the next segment's first character when one follows at once. */
  readonly textAfter: string;
  report(finding: Omit<Report, 'segment'>): void;
}

/** A reading of a segment, computed from it alone: the key under which {@link SegmentCheck.derived} keeps it. */
export type SegmentDerivation<T> = (segment: SegmentCheck) => T;

/** A rule's severity when the settings do not name it: `off` for a rule off by default. */
export function defaultSeverityOf(rule: Pick<Rule, 'defaultSeverity' | 'enabledByDefault'>): Severity {
  return rule.enabledByDefault === false ? 'off' : rule.defaultSeverity;
}

/** The `check` of a rule that checks a segment at a time ({@link Rule.eachSegment}): every segment of the document. */
export function checkEverySegment(eachSegment: (context: RuleContext) => ((segment: Segment) => void) | undefined): (context: RuleContext) => void {
  return (context) => {
    const each = eachSegment(context);
    if (each) for (const segment of context.doc.segments) each(segment);
  };
}
