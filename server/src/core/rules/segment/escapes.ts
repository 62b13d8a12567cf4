import type { Escape } from '../../inline/tokens';
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
  description: 'A backslash escape (\\<, \\*, \\_) of the English that the translation writes unescaped, or one it adds where the English has Markdown, so that the text renders differently.',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    const { l10n } = s;
    if (!s.en.has('\\') && !s.tr.has('\\')) return;
    const en = s.en.escapes;
    const tr = s.tr.escapes;
    if (en.length === 0 && tr.length === 0) return;
    const sentences: string[] = [];
    // Lost: the English escapes the character more often, and the translation writes it unescaped more often than the English.
    for (const char of new Set(missingFrom(en.map((e) => e.char), tr.map((e) => e.char)).filter((c) => LOST_MATTERS.has(c)))) {
      const unescaped = unescapedCount(s.tr.codeMasked, char) - unescapedCount(s.en.codeMasked, char);
      const lost = Math.min(countOf(en, char) - countOf(tr, char), unescaped);
      if (lost <= 0) continue;
      sentences.push(
        lost === 1
          ? l10n.t('The English escapes "{char}" as \\{char}; the translation writes it unescaped, where it may render as Markdown or HTML instead of text.', { char })
          : l10n.t('The English escapes "{char}" as \\{char}; the translation writes it unescaped {count} times, where it may render as Markdown or HTML instead of text.', { char, count: lost }),
      );
    }
    // Added: the translation escapes the character more often, where the English writes it as Markdown.
    let firstAdded: Escape | undefined;
    for (const char of new Set(missingFrom(tr.map((e) => e.char), en.map((e) => e.char)).filter((c) => ADDED_MATTERS.has(c)))) {
      if (unescapedCount(s.en.codeMasked, char) <= unescapedCount(s.tr.codeMasked, char)) continue;
      firstAdded ??= tr.find((e) => e.char === char);
      sentences.push(l10n.t('The translation escapes "{char}" as \\{char} where the English writes it as Markdown, so it shows as text.', { char }));
    }
    if (sentences.length === 0) return;
    const range = sentences.length === 1 && firstAdded ? firstAdded : translationRange(s);
    s.report({ message: sentences.join(' '), start: range.start, end: range.end });
  },
});

function countOf(escapes: readonly Escape[], char: string): number {
  let n = 0;
  for (const e of escapes) if (e.char === char) n++;
  return n;
}

/** How many times a text (code blanked) has the character with no backslash before it. */
function unescapedCount(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) if (text[i - 1] !== '\\') n++;
  return n;
}
