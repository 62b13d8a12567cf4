/** The command ids of the reading features (also in package.json `contributes.commands`). */
export const READING_COMMANDS = {
  nextFinding: 'sxsDocs.goToNextFinding',
  previousFinding: 'sxsDocs.goToPreviousFinding',
  nextUntranslated: 'sxsDocs.goToNextUntranslated',
  previousUntranslated: 'sxsDocs.goToPreviousUntranslated',
  toggleDimMarkup: 'sxsDocs.toggleDimMarkup',
  focusOnTranslation: 'sxsDocs.focusOnTranslation',
} as const;

/** The context key that is true while "Focus on Translation" is on. */
export const FOCUS_CONTEXT_KEY = 'sxsDocs.focusOnTranslation';

/** Client-side settings of the reading features (listed in the core's settings schema). */
export const READING_SETTINGS = {
  section: 'sxsDocs',
  dimMarkup: 'reading.dimMarkup',
  dimOpacity: 'reading.dimOpacity',
} as const;
