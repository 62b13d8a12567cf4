import { comparableText } from '../index/comparable';

/**
 * The form in which an English sentence is compared with another when telling whether it
 * changed: whitespace collapsed, link targets left out (a locale folder in a URL is no
 * change), curly and straight quotes and apostrophes made one, Markdown backslash escapes
 * and `&nbsp;` decoded, and no space before closing punctuation. Two sentences with the
 * same form read the same: the segment is unchanged.
 */
export function normalisedEnglish(text: string): string {
  let t = comparableText(text);
  if (/[‘’‚‛′“”„‟″]/.test(t)) t = t.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
  if (t.includes('\\')) t = t.replace(/\\([\\`*_{}[\]()#+\-.!<>|"'])/g, '$1');
  if (t.includes('&')) t = t.replace(/&nbsp;|&#160;/gi, ' ').replace(/&amp;/gi, '&');
  // This runs for every sentence of both sides: the replacements only where they apply.
  if (/\s[.,;:!?)\]]|[([]\s/.test(t)) t = t.replace(/\s+([.,;:!?)\]])/g, '$1').replace(/([([])\s+/g, '$1');
  return /\s\s|[^\S ]/.test(t) ? t.replace(/\s+/g, ' ').trim() : t.trim();
}

/** The words of an English sentence, lower-cased, for how alike two sentences are: no markup, no link targets, no punctuation. */
export function englishWords(text: string): string[] {
  const t = text.includes('](') ? text.replace(/\]\(\s*<?[^)\s>]*>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, ' ') : text;
  return t
    .replace(/<[^<>]+>/g, ' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/**
 * How alike two sentences are, from 0 to 1: the Dice coefficient of their words (as
 * multisets). A sentence with a word changed scores high; a different sentence on the same
 * subject, low.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length && !b.length) return 1;
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w);
    if (n) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
