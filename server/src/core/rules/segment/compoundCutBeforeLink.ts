import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';

/**
 * A word joined to a hyphen and then a space, right before the link: the first part of a
 * compound or of a name with an ending ("Azure-portaaliin", "Outlook-Verbindungstool",
 * "e-mailul"), written with the link starting after it.
 */
const HYPHEN_BEFORE = /(?<![\p{L}\p{M}\p{N}'’.-])([\p{L}\p{N}][\p{L}\p{M}\p{N}+]*)-[ \t]+$/u;
/** A word of letters and digits ("Azure", "365", "VDI"). */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
/** The English writes a dash before its own link (`command - [SSO state](url)`): the translation's hyphen there is its. */
const DASH_BEFORE = /\s[-–—][ \t]*$/;

/**
 * The first part of a compound or a name, joined by a hyphen, stands right before the link,
 * outside it, and the English links it: "Kirjaudu sisään Azure- [portaaliin](url)" for "Sign
 * in to the [Azure portal](url)", "das Outlook- [Konto-Setup-Tool](url)" for "the [Outlook
 * account Setup tool](url)", "Configurarea e- [mailului de informare](url)" for "[Configure
 * Briefing email](url)". The part is a word of the English link's text, or the start of one
 * that the link's first word goes on with ("e" and "mailului" of "email"). Not where the
 * English leaves the word outside its link as well ("Microsoft 365- [Konto Portal](url)" for
 * "Microsoft 365 [account portal](url)"), nor where the English writes a dash before its link.
 * Returns the part left outside, with its hyphen.
 */
export function compoundCutBeforeLink(s: SegmentCheck, link: InlineLink, english: InlineLink): string | undefined {
  const before = s.tr.text.slice(Math.max(0, link.start - s.tr.base - 60), link.start - s.tr.base);
  // Most links follow a space after a word, a bracket or punctuation: one look at the last characters first.
  if (!/-[ \t]+$/.test(before)) return undefined;
  const m = HYPHEN_BEFORE.exec(before);
  if (!m || DASH_BEFORE.test(s.en.text.slice(0, english.start - s.en.base))) return undefined;
  const part = m[1].toLowerCase();
  const englishWords: readonly string[] = english.text.toLowerCase().match(TOKEN) ?? [];
  if (englishWords.includes(part)) return `${m[1]}-`;
  // A word the hyphen split, its start before the link and its rest inside ("e- [mailului]" for "email").
  const next = link.text.toLowerCase().match(TOKEN)?.[0].slice(0, 3);
  if (next && next.length === 3 && english.text.toLowerCase().replace(/-/g, '').match(TOKEN)?.some((w) => w.startsWith(part + next))) return `${m[1]}-`;
  return undefined;
}
