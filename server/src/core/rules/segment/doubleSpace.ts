import { segmentRule } from '../segmentRule';

/** Two or more spaces (or no-break spaces) between words, not at a line start. */
const RUN = /(?<=[^\s\u0001])[ \u00a0]{2,}(?=[^\s])/g;

export const doubleSpace = segmentRule({
  code: 'double-space',
  description: 'Two or more spaces in a row inside the translation, where its English has none.',
  defaultSeverity: 'information',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    if (s.tr.text.indexOf('  ') === -1 && s.tr.text.indexOf('\u00a0') === -1) return;
    RUN.lastIndex = 0;
    if (RUN.test(s.en.prose)) return;
    const prose = s.tr.prose;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(prose); m; m = RUN.exec(prose)) {
      const start = s.tr.base + m.index;
      const end = start + m[0].length;
      s.report({
        message: l10n.t('The translation has {count} spaces in a row here; the English has single spaces.', { count: m[0].length }),
        start,
        end,
        fix: { title: l10n.t('Remove the extra spaces'), edits: [{ start, end, newText: ' ' }] },
      });
    }
  },
});
