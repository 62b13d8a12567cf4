import type { SegmentCheck } from '../rule';
import type { EmphasisSpan } from '../../inline/tokens';
import { segmentRule } from '../segmentRule';
import { labelKey } from '../../terms/observe';
import { spacedPhrasePlaces } from '../../text/wholeWord';
import { contentOf, hasEmphasisMarker } from './emphasisLost';
import { quote } from './compare';
import { outsideSpans } from './spanBounds';

export const emphasisMoved = segmentRule({
  code: 'emphasis-moved',
  description:
    'Text that is bold (or italic) in the English, kept verbatim in the translation but no longer bold there; or a bold label whose settled translation in the locale stands in the translation with a capital, not bold, while the bold in its place holds other words ("Lue **viesti** valitsemalla Jatka" for "Click **Continue** to read the message").',
  defaultSeverity: 'warning',
  fixable: false,
  learnsFromWorkspace: true,
  checkSegment(s) {
    const { l10n } = s;
    if (!hasEmphasisMarker(s.en)) return;
    const en = s.en.emphasis.spans;
    if (en.length === 0) return;
    const tr = s.tr.emphasis.spans;
    // Fewer bold (or italic) texts than the English is emphasis-lost's case; "other words are" would not be true.
    const fewer = (strong: boolean) => tr.filter((x) => x.strong === strong).length < en.filter((x) => x.strong === strong).length;
    const fewerBold = fewer(true);
    const fewerItalic = fewer(false);
    const trInside = tr.map((x) => contentOf(s.tr, x));
    let moved = false;
    for (const span of en) {
      if (span.strong ? fewerBold : fewerItalic) continue;
      const text = contentOf(s.en, span).trim();
      if (text.length < 2 || trInside.some((t) => t.includes(text))) continue;
      // The English also has the text outside its bold, in any case ("**OneDrive Storage**: … OneDrive storage space"): the translation's plain one may be that one.
      const lower = s.en.prose.toLowerCase();
      if (wordAt(lower, text.toLowerCase(), lower.indexOf(text.toLowerCase()) + 1) !== -1) continue;
      const at = wordAt(s.tr.prose, text);
      if (at === -1 || tr.some((x) => x.start <= s.tr.base + at && s.tr.base + at < x.end)) continue;
      // Marked the locale's other way, in brackets ("[...]", "「設定」"), in place of bold or italic.
      if (BRACKETED.test(`${s.tr.prose[at - 1] ?? ''}${s.tr.prose[at + text.length] ?? ''}`)) continue;
      const start = s.tr.base + at;
      moved = true;
      s.report({
        message: span.strong
          ? l10n.t('"{text}" is bold in the English; in the translation it is not, and other words are.', { text })
          : l10n.t('"{text}" is italic in the English; in the translation it is not, and other words are.', { text }),
        start,
        end: start + text.length,
      });
    }
    // The label kept as written is the surer sign; its rendering is asked only where none was.
    if (!moved && !fewerBold) renderingLeftPlain(s, en, tr, trInside);
  },
});

/** Where `text` stands as whole words in `prose` (not inside "Add-Ins" or "rob@contoso.com"), from `from` on, or -1. */
function wordAt(prose: string, text: string, from = 0): number {
  for (let i = prose.indexOf(text, from); i !== -1; i = prose.indexOf(text, i + 1)) {
    if (!JOINED.test(prose[i - 1] ?? ' ') && !JOINED.test(prose[i + text.length] ?? ' ')) return i;
  }
  return -1;
}

/** An opening and a closing bracket around a text: the way Chinese and Japanese mark a UI label. */
const BRACKETED = /^(?:\[\]|「」|『』|【】)$/;

/** Characters that join a word to its neighbour. */
const JOINED = /[\p{L}\p{N}@_-]/u;

/** Four letters a word shares with the label's rendering at its start: an inflection or a word of the same stem ("Arhivare" for "arhivă"). */
const STEM = 4;

/**
 * A bold label of the English whose translation the locale has settled on ("Continue" →
 * "Jatka") stands in the translation outside any bold, with a capital after the sentence's
 * first word, as a label is written ("Lue **viesti** valitsemalla Jatka"), while the translation
 * has as many bolds as the English: the bold in the label's place moved onto other words. Not
 * where a bold holds the rendering or the English label itself, nor where the bold in its place
 * holds a word of the rendering's stem (the label inflected, "**Arhivare**" beside "Arhivă"), nor
 * where the locale keeps the label in English and the English says it outside its bold too.
 */
function renderingLeftPlain(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[], trInside: readonly string[]): void {
  const enBold = en.filter((x) => x.strong);
  const trBold = tr.filter((x) => x.strong);
  if (enBold.length === 0 || trBold.length !== enBold.length) return;
  const inside = tr.map((x, k) => (x.strong ? trInside[k].toLowerCase() : '')).filter((t) => t);
  // The words outside the bolds, read when a label first has a rendering (most have none).
  let plain: string | undefined;
  for (const [i, span] of enBold.entries()) {
    const label = labelKey(contentOf(s.en, span));
    const translated = s.learned.labelTranslation(label, s.locale);
    if (!translated || translated.length < 3 || inside.some((t) => t.includes(translated) || t.includes(label))) continue;
    // A label the locale keeps in English ("Teams") that the English also says outside its bold: the translation's plain one may be that one.
    if (translated === label && keptOutsideBold(s, label)) continue;
    const stem = translated.slice(0, STEM);
    if (stem.length === STEM && /^\p{L}+$/u.test(stem) && inside[i].split(/\s+/).some((w) => w.replace(/^\P{L}+/u, '').startsWith(stem))) continue;
    plain ??= outsideSpans(s.tr.text, s.tr.base, trBold);
    if (!writtenAsLabel(plain, translated)) continue;
    const { l10n } = s;
    s.report({
      message: l10n.t('"{label}" is bold in the English, and this locale translates it "{translated}"; here that is not bold, and "{bold}" is.', { label: quote(contentOf(s.en, span).trim(), 40), translated, bold: quote(inside[i].trim(), 40) }),
      start: trBold[i].start,
      end: trBold[i].end,
    });
    return;
  }
}

/** The English says the label again outside its bolds, as whole words, in any case. */
function keptOutsideBold(s: SegmentCheck, label: string): boolean {
  const plain = outsideSpans(s.en.text, s.en.base, s.en.emphasis.spans).toLowerCase();
  return spacedPhrasePlaces(plain, label, true).length > 0;
}

/** The rendering stands in the text as whole words, with a capital, after the sentence's first word (not after a full stop or a colon). */
function writtenAsLabel(plain: string, translated: string): boolean {
  for (const place of spacedPhrasePlaces(plain.toLowerCase(), translated, true)) {
    const before = plain.slice(0, place.start).trimEnd();
    if (before && !/[.:!?]$/.test(before) && /^\p{Lu}/u.test(plain[place.start])) return true;
  }
  return false;
}
