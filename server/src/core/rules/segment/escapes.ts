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
    const { l10n } = s;
    if (!s.en.has('\\') && !s.tr.has('\\')) return;
    const en = s.en.escapes;
    const tr = s.tr.escapes;
    if (en.length === 0 && tr.length === 0) return;
    const lost = missingFrom(en.map((e) => e.char), tr.map((e) => e.char)).filter((c) => LOST_MATTERS.has(c));
    for (const char of new Set(lost)) {
      const n = lost.filter((c) => c === char).length;
      s.report({
        message:
          n === 1
            ? l10n.t('The English escapes "{char}" as \\{char} once more than the translation, where it may render as Markdown or HTML instead of text.', { char })
            : l10n.t('The English escapes "{char}" as \\{char} {count} times more than the translation, where it may render as Markdown or HTML instead of text.', { char, count: n }),
        ...translationRange(s),
      });
    }
    const added = new Set(missingFrom(tr.map((e) => e.char), en.map((e) => e.char)).filter((c) => ADDED_MATTERS.has(c)));
    for (const escape of tr) {
      if (!added.has(escape.char)) continue;
      added.delete(escape.char);
      s.report({
        message: l10n.t('The translation escapes "{char}" as \\{char} more often than the English, so it shows as text where the English renders it as Markdown.', { char: escape.char }),
        start: escape.start,
        end: escape.end,
      });
    }
  },
});
