import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';

/** A note in brackets that a locale adds after a linked title ("(部分機器翻譯)", "(英文)"): no words of the title. */
const BRACKETED = /[(（][^)）]*[)）]?/gu;
/** The words of a text in any script but Han, which is read by character. */
const WORD = /[\p{L}\p{M}]+/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * The English segment is its link alone ("[Learn about how to migrate apps on a per-platform
 * basis](url)."), and the translation leaves words of it outside its one link ("Informazioni su
 * [come eseguire la migrazione …](url)", "[Erfahren Sie, wie Sie Apps pro](url)Plattform
 * migrieren"): every word of the translation renders the linked title, so the link no longer
 * covers it. Two words at least: one word outside is the auxiliary or separable verb's particle a
 * German title leaves at its end, which the labelling guide excuses ("[Richten Sie … ein](url)"
 * as "[Richten Sie …](url) ein"). Words in brackets are a note the locale adds. In Chinese, which
 * writes no spaces, any characters after the link (a note or a lead-in before it, "請參閱", is the
 * locale's own). Returns the words outside, as written.
 */
export function wordsOutsideWholeLink(s: SegmentCheck, link: InlineLink, english: InlineLink): string | undefined {
  if (s.en.links.length !== 1 || s.tr.links.length !== 1) return undefined;
  if (/[\p{L}\p{N}]/u.test(s.en.text.slice(0, english.start - s.en.base) + s.en.text.slice(english.end - s.en.base))) return undefined;
  const before = s.tr.text.slice(0, link.start - s.tr.base).replace(BRACKETED, ' ');
  const after = s.tr.text.slice(link.end - s.tr.base).replace(BRACKETED, ' ');
  if (languageOf(s.locale) === 'zh') {
    const han = after.match(HAN);
    return han ? after.replace(/[^\p{Script=Han}\p{L}\p{N}]+/gu, '') : undefined;
  }
  const words = [...(before.match(WORD) ?? []), ...(after.match(WORD) ?? [])];
  return words.length >= 2 ? words.join(' ') : undefined;
}
