import { segmentRule } from '../segmentRule';
import { contentOf, hasEmphasisMarker } from './emphasisLost';

export const emphasisMoved = segmentRule({
  code: 'emphasis-moved',
  description: 'Text that is bold (or italic) in the English, kept verbatim in the translation but no longer bold there.',
  defaultSeverity: 'warning',
  fixable: false,
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
      s.report({
        message: span.strong
          ? l10n.t('"{text}" is bold in the English; in the translation it is not, and other words are.', { text })
          : l10n.t('"{text}" is italic in the English; in the translation it is not, and other words are.', { text }),
        start,
        end: start + text.length,
      });
    }
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
