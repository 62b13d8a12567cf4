import { segmentRule } from '../segmentRule';
import { missingIndexes, translationRange } from './compare';

export const alertMarker = segmentRule({
  code: 'alert-marker',
  description: 'An alert marker ([!NOTE], [!TIP]) of the English that the translation changed (translated) or lost.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    const { l10n } = s;
    const en = s.en.alerts;
    const tr = s.tr.alerts;
    if (en.length === 0 && tr.length === 0) return;
    const enMarkers = en.map((a) => a.marker);
    const trMarkers = tr.map((a) => a.marker);
    const lost = missingIndexes(enMarkers, trMarkers);
    const foreign = missingIndexes(trMarkers, enMarkers);
    foreign.forEach((f, k) => {
      const marker = tr[f];
      const english = lost.length === foreign.length ? en[lost[k]] : undefined;
      s.report({
        message: english
          ? l10n.t('The alert marker {marker} must stay as in the English: {english}.', { marker: marker.marker, english: english.marker })
          : l10n.t('The translation has the alert marker {marker}; the English does not.', { marker: marker.marker }),
        start: marker.start,
        end: marker.end,
        fix: english ? { title: l10n.t('Restore the alert marker from the English: {marker}', { marker: english.marker }), edits: [{ start: marker.start, end: marker.end, newText: english.marker }] } : undefined,
      });
    });
    for (const l of lost.slice(foreign.length)) {
      s.report({ message: l10n.t('The English has the alert marker {marker}; the translation does not.', { marker: en[l].marker }), ...translationRange(s) });
    }
  },
});
