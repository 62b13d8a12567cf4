import type { SxsDocument } from '../model';

/** Words nearly every English text of some length holds, and few other languages write. */
const ENGLISH_WORDS = new Set('the to of for and is are you your can if this that with on not be it by from or'.split(' '));
const WORD = /[A-Za-z]+/g;

/**
 * Whether a document's English lookups read as English: a few "English" sources are in
 * another language (a page meant to stay in Spanish), whose names and words the checks that
 * compare English words must not read. Short documents are taken as English.
 */
export function readsAsEnglish(doc: SxsDocument): boolean {
  let words = 0;
  let english = 0;
  for (const s of doc.segments) {
    const text = s.source?.text;
    if (!text) continue;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      words++;
      if (ENGLISH_WORDS.has(m[0].toLowerCase())) english++;
    }
    if (words > 400) break;
  }
  return words < 20 || english / words > 0.08;
}
