import { segmentRule } from '../segmentRule';
import { missingIndexes, translationRange } from './compare';

export const alertMarker = segmentRule({
  code: 'alert-marker',
  description: 'An alert marker ([!NOTE], [!TIP]) of the English that the translation changed (translated) or lost.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
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
        message: english ? `The alert marker ${marker.marker} must stay as in the English: ${english.marker}.` : `The translation has the alert marker ${marker.marker}; the English does not.`,
        start: marker.start,
        end: marker.end,
        fix: english ? { title: `Restore the alert marker from the English: ${english.marker}`, edits: [{ start: marker.start, end: marker.end, newText: english.marker }] } : undefined,
      });
    });
    for (const l of lost.slice(foreign.length)) {
      s.report({ message: `The English has the alert marker ${en[l].marker}; the translation does not.`, ...translationRange(s) });
    }
  },
});
