import { segmentRule } from '../segmentRule';

/** Words that rightly stand twice in a row in some languages (German "die die", Finnish "sen sen sijaan"). */
const LEGITIMATE = new Set(['die', 'der', 'das', 'den', 'dem', 'des', 'sie', 'er', 'es', 'in', 'that', 'had', 'is', 'il', 'la', 'le', 'sen']);

/** A cheap first look, before the words are read: two words in a row alike but for case, whatever is between them. */
function maybeRepeated(text: string): boolean {
  const pieces = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  for (let i = 1; i < pieces.length; i++) if (pieces[i] === pieces[i - 1] && pieces[i] !== '') return true;
  return false;
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
