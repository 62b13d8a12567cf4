/** Every message of the reading features, in one place (a later issue localizes them). */
export const READING_STRINGS = {
  noEditor: 'Open a Markdown file to use this command.',
  noFindings: 'Side-by-Side Docs: no findings in this file.',
  finding: (ordinal: number, total: number, message: string) => `Side-by-Side Docs: finding ${ordinal} of ${total}: ${message}`,
  noUntranslated: 'Side-by-Side Docs: no untranslated segments in this file (none has an empty translation or one that reads the same as its English).',
  untranslatedEmpty: (ordinal: number, total: number, id: string) => `Side-by-Side Docs: untranslated segment ${ordinal} of ${total} (${id}): its translation is empty.`,
  untranslatedSame: (ordinal: number, total: number, id: string) => `Side-by-Side Docs: untranslated segment ${ordinal} of ${total} (${id}): its translation reads the same as its English.`,
  wrappedTop: 'Side-by-Side Docs: continued from the top of the file.',
  wrappedBottom: 'Side-by-Side Docs: continued from the end of the file.',
  focusOn: 'Focus on Translation: the English and the markup show only on the lines you edit.',
  focusOff: 'Focus on Translation is off: all markup shows.',
  dimOn: 'Side-by-Side Docs: English lookups and ids dimmed.',
  dimOff: 'Side-by-Side Docs: English lookups and ids no longer dimmed.',
};
