import { emptySideRule } from './emptySide';

export const emptyTranslation = emptySideRule({
  code: 'empty-translation',
  description: 'A translation span with no text, where its English has some.',
  empty: (segment) => segment.translation,
  other: (_segment, source) => source,
  message: (l10n, id, english) => l10n.t('The translation of segment {id} is empty; its English is "{english}".', { id, english }),
});
