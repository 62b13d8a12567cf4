/**
 * What a locale written in Han characters, without spaces, tells of where its words join: how
 * many of its documents write three characters together ("應用程"), and how many end a run of
 * Han characters with two ("…應用" before punctuation, a space or a Latin name). Two characters
 * that the locale nearly never ends a run with, but often writes before a third, are the first
 * part of a longer word ("應用" of "應用程式", "收件" of "收件匣"): a link that ends there
 * leaves the rest of the word outside it. The mirror, where a link starts: a character that the
 * locale seldom starts a run with, but often writes after two others, is the tail of a longer
 * word ("權" of "存取權"): a link that starts with it leaves the word's head before it, outside.
 *
 * Counted as the locale's own words ({@link TermObservations.native}), under keys that start
 * with a control character, so that no word of any language is spelled as one.
 */

/** A run of Han characters (the CJK unified ideographs, their extension A and the compatibility ones). */
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
/** One Han character. */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** The key of three Han characters written together. */
export const hanTrigramKey = (three: string) => `\u0002${three}`;
/** The key of two Han characters that end a run. */
export const hanRunEndKey = (two: string) => `\u0003${two}`;
/** The key of a Han character that starts a run of two or more. */
export const hanRunStartKey = (one: string) => `\u0007${one}`;

/** Adds the keys of a translation's Han trigrams, run ends and run starts to `out` (nothing for a text without Han characters). */
export function addHanJoins(text: string, out: (key: string) => void): void {
  if (!HAN.test(text)) return;
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(text); m; m = HAN_RUN.exec(text)) {
    const run = m[0];
    if (run.length < 2) continue;
    out(hanRunEndKey(run.slice(-2)));
    out(hanRunStartKey(run[0]));
    for (let k = 0; k + 3 <= run.length; k++) out(hanTrigramKey(run.slice(k, k + 3)));
  }
}
