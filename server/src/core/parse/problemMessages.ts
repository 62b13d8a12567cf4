import { ENGLISH, type L10n } from '../l10n';

/**
 * What a structural problem of the markup is, as data: the parser records it, and its message
 * is written in the display language when a rule reports it ({@link problemMessage}).
 */
export type ProblemDetail =
  | { readonly kind: 'translation-not-closed-before-lookup'; readonly id: string }
  | { readonly kind: 'translation-without-lookup'; readonly id: string }
  | { readonly kind: 'translation-not-closed'; readonly id: string }
  | { readonly kind: 'lookup-without-translation' }
  | { readonly kind: 'lookup-without-source-span' }
  | { readonly kind: 'lookup-not-closed' }
  | { readonly kind: 'malformed-id'; readonly id: string }
  | { readonly kind: 'id-mismatch'; readonly english: string; readonly id: string }
  | { readonly kind: 'duplicate-id'; readonly id: string; readonly line: number }
  | { readonly kind: 'mixed-prefix'; readonly prefix: string; readonly main: string; readonly count: number }
  | { readonly kind: 'invalid-yaml'; readonly reason: string }
  | { readonly kind: 'parse-error'; readonly reason: string };

/** The message of a structural problem, in the display language (English by default). */
export function problemMessage(d: ProblemDetail, l10n: L10n = ENGLISH): string {
  switch (d.kind) {
    case 'translation-not-closed-before-lookup':
      return l10n.t('The translation span {id} is not closed before its English lookup span.', { id: d.id });
    case 'translation-without-lookup':
      return l10n.t('The translation span {id} has no English lookup span after it.', { id: d.id });
    case 'translation-not-closed':
      return l10n.t('The translation span {id} is not closed.', { id: d.id });
    case 'lookup-without-translation':
      return l10n.t('This English lookup span has no translation span before it.');
    case 'lookup-without-source-span':
      return l10n.t('This English lookup span has no data-stu-id span inside it.');
    case 'lookup-not-closed':
      return l10n.t('This English lookup span is not closed.');
    case 'malformed-id':
      return l10n.t('The id "{id}" is not of the form 12345-104 (5 hex digits, a dash, the segment number).', { id: d.id });
    case 'id-mismatch':
      return l10n.t('The English lookup has the id {english}; its translation has {id}.', { english: d.english, id: d.id });
    case 'duplicate-id':
      return l10n.t('The id {id} is used again; it is first used on line {line}.', { id: d.id, line: d.line });
    case 'mixed-prefix':
      return l10n.t('The id prefix {prefix} differs from {main}, which the other {count} segments of this file use.', { prefix: d.prefix, main: d.main, count: d.count });
    case 'invalid-yaml':
      // The reason is the YAML reader's own (English) words.
      return l10n.t('The front matter is not valid YAML: {reason}', { reason: d.reason });
    case 'parse-error':
      return l10n.t('The document could not be read: {reason}', { reason: d.reason });
  }
}
