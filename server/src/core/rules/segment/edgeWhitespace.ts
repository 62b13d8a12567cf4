import type { L10n } from '../../l10n';
import { reportCounted, segmentRule, type Occurrence } from '../segmentRule';

/** Scripts written without spaces between sentences: a sentence's edge white space shows nothing there. */
const NO_SPACES = /^(?:zh|ja|ko|th)(?:-|$)/i;

/**
 * Leading or trailing white space that differs from the English's and changes what renders:
 * white space the English has and the translation lost where nothing outside the span
 * separates it from the text beside it, so that two sentences run together. A trailing
 * space inside the span, a no-break space at an edge (one the English has and the
 * translation dropped, or one added, which shows at most as a slightly wider gap) and
 * invisible characters (U+FEFF) render the same, and are left alone.
 */
export const edgeWhitespace = segmentRule({
  code: 'edge-whitespace',
  description: 'White space at the edge of the English that the translation lost where the next sentence follows at once, so the two run together.',
  defaultSeverity: 'information',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    const tr = s.tr.text;
    const en = s.en.text;
    const trLead = leading(tr);
    const enLead = leading(en);
    const trTrail = trailing(tr);
    const enTrail = trailing(en);
    const found: Edge[] = [];
    if (trLead !== enLead && rendersDifferently(trLead, enLead, () => s.textBefore, s.locale)) {
      const start = s.tr.base;
      const end = start + trLead.length;
      found.push({ start, end: end > start ? end : start + firstCharLength(tr), edits: [{ start, end, newText: enLead }], side: 'start', translation: trLead, english: enLead });
    }
    if (trTrail !== enTrail && trTrail.length < tr.length && rendersDifferently(trTrail, enTrail, () => s.textAfter, s.locale)) {
      const end = s.tr.base + tr.length;
      const start = end - trTrail.length;
      found.push({ start: start < end ? start : end - 1, end, edits: [{ start, end, newText: enTrail }], side: 'end', translation: trTrail, english: enTrail });
    }
    reportCounted(s, found, {
      message: (count, first) =>
        count > 1
          ? l10n.t("The translation's white space at its start and its end differs from the English's, which changes what shows.")
          : first.side === 'start'
            ? l10n.t('The translation has {translation} at its start; the English has {english}.', { translation: describe(first.translation, l10n), english: describe(first.english, l10n) })
            : l10n.t('The translation has {translation} at its end; the English has {english}.', { translation: describe(first.translation, l10n), english: describe(first.english, l10n) }),
      fixTitle: (count, first) => (count > 1 ? l10n.t("Match the English's white space at both ends") : first.side === 'start' ? l10n.t("Match the English's leading white space") : l10n.t("Match the English's trailing white space")),
    });
  },
});

interface Edge extends Occurrence {
  readonly side: 'start' | 'end';
  readonly translation: string;
  readonly english: string;
}

/**
 * Whether the translation's edge white space shows differently from the English's: the
 * English has white space there, the translation none, and the text beside the segment
 * (`neighbour`: the visible character outside it, or '' when a line starts or ends there)
 * touches it, so that the words run together (not in scripts written without spaces).
 */
function rendersDifferently(translation: string, english: string, neighbour: () => string, locale: string | undefined): boolean {
  if (translation !== '' || english === '' || (locale && NO_SPACES.test(locale))) return false;
  const next = neighbour();
  return next !== '' && !/\s/.test(next);
}

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
