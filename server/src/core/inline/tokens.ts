/**
 * The inline constructs of one side of a segment. Every offset is a document offset (the
 * side's content start plus the offset in its text), so a rule can report a token as is.
 */

/**
 * What a side has of a construct it does not have: one shared empty list, so that reading a
 * side without it allocates nothing. Its type keeps it empty; it is not frozen, since V8
 * reads a frozen array in `for…of` through the generic iterator, several times slower and
 * allocating, and the rules loop over these lists for every segment.
 */
export const NONE: readonly never[] = [];

/** A stretch of the document. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Sorts stretches by their start, in place and stably, as `sort` would; a list already in
 * order (most are: readers find things left to right) is left as it is, without the copy that `sort` makes.
 */
export function sortByStart<T extends TextRange>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) {
    if (list[i].start < list[i - 1].start) return list.sort((a, b) => a.start - b.start);
  }
  return list;
}

/** A code span: `` `code` ``. */
export interface CodeSpan extends TextRange {
  /** The code between the backticks, as written. */
  readonly code: string;
  readonly codeStart: number;
  readonly codeEnd: number;
}

/** A link or image: `[text](url)`, `![alt](url)`, `<a href="url">text</a>`, `<https://…>`, or a bare `https://…`. */
export interface InlineLink extends TextRange {
  readonly kind: 'markdown' | 'image' | 'html' | 'autolink' | 'bare';
  /** The link text (alt text of an image) as written; for autolinks and bare URLs, the URL. */
  readonly text: string;
  readonly textStart: number;
  readonly textEnd: number;
  /** The destination as written. */
  readonly url: string;
  readonly urlStart: number;
  readonly urlEnd: number;
}

/** `[text] (url)`: link text and destination that a space (or a line break) keeps apart, so no link renders. */
export interface BrokenLink extends TextRange {
  readonly url: string;
  /** The blanks between `]` and `(`. */
  readonly gapStart: number;
  readonly gapEnd: number;
}

/** An inline HTML tag that HTML knows (`<br>`, `</strong>`, `<a href="…">`). */
export interface InlineTag extends TextRange {
  readonly name: string;
  readonly isEnd: boolean;
  /** `<br>`, `</strong>`, `<a>`: the tag without its attributes, to compare the two sides. */
  readonly key: string;
}

/** `[!INCLUDE[title](path)]`. */
export interface Include extends TextRange {
  readonly path: string;
  readonly pathStart: number;
  readonly pathEnd: number;
}

/** An alert marker (`[!NOTE]`) inside the text. */
export interface AlertMarker extends TextRange {
  readonly marker: string;
}

/** A run of `*` or `_` markers. */
export interface EmphasisRun extends TextRange {
  readonly char: '*' | '_';
}

/** Bold or italic text: from its opening marker through its closing marker. */
export interface EmphasisSpan extends TextRange {
  readonly strong: boolean;
  readonly contentStart: number;
  readonly contentEnd: number;
}

export interface Emphasis {
  readonly spans: readonly EmphasisSpan[];
  /** Marker runs that can open or close emphasis but found no partner (`**bold`, `** text**`). */
  readonly unmatched: readonly EmphasisRun[];
}

/** A backslash escape: `\>`, `\*`. */
export interface Escape extends TextRange {
  readonly char: string;
}

/** A placeholder: `{Name}`, `%temp%`, `%s`, `<name>` or `\<name\>`. */
export interface Placeholder extends TextRange {
  readonly kind: 'brace' | 'percent' | 'printf' | 'angle';
  readonly text: string;
  /** Written as code would write it (`{IncidentId}`, `%temp%`, `%1$s`): must stay verbatim. An `angle` placeholder describes (`<your name>`) and may be translated. */
  readonly verbatim: boolean;
}

/** A number as written, with the values it can stand for. */
export interface NumberToken extends TextRange {
  readonly text: string;
  /** The value(s) of the whole token under the separators of the locales that could write it. */
  readonly values: readonly number[];
  /** The integers it is made of (`7/22/2019` → 7, 22, 2019), for dates and times written another way. */
  readonly parts: readonly number[];
  /** Written as an English ordinal (21st), which a translation may spell out. */
  readonly ordinal: boolean;
}

/** A word of the visible text. */
export interface Word extends TextRange {
  readonly text: string;
}
