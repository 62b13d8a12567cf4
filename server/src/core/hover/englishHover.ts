import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { SentenceCounterparts, SentenceVersion } from '../counterparts/englishCounterparts';
import { codeSpan, escapeMarkdownText } from '../markdown/safeMarkdown';
import { cellText, localeCell, type CounterpartSegment } from './counterparts';
import type { HoverStrings } from './strings';

/**
 * The hover on a sentence of an English source: its translation in each locale version (the
 * locale linked to the segment there, MT or HT, a stale mark when the segment's English differs
 * from the sentence), one row per locale in locale order. A locale that split the sentence
 * or keeps it in a paragraph segment shows each segment after its number; a locale with no
 * segment for it (the sentence is newer than its translation) says so. Undefined when the
 * document has no translations.
 */
export function englishSourceHover(found: SentenceCounterparts, strings: HoverStrings, roots: readonly string[] = []): Hover | undefined {
  if (!found.versions.length) return undefined;
  const versions = [...found.versions].sort((a, b) => a.entry.locale.localeCompare(b.entry.locale));
  const value = [`**${strings.sentenceTranslations}**`, '', `| ${strings.localeColumn} | ${strings.textColumn} |`, '|---|---|', ...versions.map((v) => row(v, strings, roots))].join('\n');
  return { contents: { kind: MarkupKind.Markdown, value }, range: found.sentence.range };
}

function row(version: SentenceVersion, strings: HoverStrings, roots: readonly string[]): string {
  const { entry } = version;
  const segments: CounterpartSegment[] = version.segments.map((s) => ({
    locale: entry.locale,
    number: s.number,
    paragraph: s.paragraph,
    text: s.text,
    stale: s.stale,
    ...(entry.translationType ? { translationType: entry.translationType } : {}),
    uri: entry.uri,
    range: s.range,
  }));
  if (!segments.length) return `| ${localeCell({ locale: entry.locale, number: -1, paragraph: false, text: '', stale: false, translationType: entry.translationType, uri: entry.uri }, entry.locale, strings)} | *${escapeMarkdownText(strings.sentenceMissing)}* |`;
  // The locale is marked stale when any of its segments for the sentence is.
  const first = { ...segments[0], stale: segments.some((s) => s.stale) };
  const labelled = segments.length > 1 || segments[0].paragraph;
  const text = labelled ? segments.map((s) => `${codeSpan(s.paragraph ? strings.paragraph(s.number) : String(s.number), true)} ${cellText(s, strings, roots)}`).join(' ') : cellText(segments[0], strings, roots);
  return `| ${localeCell(first, entry.locale, strings)} | ${text} |`;
}
