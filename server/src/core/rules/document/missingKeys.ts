import { LOCALIZATION_KEYS } from '../../parse/frontMatter';
import type { Rule } from '../rule';
import { listOf } from '../segment/compare';

const KEYS = Object.entries(LOCALIZATION_KEYS) as [keyof typeof LOCALIZATION_KEYS, string][];

export const missingKeys: Rule = {
  code: 'missing-keys',
  description: 'A localized file whose front matter lacks localization keys (ms.contentlocale, ms.translationtype, ms.openlocfilehash…); a file with no front matter, as its English has none, is left alone.',
  defaultSeverity: 'information',
  scope: 'document',
  fixable: false,
  check({ doc, report, l10n }) {
    // No front matter at all: the English had none either (a README, a generated include), since the tools carry it over and add the keys.
    if (doc.segments.length === 0 || !doc.frontMatter || doc.frontMatter.error) return;
    const missing = KEYS.filter(([field]) => doc.keys[field] === undefined).map(([, key]) => key);
    if (missing.length === 0) return;
    const start = doc.frontMatter.full.start;
    const end = start + 3;
    report({
      message:
        missing.length === 1
          ? l10n.t('This translated file has no {keys} in its front matter; the localization tools write it.', { keys: missing[0] })
          : l10n.t('This translated file has no {keys} in its front matter; the localization tools write them.', { keys: listOf(missing, l10n) }),
      start,
      end,
    });
  },
};
