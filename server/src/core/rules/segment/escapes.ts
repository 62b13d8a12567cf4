import { segmentRule } from '../segmentRule';
import { missingFrom, translationRange } from './compare';

/**
 * Escapes whose loss changes what renders: unescaped, `<` starts HTML (and swallows the
 * text), `[` `]` links, a backtick code, `|` a table cell. A lost `\*` is left out: English
 * sources often escape asterisks by mistake, and translations rightly drop those.
 */
const LOST_MATTERS = new Set(['<', '[', ']', '`', '|']);
/** Escapes whose addition changes what renders: `\*\*` shows asterisks where the English has bold. */
const ADDED_MATTERS = new Set(['<', '*', '_', '[', ']', '`', '|']);

export const escapes = segmentRule({
  code: 'escapes',
  description: 'A backslash escape (\\<, \\*, \\_) of the English lost in the translation, or one added to it, so that the text renders differently.',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    if (s.en.text.indexOf('\\') === -1 && s.tr.text.indexOf('\\') === -1) return;
    const en = s.en.escapes;
    const tr = s.tr.escapes;
    if (en.length === 0 && tr.length === 0) return;
    const lost = missingFrom(en.map((e) => e.char), tr.map((e) => e.char)).filter((c) => LOST_MATTERS.has(c));
    for (const char of new Set(lost)) {
      const n = lost.filter((c) => c === char).length;
      s.report({
        message: `The English escapes "${char}" as \\${char} ${n === 1 ? 'once more than' : `${n} times more than`} the translation, where it may render as Markdown or HTML instead of text.`,
        ...translationRange(s),
      });
    }
    const added = new Set(missingFrom(tr.map((e) => e.char), en.map((e) => e.char)).filter((c) => ADDED_MATTERS.has(c)));
    for (const escape of tr) {
      if (!added.has(escape.char)) continue;
      added.delete(escape.char);
      s.report({
        message: `The translation escapes "${escape.char}" as \\${escape.char} more often than the English, so it shows as text where the English renders it as Markdown.`,
        start: escape.start,
        end: escape.end,
      });
    }
  },
});
