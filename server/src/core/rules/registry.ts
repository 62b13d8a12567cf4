import type { Rule } from './rule';
import { brokenSpan } from './structure/brokenSpan';
import { duplicateId } from './structure/duplicateId';
import { idMismatch } from './structure/idMismatch';
import { invalidYaml } from './structure/invalidYaml';
import { malformedId } from './structure/malformedId';
import { mixedPrefix } from './structure/mixedPrefix';
import { orphanLookup } from './structure/orphanLookup';
import { orphanTranslation } from './structure/orphanTranslation';
import { parseError } from './structure/parseError';
import { inconsistentTranslation } from './locale/inconsistentTranslation';
import { missingSegment } from './locale/missingSegment';
import { sourceDrift } from './locale/sourceDrift';
import { staleTranslation } from './locale/staleTranslation';

/** Every rule, in the order their findings are listed. The settings schema is generated from this list. */
export const RULES: readonly Rule[] = [
  orphanTranslation,
  orphanLookup,
  idMismatch,
  duplicateId,
  mixedPrefix,
  malformedId,
  brokenSpan,
  invalidYaml,
  parseError,
  staleTranslation,
  sourceDrift,
  missingSegment,
  inconsistentTranslation,
];

const byCode = new Map(RULES.map((r) => [r.code, r]));

export function ruleByCode(code: string): Rule | undefined {
  return byCode.get(code);
}
