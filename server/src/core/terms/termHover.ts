import type { L10n } from '../l10n';
import { codeSpan } from '../markdown/safeMarkdown';
import { plainText } from './plainText';
import { InlineText } from '../inline/inlineText';
import type { Terminology } from './terminology';

/**
 * The hover's terminology line: the glossary terms of the segment's English with their
 * approved translation in the locale (forbidden ones marked), and its do-not-translate terms.
 */
export function termsHoverLine(english: string, locale: string | undefined, terminology: Terminology, userTerms: readonly string[], l10n: L10n): string | undefined {
  const plain = plainText(new InlineText(english, 0));
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const hit of terminology.glossary.find(plain, locale)) {
    const e = hit.entry;
    const key = `${e.english.toLowerCase()}\u0001${e.status}\u0001${e.translation ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (e.status === 'approved') parts.push(`${codeSpan(e.english)} → ${codeSpan(e.translation ?? '')}`);
    else if (e.status === 'forbidden') parts.push(l10n.t('{term}: not {forbidden}', { term: codeSpan(e.english), forbidden: codeSpan(e.translation ?? '') }));
  }
  for (const term of terminology.doNotTranslate(locale, userTerms)) {
    if (!english.includes(term) || seen.has(term)) continue;
    seen.add(term);
    parts.push(l10n.t('{term} (do not translate)', { term: codeSpan(term) }));
  }
  return parts.length ? `${l10n.t('Terms:')} ${parts.join(' · ')}` : undefined;
}
