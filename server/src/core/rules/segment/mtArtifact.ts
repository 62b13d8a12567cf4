import { segmentRule } from '../segmentRule';

/** What machine translation leaves where it failed to put a term back: `#A0`, `#B1`. */
const ARTIFACT = /(?<![\p{L}\p{N}&#])#[A-Z]{1,2}\d{1,2}(?![\p{L}\p{N}])/gu;

export const mtArtifact = segmentRule({
  code: 'mt-artifact',
  description: 'A machine-translation placeholder (#A0, #B1) left in the translation where a word of the English should be.',
  defaultSeverity: 'warning',
  fixable: false,
  checkSegment(s) {
    const { l10n } = s;
    if (!s.tr.has('#')) return;
    const prose = s.tr.prose;
    ARTIFACT.lastIndex = 0;
    for (let m = ARTIFACT.exec(prose); m; m = ARTIFACT.exec(prose)) {
      if (s.en.text.includes(m[0])) continue;
      s.report({
        message: l10n.t('"{artifact}" is a placeholder that machine translation left in place of a word of the English; the English has no "{artifact}".', { artifact: m[0] }),
        start: s.tr.base + m.index,
        end: s.tr.base + m.index + m[0].length,
      });
    }
  },
});
