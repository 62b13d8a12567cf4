import { segmentRule } from '../segmentRule';
import type { Escape } from '../../inline/tokens';
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
      // The English escapes the character (`\*-MailboxSearch`) and the translation wrote it bare: it shows as the same character, not as a broken marker.
      if (escapedIn(s.en.escapes, run.char) - escapedIn(s.tr.escapes, run.char) >= run.end - run.start) continue;
      const marker = s.tr.slice(run);
      s.report({
        message: l10n.t('This {marker} does not pair with another marker, so it shows as text; in the English every {char} marker pairs up.', { marker, char: run.char }),
        start: run.start,
        end: run.end,
      });
    }
  },
});

function escapedIn(escapes: readonly Escape[], char: string): number {
  let n = 0;
  for (const e of escapes) if (e.char === char) n++;
  return n;
}
