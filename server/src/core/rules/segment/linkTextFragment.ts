import type { InlineText } from '../../inline/inlineText';
import type { InlineLink } from '../../inline/tokens';
import type { WordCount } from '../../inline/words';
import type { SegmentCheck } from '../rule';
import { reportCounted, segmentRule, type Occurrence } from '../segmentRule';
import { quote } from './compare';

/** English link texts shorter than this many words are not compared: "here", "this article". */
const MIN_ENGLISH_WORDS = 3;
/** The translation's link text is a fragment when its share of the sentence is under this part of the English share. */
const FRAGMENT_RATIO = 0.5;

export const linkTextFragment = segmentRule({
  code: 'link-text-fragment',
  description: 'A link whose text is cut down to a fragment of what the English links (one word of a whole title), or, where the translation moved the sentence\'s full stop into the link, to the title\'s last words (`Siehe Zahlungsmethoden für Ihr [Abonnement verwalten.](url)`).',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    const { l10n } = s;
    if (!s.tr.links.some(isTextLink)) return;
    // The sentences' lengths in letters; read only once a link is worth comparing.
    let totals: { en: number; tr: number } | undefined;
    const used = new Set<InlineLink>();
    const found: Fragment[] = [];
    const cjk = !!s.locale && NO_SPACES_LOCALE.test(s.locale);
    s.tr.links.forEach((link, i) => {
      if (!isTextLink(link)) return;
      const english = s.en.links.find((l, k) => !used.has(l) && isTextLink(l) && s.enUrls[k] === s.trUrls[i]);
      if (!english) return;
      used.add(english);
      const enWords = wordsIn(s.en, english);
      if (enWords.words < MIN_ENGLISH_WORDS) return;
      const trWords = wordsIn(s.tr, link);
      if (trWords.words === 0) return; // link-text-empty's case
      // The English title kept whole as the link text, the translation's rendering of it after the link ("[Configure Contoso](url) (Contoso konfigurieren)").
      if (link.text.includes(english.text.trim())) return;
      totals ??= { en: s.en.wordLength, tr: s.tr.wordLength };
      if (totals.en === 0 || totals.tr === 0) return;
      const enShare = enWords.letters / totals.en;
      const trShare = trWords.letters / totals.tr;
      if (trShare >= enShare * FRAGMENT_RATIO && !(trShare < enShare * MOVED_FULL_STOP_RATIO && movedFullStopCut(s, english, link, enWords, trWords))) return;
      // Japanese and Chinese put particles and quotation brackets outside a link that holds the whole name: 「[設定](url)」を.
      if (cjk && completeInCjk(s.tr.text, link.start - s.tr.base, link.end - s.tr.base)) return;
      found.push({ start: link.textStart, end: link.textEnd, english: english.text, text: link.text });
    });
    reportCounted(s, found, {
      message: (count, first) =>
        count === 1
          ? l10n.t('The English links the words "{english}"; the translation links only "{text}".', { english: quote(first.english), text: quote(first.text) })
          : l10n.t('{count} links are cut down to a fragment of what the English links; the first: the English links the words "{english}", the translation only "{text}".', { count, english: quote(first.english), text: quote(first.text) }),
    });
  },
});

/**
 * The share under which a link is a fragment when the translation moved the sentence's full
 * stop into it (`… Änderungen [angekündigt werden.](url)` for `… [changes are announced](url).`):
 * machine translation then ends the link where the sentence ends and starts it where it
 * placed the English link's last words, leaving the first ones outside.
 */
const MOVED_FULL_STOP_RATIO = 0.7;
const ENDS_WITH_FULL_STOP = /[.。]\s*$/;
const FULL_STOP_AFTER = /^\s*\./;

/** A link text that moved the full stop in holds fewer letters than this part of the English link's: a title's words are outside it. */
const MOVED_FULL_STOP_LETTERS = 0.9;

/**
 * The English's full stop follows its link, the translation's link text ends with it instead,
 * and that text has fewer letters than the English link's (a whole title in Italian or
 * Romanian has more) without holding the English title as it is ("[Plan Azure AD Join.](url)").
 */
function movedFullStopCut(s: SegmentCheck, english: InlineLink, link: InlineLink, enWords: WordCount, trWords: WordCount): boolean {
  if (!ENDS_WITH_FULL_STOP.test(link.text) || ENDS_WITH_FULL_STOP.test(english.text)) return false;
  // The English's full stop follows its link, or the English ends with the link and has none.
  const afterEnglish = s.en.text.slice(english.end - s.en.base);
  if (!FULL_STOP_AFTER.test(afterEnglish.slice(0, 4)) && afterEnglish.trim() !== '') return false;
  return trWords.letters < MOVED_FULL_STOP_LETTERS * enWords.letters && !link.text.includes(english.text.trim());
}

interface Fragment extends Occurrence {
  readonly english: string;
  readonly text: string;
}

/** Locales written without spaces between words, where what stands around a link is read by its characters. */
const NO_SPACES_LOCALE = /^(?:ja|zh|ko)(?:-|$)/i;
/** Opening and closing quotation brackets around a name. */
const OPEN_BRACKET = /[「『【〈《（(]$/;
const CLOSE_BRACKET = /^[」』】〉》）)]/;
/** Particles, suffixes and conjunctions that follow a whole noun in Japanese, Chinese and Korean (を, の, 中的, 及, 을…). */
const PARTICLE = /^(?:[をのにでへとがはもや]|から|まで|より|中的|的|中|上|裡|和|或|及|[을를이가은는의에와과로])/;

/**
 * A link that holds a whole name in Japanese, Chinese or Korean: quotation brackets around it,
 * or a particle or punctuation right after it, or it fills its sentence up to them. Text that
 * continues the name in the same script right after the link ("[Azure Active](url) Directory")
 * is no particle.
 */
function completeInCjk(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  const after = text.slice(end, end + 2);
  if (OPEN_BRACKET.test(before) || CLOSE_BRACKET.test(after)) return true;
  if (after === '' || /^[。、，．！？：；,.!?:;]/.test(after)) return true;
  return PARTICLE.test(after);
}

function isTextLink(link: InlineLink): boolean {
  return link.kind === 'markdown' || link.kind === 'html';
}

function wordsIn(side: InlineText, link: InlineLink): WordCount {
  return side.wordCountIn({ start: link.textStart, end: link.textEnd });
}
