import { COMMANDS } from '#protocol';

/** The command ids of the reading features (also in package.json `contributes.commands`). */
export const READING_COMMANDS = {
  nextFinding: COMMANDS.goToNextFinding.id,
  previousFinding: COMMANDS.goToPreviousFinding.id,
  nextUntranslated: COMMANDS.goToNextUntranslated.id,
  previousUntranslated: COMMANDS.goToPreviousUntranslated.id,
  toggleDimMarkup: COMMANDS.toggleDimMarkup.id,
  focusOnTranslation: COMMANDS.focusOnTranslation.id,
} as const;

/** The context key that is true while "Focus on Translation" is on. */
export const FOCUS_CONTEXT_KEY = COMMANDS.focusOnTranslation.id;

/** Client-side settings of the reading features (listed in the core's settings schema). */
export const READING_SETTINGS = {
  section: 'sxsDocs',
  dimMarkup: 'reading.dimMarkup',
  dimOpacity: 'reading.dimOpacity',
} as const;
