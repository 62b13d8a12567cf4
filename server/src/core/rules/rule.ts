import type { Range } from 'vscode-languageserver-types';
import type { CheckConfig, Severity } from '../config';
import type { LocaleContext } from '../crossLocale/localeContext';
import type { Segment, SxsDocument } from '../model';

/** Where a rule looks: the span structure, one segment against its English, the whole document, or other locales. */
export type RuleScope = 'structure' | 'segment' | 'document' | 'locale';

/** What a quick fix does, carried in the finding so that code actions never re-derive it. */
export interface FixData {
  /** The fix's title, e.g. "Restore the link URL from the English". */
  readonly title: string;
  /** Replace the text between these offsets of the document with `newText`. */
  readonly edits: readonly { readonly start: number; readonly end: number; readonly newText: string }[];
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
  /** Places in other files (or elsewhere in this one) that explain the finding: the newer English, the other translation. */
  readonly related?: readonly RelatedLocation[];
}

/** A place that a finding points to, with a line that says what is there. */
export interface RelatedLocation {
  readonly uri: string;
  readonly range: Range;
  readonly message: string;
}

export type Report = Omit<Finding, 'code' | 'severity'>;

export interface RuleContext {
  readonly doc: SxsDocument;
  readonly config: CheckConfig;
  /** The locale the file's path names (`ro-RO`), when it names one. */
  readonly pathLocale: string | undefined;
  /** The document's other locale versions, for rules of scope `locale`; absent when the locale index does not know them. */
  readonly locale?: LocaleContext;
  report(finding: Report): void;
}

export interface Rule {
  /** Stable code, shown in the Problems panel and used in settings (`orphan-translation`). */
  readonly code: string;
  /** One line: what the rule finds. */
  readonly description: string;
  readonly defaultSeverity: Exclude<Severity, 'off'>;
  readonly scope: RuleScope;
  /** True when the rule can offer a quick fix for (some of) its findings. */
  readonly fixable: boolean;
  check(context: RuleContext): void;
}
