import { wordEnd } from '../../inline/words';
import { segmentRule } from '../segmentRule';

/** Words that rightly stand twice in a row in some languages (German "die die", Finnish "sen sen sijaan"). */
const LEGITIMATE = new Set(['die', 'der', 'das', 'den', 'dem', 'des', 'sie', 'er', 'es', 'in', 'that', 'had', 'is', 'il', 'la', 'le', 'sen']);

/**
 * A cheap first look, before the words are read: two words in a row that are alike but for
 * case, whatever is between them, with words read as the rule reads them (so "E-Mail E-Mail"
 * is seen as well as "Mail Mail"). Lower-casing goes a character at a time but for `İ` (which
 * it makes two) and `Σ` (which depends on what follows): a text with either is lower-cased
 * whole first.
 */
function maybeRepeated(text: string): boolean {
  if (text.indexOf('\u0130') !== -1 || text.indexOf('\u03a3') !== -1) return repeatedRun(text.toLowerCase(), sameChars);
  return repeatedRun(text, sameButCase);
}

function repeatedRun(s: string, same: (s: string, a: number, b: number, length: number) => boolean): boolean {
  let previous = -1;
  let previousEnd = -1;
  for (let i = 0; i < s.length; ) {
    const end = wordEnd(s, i);
    if (end === i) {
      i++;
      continue;
    }
    if (end - i === previousEnd - previous && same(s, previous, i, end - i)) return true;
    previous = i;
    previousEnd = end;
    i = end;
  }
  return false;
}

function sameChars(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

/** The two stretches lower-cased are the same (ASCII compared directly). */
function sameButCase(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = s.charCodeAt(a + k);
    const y = s.charCodeAt(b + k);
    if (x === y) continue;
    if (x >= 128 || y >= 128) return s.slice(a, a + length).toLowerCase() === s.slice(b, b + length).toLowerCase();
    if ((x | 32) !== (y | 32) || (x | 32) < 97 || (x | 32) > 122) return false;
  }
  return true;
}

export const repeatedWord = segmentRule({
  code: 'repeated-word',
  description: 'A word repeated in a row in the translation ("the the"), where its English does not repeat it.',
  defaultSeverity: 'information',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    if (!maybeRepeated(s.tr.text)) return;
    const words = s.tr.words;
    for (let i = 1; i < words.length; i++) {
      const a = words[i - 1];
      const b = words[i];
      const word = b.text.toLowerCase();
      if (word !== a.text.toLowerCase() || /^\p{N}+$/u.test(word) || LEGITIMATE.has(word)) continue;
      // An acronym beside the same letters as a word: "AD ad Azure AD" (Italian "ad", to).
      if (isAcronym(a.text) !== isAcronym(b.text)) continue;
      if (!/^\s+$/.test(s.tr.slice({ start: a.end, end: b.start }))) continue;
      if (repeats(s.en.words, word)) continue;
      s.report({
        message: l10n.t('"{word}" is repeated; the English does not repeat it.', { word: b.text }),
        start: b.start,
        end: b.end,
        fix: { title: l10n.t('Remove the repeated "{word}"', { word: b.text }), edits: [{ start: a.end, end: b.end, newText: '' }] },
      });
    }
  },
});

function repeats(words: readonly { text: string }[], word: string): boolean {
  for (let i = 1; i < words.length; i++) {
    if (words[i].text.toLowerCase() === word && words[i - 1].text.toLowerCase() === word) return true;
  }
  return false;
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}
