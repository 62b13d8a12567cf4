/** The categories of mechanical defects of the labelling guide (GUIDE.md), and which rules claim each. */

export const CATEGORIES = ['link', 'emphasis', 'code', 'placeholder', 'protected', 'number', 'untranslated', 'markup', 'whitespace', 'repetition', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * The category of defect each rule reports. Rules of the file or across locales that do not
 * find a mechanical defect of a segment (stale translations, missing keys) have none.
 */
export const RULE_CATEGORY: Readonly<Record<string, Category>> = {
  'orphan-translation': 'markup',
  'orphan-lookup': 'markup',
  'id-mismatch': 'markup',
  'duplicate-id': 'markup',
  'mixed-prefix': 'markup',
  'malformed-id': 'markup',
  'broken-span': 'markup',
  'empty-translation': 'untranslated',
  'empty-source': 'markup',
  untranslated: 'untranslated',
  'english-left': 'untranslated',
  'link-count': 'link',
  'link-url': 'link',
  'link-order': 'link',
  'link-text-empty': 'link',
  'link-text-fragment': 'link',
  'link-syntax': 'link',
  'link-text-cut': 'link',
  'inline-code': 'code',
  'emphasis-lost': 'emphasis',
  'emphasis-moved': 'emphasis',
  'emphasis-unbalanced': 'emphasis',
  'emphasis-misplaced': 'emphasis',
  'menu-path': 'emphasis',
  'bracket-mismatch': 'other',
  'foreign-source-changed': 'other',
  escapes: 'markup',
  'html-tags': 'markup',
  include: 'markup',
  'alert-marker': 'markup',
  'mt-artifact': 'markup',
  placeholder: 'placeholder',
  numbers: 'number',
  'edge-whitespace': 'whitespace',
  'double-space': 'whitespace',
  'missing-space': 'whitespace',
  'space-before-hyphen': 'whitespace',
  'split-ending': 'whitespace',
  'repeated-word': 'repetition',
  'do-not-translate': 'protected',
  'protected-term': 'protected',
  'name-kept-elsewhere': 'protected',
  'name-translated': 'protected',
};

/** The categories some rule claims: recall is measured over these, and over all of them. */
export function claimedCategories(): Category[] {
  const claimed = new Set(Object.values(RULE_CATEGORY));
  return CATEGORIES.filter((c) => claimed.has(c));
}
