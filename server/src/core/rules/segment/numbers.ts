import type { NumberToken } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { segmentRule } from '../segmentRule';
import { listOf, translationRange } from './compare';

/** Small whole numbers may be written as words in a translation ("3" → "drei"): they count as lost only when another number took their place. */
const WORD_SIZED = 12;
const PM = /^\s*(?:p\.?\s?m\.?)(?![\p{L}])/iu;

export const numbers = segmentRule({
  code: 'numbers',
  description: 'A number of the English changed or lost in the translation (separators, date order, native digits and number words are fine), or a year the translation adds that the English does not have.',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    const { l10n } = s;
    const year = YEAR_LIKE.test(s.tr.text) ? addedYear(s) : undefined;
    if (year) {
      s.report({ message: l10n.t('The translation has the year {number}; the English has no such number.', { number: year.text }), start: year.start, end: year.end });
      return;
    }
    if (!/[0-9]/.test(s.en.text)) return;
    const en = s.en.numbers;
    if (en.length === 0) return;
    const tr = s.tr.numbers;
    const trTexts = new Set(tr.map((n) => n.text));
    // Most numbers are written as in the English: then there is nothing more to compare.
    if (en.every((n) => trTexts.has(n.text))) return;
    const trValues = new Set(tr.flatMap((n) => n.values));
    const trParts = new Set(tr.flatMap((n) => n.parts));
    // Thai dates count years in the Buddhist era: 2564 is 2021.
    const thai = THAI.test(s.locale ?? '');
    if (thai) {
      for (const n of tr) {
        for (const p of n.parts) {
          if (p < BUDDHIST_YEARS[0] || p > BUDDHIST_YEARS[1]) continue;
          trParts.add(p - BUDDHIST_ERA);
          if (n.parts.length === 1) trValues.add(p - BUDDHIST_ERA);
        }
      }
    }
    const enValues = new Set(en.flatMap((n) => n.values));
    const enParts = new Set(en.flatMap((n) => n.parts));
    // A number of the translation that the English does not have: the likely changed one.
    const stranger = tr.find((n) => !n.values.some((v) => enValues.has(v) || (thai && enValues.has(v - BUDDHIST_ERA))) && !n.parts.every((p) => enParts.has(p)));
    const lost: string[] = [];
    for (const n of en) {
      if (lost.includes(n.text) || found(n, s.en.prose, s.en.base, trTexts, trValues, trParts)) continue;
      // Small numbers (1:1 too), ordinals and 100% ("fully") may be spelled out: lost only when another number took their place.
      const wordable = n.ordinal || n.parts.every((p) => p <= WORD_SIZED) || (n.text === '100' && s.en.prose[n.end - s.en.base] === '%');
      if (wordable && !stranger) continue;
      // A number that is part of a name ("Windows 10", "COVID-19"): the locale may call it by its own name, without it.
      if (!stranger && NAME_BEFORE.test(s.en.prose.slice(Math.max(0, n.start - s.en.base - 24), n.start - s.en.base))) continue;
      lost.push(n.text);
    }
    if (lost.length === 0) return;
    const range = stranger ?? translationRange(s);
    const number = lost[0];
    s.report({
      message:
        lost.length > 1
          ? l10n.t('The English has the numbers {numbers}; the translation does not.', { numbers: listOf(lost, l10n) })
          : stranger
            ? l10n.t('The English has the number {number}; the translation does not (it has {other}).', { number, other: stranger.text })
            : l10n.t('The English has the number {number}; the translation does not.', { number }),
      start: range.start,
      end: range.end,
    });
  },
});

const THAI = /^th(?:-|$)/i;
/** The Buddhist era's years run this far ahead of the common era's; the years of documentation (1900–2100) then read 2443–2643. */
const BUDDHIST_ERA = 543;
const BUDDHIST_YEARS = [2443, 2643] as const;

/** Four digits that may be a year, standing alone. */
const YEAR_LIKE = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/;

/**
 * A year the translation adds that the English does not have in any form: "Windows 10 11
 * Windows 2011" for "Windows 10 and Windows 11", "Microsoft 365-2013" for "Microsoft 365
 * Lighthouse". Machine translation invents them; a translator writes no year the source lacks.
 */
function addedYear(s: SegmentCheck): NumberToken | undefined {
  const enValues = new Set(s.en.numbers.flatMap((n) => [...n.values, ...n.parts]));
  const enText = s.en.text;
  return s.tr.numbers.find((n) => /^(?:19|20)[0-9]{2}$/.test(n.text) && !n.values.some((v) => enValues.has(v)) && !n.parts.some((p) => enValues.has(p)) && !enText.includes(n.text));
}

/** A capitalized name right before a number ("Windows 10", "COVID-19", "Office 365"), not a sentence's first word ("Keep 30"). */
const NAME_BEFORE = /[\p{L}\p{N},;)]\s+\p{Lu}[\p{L}\p{N}]*[ -]$/u;


function found(n: NumberToken, prose: string, base: number, texts: Set<string>, values: Set<number>, parts: Set<number>): boolean {
  if (texts.has(n.text)) return true;
  if (n.values.some((v) => values.has(v))) return true;
  // A date or time written another way: all its parts are there (2:30 PM may be 14:30).
  const after = prose.slice(n.end - base, n.end - base + 8);
  const pm = PM.test(after);
  const hour = n.parts[0];
  // 3:00 AM written as the hour alone, the local way (午前 3 時, 3 Uhr).
  if (n.parts.length === 2 && n.parts[1] === 0 && /:00$/.test(n.text) && /^\s?[AaPp]\.?[Mm]\b/.test(after) && (parts.has(hour) || parts.has(hour + 12))) return true;
  return n.parts.every((p, i) => parts.has(p) || (pm && i === 0 && p < 12 && parts.has(p + 12)));
}
