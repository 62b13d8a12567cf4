import { hash64, hash64Collapsed } from './hashing';

/**
 * The form in which two English (or two translated) texts are compared across locales and
 * documents. Differences that are not real changes (FORMAT.md, "Counterparts") vanish:
 * whitespace (including no-break spaces), link placement (`[a b](u)` vs `a [b](u)`) and the
 * locale folder of a URL (`/en-us/` vs `/it-it/`). Link targets are kept, sorted, so a
 * changed URL still counts.
 */
export function comparableText(text: string): string {
  const urls: string[] = [];
  let t = text;
  // The replacements are skipped when they cannot apply: this runs for every segment of the workspace.
  if (t.includes('](')) {
    t = t.replace(/\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, (_m, url: string) => {
      urls.push(comparableUrl(url));
      return '';
    });
  }
  if (/href/i.test(t)) {
    t = t.replace(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi, (_m, a: string | undefined, b: string | undefined) => {
      urls.push(comparableUrl(a ?? b ?? ''));
      return '';
    });
  }
  if (t.includes('[') || t.includes(']')) t = t.replace(/[[\]]/g, '');
  t = collapseWhitespace(t);
  if (!urls.length) return t;
  urls.sort();
  return `${t}\u0000${urls.join(' ')}`;
}

/** A URL without its locale folder, lower-cased. */
function comparableUrl(url: string): string {
  return url.replace(/\/[a-z]{2,3}(?:-[a-z]{4})?-(?:[a-z]{2}|\d{3})(?=\/|$|[?#])/gi, '').toLowerCase();
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
