import { LOCALIZATION_KEYS } from '../../parse/frontMatter';
import type { Rule } from '../rule';
import { listOf } from '../segment/compare';

export const missingKeys: Rule = {
  code: 'missing-keys',
  description: 'A localized file whose front matter lacks localization keys (ms.contentlocale, ms.translationtype, ms.openlocfilehash…).',
  defaultSeverity: 'information',
  scope: 'document',
  fixable: false,
  check({ doc, report, l10n }) {
    if (doc.segments.length === 0 || doc.frontMatter?.error) return;
    const missing = Object.entries(LOCALIZATION_KEYS)
      .filter(([field]) => doc.keys[field as keyof typeof LOCALIZATION_KEYS] === undefined)
      .map(([, key]) => key);
    if (missing.length === 0) return;
    const start = doc.frontMatter?.full.start ?? (doc.bom ? 1 : 0);
    const end = doc.frontMatter ? start + 3 : doc.lines.lineEnd(doc.lines.lineAt(start));
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
