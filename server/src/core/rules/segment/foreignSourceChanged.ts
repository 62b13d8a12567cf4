import { holdsEnglishWords } from '../../terms/englishSource';
import { segmentRule } from '../segmentRule';
import { listOf, translationRange } from './compare';

/** Of the longer side's words, the share the translation writes as the source does, in any capitals: the source came back. */
const SAME_WORDS = 0.6;
/** Words written with other capitals than the source's, or not the source's at all, at least: one may be a title's capital. */
const CHANGED_MIN = 2;
/** Words a source needs for its words to say anything. */
const MIN_WORDS = 3;
/** Words quoted in the message. */
const QUOTED = 3;

export const foreignSourceChanged = segmentRule({
  code: 'foreign-source-changed',
  description:
    'A source that is not in English (a page meant to stay in Spanish or French) that machine translation returned with its words re-cased, misspelled or replaced ("Si su cuenta se ha Pirateado … La Contraseña" for "… pirateado … la contraseña"): such a page keeps its source as written.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    // The document reads as another language, and so does this segment: an English list of cmdlets may make a document look foreign.
    if (s.englishSource || s.tr.text === s.en.text || holdsEnglishWords(s.en.prose)) return;
    // A typographic apostrophe written straight ("l'aide" for "l’aide") changes no word.
    const source = s.en.words.map((w) => straight(w.text));
    const translation = s.tr.words.map((w) => straight(w.text));
    if (source.length < MIN_WORDS || translation.length < MIN_WORDS) return;
    const left = new Map<string, number>();
    for (const w of source) left.set(w.toLowerCase(), (left.get(w.toLowerCase()) ?? 0) + 1);
    const spelled = new Set(source);
    let same = 0;
    // In the translation's order: words re-cased ("Pirateado") and words the source does not have ("nektarisieren", "electroónico").
    const changed: string[] = [];
    for (const w of translation) {
      const key = w.toLowerCase();
      const n = left.get(key) ?? 0;
      if (n === 0) {
        changed.push(w);
        continue;
      }
      left.set(key, n - 1);
      same++;
      if (!spelled.has(w)) changed.push(w);
    }
    if (same < SAME_WORDS * Math.max(source.length, translation.length) || changed.length < CHANGED_MIN || !smallWordsCameBack(source, translation)) return;
    const distinct = [...new Set(changed)];
    const shown = distinct.slice(0, QUOTED).map((w) => `"${w}"`);
    const args = { count: changed.length, words: listOf(shown, l10n) };
    s.report({
      // Only some of the words quoted: said so, not listed as if they were all.
      message:
        distinct.length > shown.length
          ? l10n.t('The source is not in English, and machine translation changed it: {count} words re-cased or changed, among them {words}. A page in another language keeps its source as written.', args)
          : l10n.t('The source is not in English, and machine translation changed it: {count} words re-cased or changed ({words}). A page in another language keeps its source as written.', args),
      ...translationRange(s),
      fix: { title: l10n.t('Write the source as it is'), edits: [{ ...translationRange(s), newText: s.en.text.trim() }] },
    });
  },
});

/**
 * The source's words in small letters come back, in any capitals: the sentence itself, not only
 * its names and numbers ("Offboard Windows 10 devices", an English heading in a document that
 * reads as foreign, translated "Offboard dei dispositivi Windows 10").
 */
function smallWordsCameBack(source: readonly string[], translation: readonly string[]): boolean {
  const small = source.filter((w) => /^\p{Ll}/u.test(w));
  if (small.length < MIN_WORDS - 1) return false;
  const written = new Set(translation.map((w) => w.toLowerCase()));
  return small.filter((w) => written.has(w)).length >= SAME_WORDS * small.length;
}

function straight(word: string): string {
  return word.includes('’') ? word.replace(/’/g, "'") : word;
}
