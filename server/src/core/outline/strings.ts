import type { L10n } from '../l10n';

/** Every word the outline shows, in one place, in the display language. */
export function outlineStrings(l10n: L10n) {
  return {
    frontMatter: l10n.t('Front matter'),
    emptyHeading: l10n.t('(empty heading)'),
    emptySegment: l10n.t('(empty)'),
    /** A segment in the outline: its number, then its translation. */
    segment: (number: string, text: string) => `${number} · ${text}`,
  };
}

export type OutlineStrings = ReturnType<typeof outlineStrings>;
