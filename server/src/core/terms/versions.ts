/** A version as the English writes it: "v" and a number ("v2", "V1.2", "v2.0"). */
const WRITTEN_VERSION = /^[vV](\d+(?:\.\d+)*)$/;

/** The word is a version as the English writes it ("v2.0", "V2"). */
export function isWrittenVersion(word: string): boolean {
  return WRITTEN_VERSION.test(word);
}

/**
 * A version of the English ("v2.0") whose number the translation keeps as often as the English
 * writes it, in the locale's way: with the word for version ("Version 2.0", "2.0 版"), with a
 * space or another capital ("v 1.0", "V2"), or with a decimal comma. A number of one part only
 * counts right after its "v": a "2" alone may be anything. False for a word that is no version.
 */
export function versionKept(word: string, en: string, tr: string): boolean {
  // Asked about every word of every run of names, nearly none a version: one that starts with no "v" is not matched.
  if (!startsWithV(word)) return false;
  const m = WRITTEN_VERSION.exec(word);
  if (!m) return false;
  const parts = m[1].split('.');
  const pattern =
    parts.length > 1 ? new RegExp(`(?<![\\d.,])${parts.join('[.,]')}(?![\\d]|[.,]\\d)`, 'g') : new RegExp(`(?<![\\p{L}\\p{N}])[vV] ?${parts[0]}(?![\\d]|[.,]\\d)`, 'gu');
  const times = (text: string) => text.match(pattern)?.length ?? 0;
  return times(tr) >= times(en);
}

/** The word's first letter is "v" or "V", as {@link WRITTEN_VERSION} needs. */
function startsWithV(word: string): boolean {
  const c = word.charCodeAt(0);
  return c === 118 || c === 86;
}
