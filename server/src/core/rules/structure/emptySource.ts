import { emptySideRule } from './emptySide';

export const emptySource = emptySideRule({
  code: 'empty-source',
  description: 'An English lookup span with no text, so the translation has nothing to be compared with.',
  empty: (_segment, source) => source,
  other: (segment) => segment.translation,
  message: (l10n, id, translation) => l10n.t('The English of segment {id} is empty; its translation is "{translation}".', { id, translation }),
});
