import { holdsEnglishWords } from '../../terms/englishSource';
import { segmentRule } from '../segmentRule';
import { listOf, translationRange } from './compare';

/** Of the longer side's words, the share the translation writes as the source does, in any capitals: the source came back. */
const SAME_WORDS = 0.7;
/** Words written with other capitals than the source's, at least: one may be a sentence's or a title's. */
const RECASED_MIN = 2;
/** Words a source needs for its words to say anything. */
const MIN_WORDS = 3;
/** Words quoted in the message. */
const QUOTED = 3;

export const foreignSourceChanged = segmentRule({
  code: 'foreign-source-changed',
  description:
    'A source that is not in English (a page meant to stay in Spanish or French) that machine translation returned with its words re-cased or replaced ("Si su cuenta se ha Pirateado … La Contraseña" for "… pirateado … la contraseña"): such a page keeps its source as written.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    // The document reads as another language, and so does this segment: an English list of cmdlets may make a document look foreign.
    if (s.englishSource || s.tr.text === s.en.text || holdsEnglishWords(s.en.prose)) return;
    const source = s.en.words.map((w) => w.text);
    const translation = s.tr.words.map((w) => w.text);
    if (source.length < MIN_WORDS || translation.length < MIN_WORDS) return;
    const left = new Map<string, number>();
    for (const w of source) left.set(w.toLowerCase(), (left.get(w.toLowerCase()) ?? 0) + 1);
    const spelled = new Set(source);
    let same = 0;
    const recased: string[] = [];
    for (const w of translation) {
      const key = w.toLowerCase();
      const n = left.get(key) ?? 0;
      if (n === 0) continue;
      left.set(key, n - 1);
      same++;
      if (!spelled.has(w)) recased.push(w);
    }
    if (same < SAME_WORDS * Math.max(source.length, translation.length) || recased.length < RECASED_MIN) return;
    const shown = [...new Set(recased)].slice(0, QUOTED).map((w) => `"${w}"`);
    s.report({
      message: l10n.t('The source is not in English, and machine translation changed it: {count} words re-cased ({words}). A page in another language keeps its source as written.', {
        count: recased.length,
        words: listOf(shown, l10n),
      }),
      ...translationRange(s),
      fix: { title: l10n.t('Write the source as it is'), edits: [{ ...translationRange(s), newText: s.en.text.trim() }] },
    });
  },
});
