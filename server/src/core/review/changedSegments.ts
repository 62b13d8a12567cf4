import type { LocaleContext } from '../crossLocale/localeContext';

/**
 * The segments (by index in the document) whose English changed since the translation was
 * made. The one place review reads "what changed": today from the cross-locale comparison
 * that `source-drift` reports (the English source, or without it the other locale versions);
 * the sentence alignment of `core/changes/` replaces this body when it lands.
 */
export function changedSegments(context: LocaleContext | undefined): ReadonlySet<number> {
  return new Set(context?.changes.map((c) => c.index) ?? []);
}
