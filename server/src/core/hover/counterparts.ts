import type { Range } from 'vscode-languageserver-types';
import { isEnglish } from '../locale';
import { codeSpan, encodeDestination, escapeMarkdownText, safeInlineMarkdown } from '../markdown/safeMarkdown';
import type { Segment } from '../model';
import { ENGLISH } from '../l10n';
import { hoverStrings, type HoverStrings } from './strings';

/**
 * The same segment in another locale's version of the document, as the locale index knows it.
 * For a `-p` paragraph segment, the sentence segments of a locale that keeps them split are
 * several counterparts of that locale; for a sentence segment, a locale's `-p` segment that
 * stands for it is one.
 */
export interface CounterpartSegment {
  /** `de-DE`; an English locale (`en-US`) for the English source. */
  readonly locale: string;
  /** The segment number (without prefix). */
  readonly number: number;
  /** A `-pNNN` paragraph segment. */
  readonly paragraph: boolean;
  /** The translation text in that locale (Markdown, as written in the file). */
  readonly text: string;
  /** That locale's file is behind the English source. */
  readonly stale: boolean;
  /** `MT` or `HT`, when that file says. */
  readonly translationType?: string;
  /** The file, so that the locale can link to it. */
  readonly uri?: string;
  /** Where the segment is in that file. */
  readonly range?: Range;
}

/** Where a hover finds the counterparts of a segment (the locale index, once wired in). */
export type CounterpartSource = (segment: Segment) => readonly CounterpartSegment[] | undefined;

/**
 * A compact table of the segment in the other locales: locale (linked to the file when
 * known, with MT and stale marks) and text. A locale that keeps a paragraph's sentences split
 * gets one row with each sentence after its number. Empty when there are no counterparts.
 */
export function renderCounterparts(segment: Segment, counterparts: readonly CounterpartSegment[], strings: HoverStrings = hoverStrings(ENGLISH), roots: readonly string[] = []): string {
  if (!counterparts.length) return '';
  const groups = groupByLocale(counterparts);
  const split = segment.paragraph && groups.some((g) => g.segments.length > 1 || !g.segments[0].paragraph);
  const rows = groups.map((g) => `| ${localeCell(g.segments[0], g.locale, strings)} | ${textCell(segment, g.segments, strings, roots)} |`);
  return [
    `**${split ? strings.otherLocalesSplit : strings.otherLocales}**`,
    '',
    `| ${strings.localeColumn} | ${strings.textColumn} |`,
    '|---|---|',
    ...rows,
  ].join('\n');
}

interface LocaleGroup {
  readonly locale: string;
  readonly segments: CounterpartSegment[];
}

/** Groups by locale: English first, then by locale name; each group's segments by number. */
function groupByLocale(counterparts: readonly CounterpartSegment[]): LocaleGroup[] {
  const byLocale = new Map<string, CounterpartSegment[]>();
  for (const c of counterparts) {
    const list = byLocale.get(c.locale);
    if (list) list.push(c);
    else byLocale.set(c.locale, [c]);
  }
  const groups = [...byLocale].map(([locale, segments]) => ({ locale, segments: segments.sort((a, b) => a.number - b.number) }));
  return groups.sort((a, b) => Number(isEnglish(b.locale)) - Number(isEnglish(a.locale)) || a.locale.localeCompare(b.locale));
}

export function localeCell(first: CounterpartSegment, locale: string, strings: HoverStrings): string {
  const name = escapeMarkdownText(locale);
  const link = first.uri && /^(file|untitled|vscode-remote|vscode-vfs):/i.test(first.uri) ? `[${name}](${fileLink(first.uri, first.range)})` : name;
  const marks = [first.translationType === 'MT' || first.translationType === 'HT' ? first.translationType : undefined, first.stale ? strings.stale : undefined];
  return [link, ...marks.filter((m): m is string => !!m)].join(' · ');
}

/** A link that opens the file at the segment's line (VS Code reads `#L12`). */
function fileLink(uri: string, range: Range | undefined): string {
  const base = encodeDestination(uri, true);
  return range ? `${base}#L${range.start.line + 1}` : base;
}

function textCell(segment: Segment, segments: readonly CounterpartSegment[], strings: HoverStrings, roots: readonly string[]): string {
  const single = segments.length === 1 && segments[0].paragraph === segment.paragraph && segments[0].number === segment.number;
  if (single) return cellText(segments[0], strings, roots);
  return segments.map((s) => `${codeSpan(s.paragraph ? strings.paragraph(s.number) : String(s.number), true)} ${cellText(s, strings, roots)}`).join(' ');
}

export function cellText(c: CounterpartSegment, strings: HoverStrings, roots: readonly string[]): string {
  const text = safeInlineMarkdown(c.text.trim(), { tableCell: true, baseUri: c.uri, roots });
  return text || `*${strings.empty}*`;
}
