import { segmentRule } from '../segmentRule';
import { hasEmphasisMarker } from './emphasisLost';

export const emphasisUnbalanced = segmentRule({
  code: 'emphasis-unbalanced',
  description: 'A bold or italic marker (** or _) in the translation that opens or closes nothing, where the English markers all pair up.',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    const { l10n } = s;
    if (!hasEmphasisMarker(s.tr)) return;
    const unmatched = s.tr.emphasis.unmatched;
    if (unmatched.length === 0 || s.en.emphasis.unmatched.length > 0) return;
    for (const run of unmatched) {
      const marker = s.tr.slice(run);
      s.report({
        message: l10n.t('This {marker} does not pair with another marker, so it shows as text; in the English every {char} marker pairs up.', { marker, char: run.char }),
        start: run.start,
        end: run.end,
      });
    }
  },
});
