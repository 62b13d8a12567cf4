import type { L10n } from '../l10n';

/** Every word the hovers show, in one place, in the display language. */
export function hoverStrings(l10n: L10n) {
  return {
    english: l10n.t('English'),
    translation: (locale: string | undefined) => (locale ? l10n.t('Translation ({locale})', { locale }) : l10n.t('Translation')),
    noEnglish: l10n.t('No English lookup span follows this translation.'),
    empty: l10n.t('(empty)'),
    machineTranslation: l10n.t('Machine translation (MT)'),
    humanTranslation: l10n.t('Human translation (HT)'),
    otherTranslationType: (value: string) => l10n.t('Translation type: {value}', { value }),
    /** `anchor` is the anchor's name as a code span. */
    anchorOf: (anchor: string) => l10n.t('**Anchor** {anchor} · of the English heading', { anchor }),
    anchorNote: l10n.t('Links to this section use this anchor, so it stays in English.'),
    otherLocales: l10n.t('Other locales'),
    otherLocalesSplit: l10n.t('Other locales (the sentences of this paragraph)'),
    localeColumn: l10n.t('Locale'),
    textColumn: l10n.t('Translation'),
    stale: l10n.t('⚠ stale'),
    englishChanged: (locale: string | undefined) =>
      locale ? l10n.t('**The English has changed** (the {locale} version has newer English): deleted words struck through, new words in bold', { locale }) : l10n.t('**The English has changed** since this translation was made: deleted words struck through, new words in bold'),
    englishRemoved: l10n.t('**The English no longer has this sentence.**'),
    paragraph: (number: number) => `p${number}`,
    sentenceTranslations: l10n.t('Translations of this sentence'),
    sentenceMissing: l10n.t('no segment of this version has this sentence'),
  };
}

export type HoverStrings = ReturnType<typeof hoverStrings>;
