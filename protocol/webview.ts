/**
 * The messages between the preview webview and the extension, as discriminated unions
 * shared by both sides. Cell HTML is rendered by the extension from document Markdown;
 * the webview sanitises it before it touches the DOM.
 */

import type { BlockContext } from '../server/src/core/preview/blockContext';
import type { OtherCell, RowFinding } from '../server/src/core/preview/rows';
import type { DiffPart } from '../server/src/core/changes/wordDiff';

export type PreviewMode = 'sideBySide' | 'reader';

/** A finding of a row, as the core reports it. */
export type WebviewFinding = RowFinding;

/** Where a segment sits (heading, list, table, alert…), as the core reads it. */
export type WebviewContext = BlockContext;

/** Another locale's cell: the core's, with its Markdown rendered to HTML. */
export type WebviewOtherCell =
  | Exclude<OtherCell, { kind: 'text' }>
  | { readonly kind: 'text'; readonly html: string; readonly ids: readonly string[]; readonly findings?: readonly WebviewFinding[] };

export interface WebviewRow {
  readonly key: string;
  readonly number: number;
  readonly paragraph: boolean;
  readonly context: WebviewContext;
  readonly englishHtml: string;
  readonly translationHtml: string;
  readonly others: Readonly<Record<string, WebviewOtherCell>>;
  readonly findings: readonly WebviewFinding[];
  /** Set when the English of this segment is newer elsewhere: what it says now. */
  readonly stale?: string;
  /** When the English changed: the words deleted and inserted since the translation was made. */
  readonly diff?: readonly DiffPart[];
  /** A sentence added to the English that no segment has (its English only, nothing translated). */
  readonly added?: boolean;
}

export interface LocaleColumn {
  readonly locale: string;
  readonly label: string;
  readonly direction: 'ltr' | 'rtl';
}

/**
 * The preview's words in the display language, translated by the extension (the webview has
 * no `vscode.l10n`). `{name}` placeholders are filled in the webview.
 */
export interface PreviewLabels {
  readonly toolbar: string;
  readonly machineTranslation: string;
  readonly humanTranslation: string;
  readonly readerView: string;
  readonly sideBySide: string;
  readonly showReader: string;
  readonly showSideBySide: string;
  readonly onlyFindings: string;
  readonly addLocale: string;
  readonly readInEnglish: string;
  readonly segmentNumber: string;
  readonly english: string;
  readonly englishSource: string;
  readonly thisTranslation: string;
  /** `{locale}` */
  readonly translationIn: string;
  /** `{locale}` */
  readonly removeColumn: string;
  /** `{number}` */
  readonly segment: string;
  /** `{number}` */
  readonly segmentOneFinding: string;
  /** `{number}`, `{count}` */
  readonly segmentFindings: string;
  /** `{english}` */
  readonly newerEnglish: string;
  readonly englishChanged: string;
  readonly addedEnglish: string;
  readonly addedRow: string;
  readonly findings: string;
  /** `{id}` */
  readonly inParagraph: string;
  readonly missing: string;
}

/** What the preview shows: either mode's content, with the document's facts. */
export interface PreviewContent {
  readonly title: string;
  readonly labels: PreviewLabels;
  /** The display language (`de`, `zh-tw`): the language of the labels and of the findings' messages. */
  readonly uiLanguage: string;
  /** The direction of the display language: the labels and messages keep it, also under a cell of the other direction. */
  readonly uiDirection: 'ltr' | 'rtl';
  readonly mode: PreviewMode;
  readonly locale: LocaleColumn;
  readonly translationType: string | undefined;
  readonly others: readonly LocaleColumn[];
  readonly documentFindings: readonly WebviewFinding[];
  readonly onlyFindings: boolean;
  readonly readInEnglish: boolean;
  /** More locales of this document exist to add as columns. */
  readonly canAddLocales: boolean;
  /** Side by side: the rows. */
  readonly rows: readonly WebviewRow[];
  /** Reader: the document as the docs render it (sxs spans kept, lookups hidden by CSS). */
  readonly readerHtml: string;
  /** Images may load from here only (the webview's resource origin). */
  readonly resourceBase: string;
  /** Kept by the webview so that the serializer can restore the preview after a reload. */
  readonly state: PreviewState;
}

export type HostMessage =
  | { readonly type: 'content'; readonly content: PreviewContent }
  /**
   * After an edit, when nothing but rows changed since the last content: every row's key in
   * order, and the rows that are new or changed; the others are as the webview has them.
   */
  | { readonly type: 'rows'; readonly order: readonly string[]; readonly changed: readonly WebviewRow[] }
  | { readonly type: 'reveal'; readonly key: string; readonly highlight: boolean }
  | { readonly type: 'error'; readonly message: string };

export type WebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'select'; readonly key: string }
  | { readonly type: 'setMode'; readonly mode: PreviewMode }
  | { readonly type: 'setOnlyFindings'; readonly value: boolean }
  | { readonly type: 'setReadInEnglish'; readonly value: boolean }
  | { readonly type: 'addLocale' }
  | { readonly type: 'removeLocale'; readonly locale: string }
  | { readonly type: 'openLink'; readonly href: string };

/** What the webview keeps across reloads (VS Code's webview state), read back by the serializer. */
export interface PreviewState {
  readonly uri: string;
  readonly mode: PreviewMode;
  readonly locales: readonly string[];
  readonly onlyFindings: boolean;
  readonly readInEnglish: boolean;
}
