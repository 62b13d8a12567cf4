/** Every word the hovers show, in one place (a later issue localizes them). */
export const HOVER_STRINGS = {
  english: 'English',
  translation: (locale: string | undefined) => (locale ? `Translation (${locale})` : 'Translation'),
  noEnglish: 'No English lookup span follows this translation.',
  empty: '(empty)',
  machineTranslation: 'Machine translation (MT)',
  humanTranslation: 'Human translation (HT)',
  otherTranslationType: (value: string) => `Translation type: ${value}`,
  anchor: 'Anchor',
  anchorOf: 'of the English heading',
  anchorNote: 'Links to this section use this anchor, so it stays in English.',
  otherLocales: 'Other locales',
  otherLocalesSplit: 'Other locales (the sentences of this paragraph)',
  localeColumn: 'Locale',
  textColumn: 'Translation',
  stale: '⚠ stale',
  paragraph: (number: number) => `p${number}`,
};
