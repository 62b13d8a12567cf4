import type { L10n } from '../../l10n';
import { segmentRule } from '../segmentRule';

export const edgeWhitespace = segmentRule({
  code: 'edge-whitespace',
  description: 'Leading or trailing white space of the translation that differs from its English.',
  defaultSeverity: 'information',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    const tr = s.tr.text;
    const en = s.en.text;
    const trLead = leading(tr);
    const enLead = leading(en);
    if (trLead !== enLead) {
      const start = s.tr.base;
      const end = start + trLead.length;
      s.report({
        message: l10n.t('The translation has {translation} at its start; the English has {english}.', { translation: describe(trLead, l10n), english: describe(enLead, l10n) }),
        start,
        end: end > start ? end : start + firstCharLength(tr),
        fix: { title: l10n.t("Match the English's leading white space"), edits: [{ start, end, newText: enLead }] },
      });
    }
    const trTrail = trailing(tr);
    const enTrail = trailing(en);
    if (trTrail !== enTrail && trTrail.length < tr.length) {
      const end = s.tr.base + tr.length;
      const start = end - trTrail.length;
      s.report({
        message: l10n.t('The translation has {translation} at its end; the English has {english}.', { translation: describe(trTrail, l10n), english: describe(enTrail, l10n) }),
        start: start < end ? start : end - 1,
        end,
        fix: { title: l10n.t("Match the English's trailing white space"), edits: [{ start, end, newText: enTrail }] },
      });
    }
  },
});

/** The white space at the start of the text (`trim` removes what `\s` matches); none after a visible ASCII character, as most texts start. */
function leading(text: string): string {
  if (isVisibleAscii(text.charCodeAt(0))) return '';
  return text.slice(0, text.length - text.trimStart().length);
}

function trailing(text: string): string {
  if (isVisibleAscii(text.charCodeAt(text.length - 1))) return '';
  return text.slice(text.trimEnd().length);
}

function isVisibleAscii(c: number): boolean {
  return c > 32 && c < 127;
}

/** The white space as the messages name it ("a space", "no white space", "3 white-space characters (space, tab)"). */
function describe(ws: string, l10n: L10n): string {
  if (ws === '') return l10n.t('no white space');
  const chars = [...ws];
  if (chars.length === 1) {
    const c = chars[0];
    if (c === ' ') return l10n.t('a space');
    if (c === '\u00a0') return l10n.t('a no-break space');
    if (c === '\u202f') return l10n.t('a narrow no-break space');
    if (c === '\t') return l10n.t('a tab');
    if (c === '\n' || c === '\r') return l10n.t('a line break');
    return l10n.t('the character {code}', { code: codePoint(c) });
  }
  const names = chars.map((c) => (c === ' ' ? l10n.t('space') : c === '\u00a0' ? l10n.t('no-break space') : c === '\u202f' ? l10n.t('narrow no-break space') : c === '\t' ? l10n.t('tab') : c === '\n' || c === '\r' ? l10n.t('line break') : codePoint(c)));
  return l10n.t('{count} white-space characters ({names})', { count: chars.length, names: [...new Set(names)].join(', ') });
}

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function firstCharLength(text: string): number {
  return text.length === 0 ? 0 : text.codePointAt(0)! > 0xffff ? 2 : 1;
}
