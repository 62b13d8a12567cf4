import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';

/** The quotation brackets Japanese and Chinese put around a title they send the reader to, each with its closing one. */
const CLOSING: Readonly<Record<string, string>> = { '「': '」', '『': '』' };
/** Simplified Chinese quotes a title in curly quotation marks too (“…”), which other languages use otherwise. */
const CLOSING_ZH: Readonly<Record<string, string>> = { ...CLOSING, '“': '”' };
/** How far from the link a bracket is looked for. */
const REACH = 80;

/**
 * A link inside the quotation brackets that Japanese and Chinese put around a title, that ends
 * before the closing bracket with words of the title between ("「[プライバシー ダッシュボード](url)で
 * データを表示する」" for "see [View your data on the privacy dashboard](url)"): the brackets hold
 * the whole title, the link only its start. Not where a capitalized word follows the English
 * link (a name going on, "[Outlook](url) Web App") or a quotation mark opens before it: there, the
 * English title too goes on past its link. Returns the words after the link and the closing bracket.
 */
export function quotedTitleCut(s: SegmentCheck, link: InlineLink, english: InlineLink): { words: string; close: string } | undefined {
  const text = s.tr.text;
  const start = link.start - s.tr.base;
  const closing = languageOf(s.locale) === 'zh' ? CLOSING_ZH : CLOSING;
  // The bracket right before the link, spaces aside: most links have none.
  const open = text.slice(Math.max(0, start - 3), start).trim().slice(-1);
  const close = closing[open];
  if (!close) return undefined;
  const end = link.end - s.tr.base;
  const rest = text.slice(end, end + REACH);
  const at = rest.indexOf(close);
  if (at <= 0) return undefined;
  const words = rest.slice(0, at);
  // Words of the title, not another link or another quotation.
  if (!/\p{L}/u.test(words) || /[[\]「『“]/.test(words)) return undefined;
  const enBefore = s.en.text.slice(Math.max(0, english.start - s.en.base - 3), english.start - s.en.base);
  const enAfter = s.en.text.slice(english.end - s.en.base, english.end - s.en.base + 3);
  if (/["“'‘]\s*$/.test(enBefore) || /^\s*\p{Lu}/u.test(enAfter)) return undefined;
  return { words: words.trim(), close };
}
