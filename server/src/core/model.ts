import type { ProblemDetail } from './parse/problemMessages';
import type { LineIndex } from './text/lineIndex';
import type { Span } from './text/span';

export type { Span };

/** One side of a segment: the translation span or the English lookup span. */
export interface SegmentPart {
  /** The id as written in the attribute (`data-ttu-id` or `data-stu-id`), or '' when missing. */
  readonly id: string;
  /** The attribute value of the id, or the opening tag when the id is missing. */
  readonly idSpan: Span;
  /** From the opening tag through the closing tag(s). */
  readonly full: Span;
  /** The text between the tags. */
  readonly content: Span;
  /** The raw content: Markdown and inline HTML, entities not decoded. */
  readonly text: string;
  /** False when the closing tag was never found (content then runs to the end of the paragraph). */
  readonly closed: boolean;
}

/**
 * A translated segment: `<span data-ttu-id="…">T</span><span class="sxs-lookup"><span data-stu-id="…">S</span></span>`.
 */
export interface Segment {
  /** Position among the file's segments, from 0. */
  readonly index: number;
  /** The translation id (`e869d-104`). */
  readonly id: string;
  /** The 5-hex hand-off prefix (`e869d`), or the part before the last '-' for a malformed id. */
  readonly prefix: string;
  /** The segment number (`104`): the segment's identity across locales; -1 when the id is malformed. */
  readonly number: number;
  /** A `-pNNN` paragraph segment, which stands for a run of sentence segments of other locales. */
  readonly paragraph: boolean;
  /** The id has the form `^[0-9a-f]{5}-p?\d+$`. */
  readonly wellFormedId: boolean;
  readonly translation: SegmentPart;
  /** The English lookup span; undefined for an orphan translation span. */
  readonly source: SegmentPart | undefined;
  /** The whole segment markup. */
  readonly full: Span;
}

/** An English lookup span with no translation span before it. */
export interface OrphanLookup {
  readonly source: SegmentPart;
}

export interface YamlError {
  readonly message: string;
  readonly span: Span;
}

export interface FrontMatter {
  /** From the opening `---` through the closing fence and its line break. */
  readonly full: Span;
  /** The YAML between the fences. */
  readonly content: Span;
  /** Parsed data; empty when the YAML is invalid. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly error: YamlError | undefined;
}

/** The localization keys of the front matter. */
export interface LocalizationKeys {
  readonly contentLocale?: string;
  readonly translationType?: string;
  readonly openLocFileHash?: string;
  readonly sourceGitCommit?: string;
  readonly lastHandoff?: string;
  readonly locFileId?: string;
  /** Do-not-translate terms from `no-loc` metadata. */
  readonly noLoc: readonly string[];
  /** Where each key's value is written, by front-matter key name (`ms.contentlocale`). */
  readonly valueSpans: Readonly<Record<string, Span>>;
}

/** Codes of the structural problems that the parser itself finds. */
export type StructuralCode =
  | 'orphan-translation'
  | 'orphan-lookup'
  | 'id-mismatch'
  | 'duplicate-id'
  | 'mixed-prefix'
  | 'malformed-id'
  | 'broken-span'
  | 'invalid-yaml'
  | 'parse-error';

export interface StructuralProblem {
  readonly code: StructuralCode;
  /** What the problem is, as data: its message in the display language is `problemMessage(detail, l10n)`. */
  readonly detail: ProblemDetail;
  /** The message in English. */
  readonly message: string;
  readonly span: Span;
  /** The segment concerned, when there is one. */
  readonly segment?: Segment;
}

/** Everything the features need to know about one localized Markdown document. */
export interface SxsDocument {
  readonly text: string;
  readonly lines: LineIndex;
  /** The text starts with a byte order mark (U+FEFF), which offsets include. */
  readonly bom: boolean;
  /** The first line break of the file, or '\n' when it has none. */
  readonly eol: '\n' | '\r\n' | '\r';
  readonly frontMatter: FrontMatter | undefined;
  readonly keys: LocalizationKeys;
  readonly segments: readonly Segment[];
  readonly orphanLookups: readonly OrphanLookup[];
  /** The prefix most segments use. */
  readonly mainPrefix: string | undefined;
  readonly problems: readonly StructuralProblem[];
  /** Why the document was not read (too large, binary); its model is then empty. */
  readonly skipped?: string;
}
