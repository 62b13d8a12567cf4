import { reportCounted, segmentRule, type Occurrence } from '../segmentRule';

/** Two or more spaces (or no-break spaces) between words, not at a line start. */
const RUN = /(?<=[^\s\u0001])[ \u00a0]{2,}(?=[^\s])/g;

/**
 * How many spaces a run shows as: Markdown (and HTML) collapse ordinary spaces into one,
 * but every no-break space shows. `a  b` shows one space, `a \u00a0b` two.
 */
function shownWidth(run: string): number {
  let nbsp = 0;
  for (const c of run) if (c === '\u00a0') nbsp++;
  return nbsp + (nbsp < run.length ? 1 : 0);
}

/** The runs of a text that show as more than one space. */
function wideRuns(prose: string): { index: number; run: string }[] {
  const found: { index: number; run: string }[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(prose); m; m = RUN.exec(prose)) if (shownWidth(m[0]) > 1) found.push({ index: m.index, run: m[0] });
  return found;
}

export const doubleSpace = segmentRule({
  code: 'double-space',
  description: 'Spaces in a row inside the translation that show as a wider gap (no-break spaces, which Markdown does not collapse), where its English has none.',
  // A wider gap is cosmetic: readers of the corpus counted none of its 37 findings as a defect (the
  // pipeline puts the English's no-break spaces beside spaces). Off by default; a hint with its quick
  // fix for who turns it on to keep the text tidy.
  defaultSeverity: 'hint',
  enabledByDefault: false,
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    if (s.tr.text.indexOf('\u00a0') === -1) return; // ordinary spaces in a row collapse into one
    const runs = wideRuns(s.tr.prose);
    if (runs.length === 0 || wideRuns(s.en.prose).length > 0) return;
    const found: Occurrence[] = runs.map(({ index, run }) => {
      const start = s.tr.base + index;
      const end = start + run.length;
      return { start, end, edits: [{ start, end, newText: ' ' }] };
    });
    reportCounted(s, found, {
      message: (count) =>
        count === 1
          ? l10n.t('The translation has spaces in a row here that show as a wider gap (a no-break space is not collapsed); the English has single spaces.')
          : l10n.t('The translation has {count} places with spaces in a row that show as a wider gap (no-break spaces are not collapsed); the English has single spaces.', { count }),
      fixTitle: (count) => (count === 1 ? l10n.t('Remove the extra spaces') : l10n.t('Remove the extra spaces in {count} places', { count })),
    });
  },
});
