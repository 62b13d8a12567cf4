import { reportCounted, segmentRule, type Occurrence } from '../segmentRule';

/**
 * Finnish attaches a case ending to a name, an abbreviation or a number with a colon and no
 * space ("Windows 10:n", "ADAL:n", "Office 365:ssä"). A space on either side of the colon
 * ("Windows 10: n", "Microsoft 365 :n") breaks the ending off the word it inflects. The word
 * must hold a digit or a capital (a name), and the ending be one of the language's case endings;
 * a single vowel ("a.", "ä.") is left out, since it may mark an item of a list ("seuraavat: a.").
 */
const SPLIT = /([\p{L}\p{N}]*[\p{Lu}\p{N}][\p{L}\p{N}.]*?)( :|: | : )(n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|aa|ää|ee|ii|oo|uu|yy|öö|een|iin|seen|hin|han|hen|hon|ään|aan|t|ta|tä|ia|iä|ien|ja|jä|ista|istä|issa|issä|ille|illa|illä|ilta|iltä|ineen|ihin)(?![\p{L}\p{N}])/gu;

/** Languages that join a case ending to a name with a colon. */
const COLON_ENDINGS = /^fi(?:-|$)/i;

interface Split extends Occurrence {
  readonly word: string;
  readonly ending: string;
}

export const splitEnding = segmentRule({
  code: 'split-ending',
  description: 'In Finnish, a space that breaks a case ending off the name or number it inflects: "Windows 10: n" or "Microsoft 365 :n" for "Windows 10:n".',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    if (!COLON_ENDINGS.test(s.locale ?? '')) return;
    const prose = s.tr.prose;
    // Most segments have no colon beside a space at all.
    if (prose.indexOf(': ') === -1 && prose.indexOf(' :') === -1) return;
    const found: Split[] = [];
    SPLIT.lastIndex = 0;
    for (let m = SPLIT.exec(prose); m; m = SPLIT.exec(prose)) {
      const [, word, colon, ending] = m;
      const start = s.tr.base + m.index + word.length;
      const end = start + colon.length;
      found.push({ start: start, end: end + ending.length, edits: [{ start, end, newText: ':' }], word, ending });
    }
    const { l10n } = s;
    reportCounted(s, found, {
      message: (count, first) =>
        count === 1
          ? l10n.t('A space breaks the case ending ":{ending}" off "{word}": write "{word}:{ending}".', { word: first.word, ending: first.ending })
          : l10n.t('A space breaks a case ending off its word {count} times, first ":{ending}" off "{word}".', { count, word: first.word, ending: first.ending }),
      fixTitle: (count) => (count === 1 ? l10n.t('Join the ending to its word') : l10n.t('Join the {count} endings to their words', { count })),
    });
  },
});
