import { segmentRule } from '../segmentRule';
import { translationRange } from './compare';

/**
 * English words that a name, a label or a line of code rarely holds but a sentence nearly
 * always does: a text with none of them is taken for a name or a label, rightly identical.
 */
const FUNCTION_WORDS = new Set(
  'a an the to of for from with in on at by and or but not no is are was were be been can could will would should must may might do does did has have had you your we our it its this that these those there here if when how what which who why as than then into out about all any'.split(' '),
);
const MIN_WORDS = 3;

export const untranslated = segmentRule({
  code: 'untranslated',
  description: 'A translation identical to its English sentence (names, labels and code are not flagged).',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    if (normalize(s.tr.text) !== normalize(s.en.text)) return;
    const words = s.en.words.filter((w) => /\p{L}/u.test(w.text));
    if (words.length < MIN_WORDS) return;
    const lower = words.filter((w) => /^\p{Ll}/u.test(w.text));
    if (lower.length < 2 || !lower.some((w) => FUNCTION_WORDS.has(w.text))) return;
    s.report({ message: 'The translation is the English text, untranslated.', ...translationRange(s) });
  },
});

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
