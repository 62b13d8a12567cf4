import type { Report, SegmentCheck } from '../rule';
import { quote } from './compare';

/** The emphasis's last word, whole (a space or nothing before it, no hyphen or apostrophe inside). */
const LAST_WORD = /(?:^|\s)(\p{L}{3,})$/u;
/** The emphasis's first word, whole, in small letters. */
const FIRST_WORD = /^(\p{Ll}{3,})(?=$|\s)/u;
/** Right after the closing marker: spaces, then a word in small letters, whole. */
const WORD_AFTER = /^ +(\p{Ll}{3,})(?![\p{L}\p{M}\p{N}'’-])/u;
/** Right before the opening marker: a word, whole, then spaces. */
const WORD_BEFORE = /(?:^|[\s(])(\p{L}{3,}) +$/u;
/** How far beside the emphasis its neighbour word is looked for. */
const NEAR = 40;

/**
 * Bold or italics that end or start inside a word the translation wrote apart: the word beside
 * the emphasis, outside it, joins the emphasis's edge word into one that this locale writes as
 * one word elsewhere ("*bereit* gestellt", "**Päivitä yhteys** tiedot", "käyttö **oikeus
 * taso**", "wieder **herstellbare Elemente**" for *deprovisioned*, **Update contact info**,
 * **Permission Level**, **Recoverable items**): the emphasis covers part of a word, and so part of
 * the label. The joined word must be written at least three times in the locale (learned); not
 * where either half is a connecting word of the locale ("**Ein** geschaltet" for **On**: a word of
 * its own), or a word the English has (a name), or where the emphasis holds what the English
 * emphasises as written.
 */
export function emphasisInsideSplitWord(s: SegmentCheck): Report | undefined {
  const enTexts = s.en.emphasis.spans.map((x) => s.en.slice({ start: x.contentStart, end: x.contentEnd }).trim());
  // The English in small letters, made when a word outside an emphasis first joins its edge word (most emphases have none).
  let english: string | undefined;
  const standsAlone = (w: string) => s.learned.functionWord(w, s.locale) || (english ??= s.en.text.toLowerCase()).includes(w.toLowerCase());
  for (const span of s.tr.emphasis.spans) {
    const text = s.tr.slice({ start: span.contentStart, end: span.contentEnd }).trim();
    if (enTexts.includes(text)) continue;
    const from = span.start - s.tr.base;
    const to = span.end - s.tr.base;
    const last = LAST_WORD.exec(text)?.[1];
    const after = last && WORD_AFTER.exec(s.tr.text.slice(to, to + NEAR))?.[1];
    const first = FIRST_WORD.exec(text)?.[1];
    const before = first && WORD_BEFORE.exec(s.tr.text.slice(Math.max(0, from - NEAR), from))?.[1];
    // The half outside the emphasis, and the word it makes with the edge word inside.
    const cut = last && after && joined(s, last, after, standsAlone) ? { word: last + after, rest: after } : first && before && joined(s, before, first, standsAlone) ? { word: before + first, rest: before } : undefined;
    if (!cut) continue;
    const { l10n } = s;
    const marker = span.strong ? '**' : '*';
    return {
      message: l10n.t('The emphasis {marked} cuts the word "{word}", written apart here: "{rest}" is outside it.', { marked: `"${marker}${quote(text, 40)}${marker}"`, word: cut.word, rest: cut.rest }),
      start: span.start,
      end: span.end,
    };
  }
  return undefined;
}

/** The two halves, neither a word of its own, make one word the locale writes (three times or more). */
function joined(s: SegmentCheck, a: string, b: string, standsAlone: (w: string) => boolean): boolean {
  return !standsAlone(a) && !standsAlone(b) && s.learned.nativeWord(`${a}${b}`, s.locale);
}
