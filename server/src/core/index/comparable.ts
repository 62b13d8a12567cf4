import { hash64, hash64Collapsed, hash64Words } from './hashing';
import { replaceLinkTargets } from './linkTargets';

/**
 * The form in which two English (or two translated) texts are compared across locales and
 * documents. Differences that are not real changes (FORMAT.md, "Counterparts") vanish:
 * whitespace (including no-break spaces), link placement (`[a b](u)` vs `a [b](u)`, or a
 * link around the whole segment in one locale and around the segment's span in another,
 * where the segment has no URL at all) and so the locale folder of a URL (`/en-us/` vs
 * `/it-it/`): link targets are left out, and the words are compared.
 */
export function comparableText(text: string): string {
  let t = text;
  // The replacements are skipped when they cannot apply: this runs for every segment of the workspace.
  if (t.includes('](')) t = replaceLinkTargets(t, '');
  if (/href/i.test(t)) t = t.replace(/\bhref\s*=\s*(?:"[^"]*"|'[^']*')/gi, '');
  if (t.includes('[') || t.includes(']')) t = t.replace(/[[\]]/g, '');
  return collapseWhitespace(t);
}

/** Collapses whitespace runs to one space and trims: the text as a reader compares it. */
export function collapseWhitespace(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** `hash64(comparableText(text))`, computed without the intermediate strings when the text has no link. */
export function comparableHash(text: string): [number, number] {
  if (text.includes('](') || /href/i.test(text)) return hash64(comparableText(text));
  return hash64Collapsed(text, true);
}

/**
 * The hash two translations are compared by (for consistency within a locale): their words,
 * without link targets. Markup, spacing and punctuation do not count.
 */
export function translationHash(text: string): [number, number] {
  return hash64Words(text.includes('](') ? replaceLinkTargets(text, ' ') : text);
}
