import { segmentRule } from '../segmentRule';
import { contentOf } from './emphasisLost';

export const emphasisMoved = segmentRule({
  code: 'emphasis-moved',
  description: 'Text that is bold (or italic) in the English, kept verbatim in the translation but no longer bold there.',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    const en = s.en.emphasis.spans;
    if (en.length === 0) return;
    const tr = s.tr.emphasis.spans;
    if (tr.length < en.filter((x) => x.strong).length) return; // emphasis-lost's case
    const trInside = tr.map((x) => contentOf(s.tr, x));
    for (const span of en) {
      const text = contentOf(s.en, span).trim();
      if (text.length < 2 || trInside.some((t) => t.includes(text))) continue;
      const at = wordAt(s.tr.prose, text);
      if (at === -1 || tr.some((x) => x.start <= s.tr.base + at && s.tr.base + at < x.end)) continue;
      const start = s.tr.base + at;
      s.report({
        message: `"${text}" is ${span.strong ? 'bold' : 'italic'} in the English; in the translation it is not, and other words are.`,
        start,
        end: start + text.length,
      });
    }
  },
});

/** Where `text` stands as whole words in `prose`, or -1. */
function wordAt(prose: string, text: string): number {
  for (let i = prose.indexOf(text); i !== -1; i = prose.indexOf(text, i + 1)) {
    const before = prose[i - 1];
    const after = prose[i + text.length];
    if ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after))) return i;
  }
  return -1;
}
