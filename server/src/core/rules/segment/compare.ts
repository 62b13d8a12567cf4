import type { TextRange } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';

/**
 * A URL as the two sides are compared: entities decoded, case folded, no trailing slash,
 * and the English locale (`/en-us/`) or the file's own locale taken out of the path, so that
 * a link rewritten to the file's locale matches its English.
 */
export function normalizeUrl(url: string, locale: string | undefined): string {
  return normalizeInFolder(url, locale ? `/${locale.toLowerCase()}` : undefined);
}

/**
 * `normalizeUrl` for the links of one document: its locale's folder worked out once, and
 * each URL once (a link's URL is mostly on both sides of its segment, and often in several segments).
 */
export class UrlNormalizer {
  private readonly folder: string | undefined;
  private readonly normalized = new Map<string, string>();

  constructor(locale: string | undefined) {
    this.folder = locale ? `/${locale.toLowerCase()}` : undefined;
  }

  normalize(url: string): string {
    let u = this.normalized.get(url);
    if (u === undefined) {
      u = normalizeInFolder(url, this.folder);
      this.normalized.set(url, u);
    }
    return u;
  }
}

/** `normalizeUrl` with the locale's folder (`/de-de`) given. */
function normalizeInFolder(url: string, folder: string | undefined): string {
  // Each step is skipped when its text is absent: the URLs of every link of a document pass here.
  let u = url.trim().toLowerCase();
  if (u.includes('&amp;')) u = u.replace(/&amp;/g, '&');
  if (u.includes('/en-us')) u = u.replace(/\/en-us(?=\/|$)/g, '');
  if (folder && u.includes(folder)) {
    if (u.includes(`${folder}/`)) u = u.split(`${folder}/`).join('/');
    if (u.endsWith(folder)) u = u.slice(0, -folder.length);
  }
  return u.endsWith('/') || u.includes('/?') || u.includes('/#') ? u.replace(/\/+(?=$|[?#])/, '') : u;
}

/** The items of `a` that `b` does not have, counting repeats (multiset difference), in `a`'s order. */
export function missingFrom<T>(a: readonly T[], b: readonly T[]): T[] {
  const counts = new Map<T, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  const out: T[] = [];
  for (const x of a) {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** The indexes of the items of `a` that `b` does not have, counting repeats. */
export function missingIndexes<T>(a: readonly T[], b: readonly T[]): number[] {
  const counts = new Map<T, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  const out: number[] = [];
  a.forEach((x, i) => {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    else out.push(i);
  });
  return out;
}

/** A text for a message: one line, at most `max` characters. */
export function quote(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The translation's content without its edge white space: where a finding about the whole translation goes. */
export function translationRange(s: SegmentCheck): TextRange {
  const text = s.tr.text;
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  const start = s.tr.base + lead;
  return { start, end: Math.max(start, s.tr.base + text.length - trail) };
}

/** Joins items for a message: "a", "a and b", "a, b and c" (in the display language with `l10n`). */
export { listOf } from '../../l10n';

/** The last locale asked about and its language: a check asks for each segment of one document, whose locale is one. */
let lastLocale: string | undefined;
let lastLanguage = '';

/** The language of a locale in small letters ("de" for "de-DE"), or '' without a locale. */
export function languageOf(locale: string | undefined): string {
  if (locale !== lastLocale) {
    lastLocale = locale;
    lastLanguage = (locale ?? '').split('-')[0].toLowerCase();
  }
  return lastLanguage;
}
