import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver-types';
import type { L10n } from '../l10n';
import type { Segment } from '../model';
import { adaptTranslation } from './adapt';
import type { MemoryMatch, TranslationMemory } from './translationMemory';

/** The memory's matches for one segment. */
export interface SegmentMatches {
  readonly uri: string;
  /** The segment's id, its English, and where its translation text is. */
  readonly segment: string;
  readonly english: string;
  readonly locale: string;
  readonly translationRange: Range;
  readonly matches: readonly MatchWithText[];
}

/** A match, and the text that applying it puts in the translation span (protected tokens taken from this segment). */
export interface MatchWithText extends MemoryMatch {
  readonly insertText: string;
  /** Protected tokens of this segment's English (code, URLs, placeholders) that the inserted text does not have. */
  readonly missing: readonly string[];
}

export interface MatchOptions {
  readonly minimum: number;
  readonly limit?: number;
}

/** The matches of the segment's English in the memory's translations into `locale`, itself left out. */
export function segmentMatches(memory: TranslationMemory, segment: Segment, uri: string, locale: string, options: MatchOptions): SegmentMatches | undefined {
  const source = segment.source;
  if (!source || source.text.trim() === '') return undefined;
  const found = memory.lookup(source.text, locale, { minimum: options.minimum, limit: options.limit ?? 10, exclude: { uri, segment: segment.id } });
  return {
    uri,
    segment: segment.id,
    english: source.text,
    locale,
    translationRange: segment.translation.content.range,
    matches: found.map((m) => {
      const adapted = adaptTranslation(m.english, m.translation, source.text);
      return { ...m, insertText: keepEdges(segment.translation.text, adapted.text), missing: adapted.missing };
    }),
  };
}

/** The match's text with the leading and trailing blanks the segment's translation has (the markup around it stays as it is). */
function keepEdges(current: string, text: string): string {
  const lead = /^\s*/.exec(current)![0];
  const trail = /\s*$/.exec(current)![0];
  return `${lead}${text.trim()}${trail}`;
}

/** "96% HT" or "100%": a match's % and, when known, MT or HT. */
export function matchLabel(match: MemoryMatch): string {
  return match.translationType ? `${match.percent}% ${match.translationType}` : `${match.percent}%`;
}

/**
 * The code actions "Apply 96% HT match" of the best matches (three at most) whose text differs
 * from the translation: each replaces the translation text only, never the span tags or ids.
 */
export function applyMatchActions(found: SegmentMatches, currentTranslation: string, l10n: L10n, max = 3): CodeAction[] {
  const seen = new Set<string>([currentTranslation]);
  const actions: CodeAction[] = [];
  for (const match of found.matches) {
    if (actions.length >= max || seen.has(match.insertText)) continue;
    seen.add(match.insertText);
    actions.push({
      title: l10n.t('Apply {match} match: {text}', { match: matchLabel(match), text: shorten(match.translation.trim(), 60) }),
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [found.uri]: [{ range: found.translationRange, newText: match.insertText }] } },
    });
  }
  return actions;
}

/** The hover's line: "3 matches · best 96% HT". */
export function matchesHoverLine(found: SegmentMatches | undefined, l10n: L10n): string | undefined {
  if (!found || found.matches.length === 0) return undefined;
  const best = found.matches[0];
  const count = found.matches.reduce((n, m) => n + m.occurrences, 0);
  return count === 1 ? l10n.t('Translation memory: 1 match ({match})', { match: matchLabel(best) }) : l10n.t('Translation memory: {count} matches · best {match}', { count, match: matchLabel(best) });
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
