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
import { emptySource } from './structure/emptySource';
import { emptyTranslation } from './structure/emptyTranslation';
import { alertMarker } from './segment/alertMarker';
import { doNotTranslate } from './segment/doNotTranslate';
import { protectedTerm } from './segment/protectedTerm';
import { glossaryTerm } from './segment/glossaryTerm';
import { doubleSpace } from './segment/doubleSpace';
import { missingSpace } from './segment/missingSpace';
import { spaceBeforeHyphen } from './segment/spaceBeforeHyphen';
import { splitEnding } from './segment/splitEnding';
import { edgeWhitespace } from './segment/edgeWhitespace';
import { emphasisLost } from './segment/emphasisLost';
import { emphasisMoved } from './segment/emphasisMoved';
import { emphasisUnbalanced } from './segment/emphasisUnbalanced';
import { emphasisMisplaced } from './segment/emphasisMisplaced';
import { bracketMismatch } from './segment/bracketMismatch';
import { menuPath } from './segment/menuPath';
import { linkTextCut } from './segment/linkTextCut';
import { escapes } from './segment/escapes';
import { htmlTags } from './segment/htmlTags';
import { include } from './segment/include';
import { inlineCode } from './segment/inlineCode';
import { linkCount } from './segment/linkCount';
import { linkOrder } from './segment/linkOrder';
import { linkSyntax } from './segment/linkSyntax';
import { linkTextEmpty } from './segment/linkTextEmpty';
import { linkTextFragment } from './segment/linkTextFragment';
import { linkUrl } from './segment/linkUrl';
import { mtArtifact } from './segment/mtArtifact';
import { foreignSourceChanged } from './segment/foreignSourceChanged';
import { numbers } from './segment/numbers';
import { placeholders } from './segment/placeholders';
import { repeatedWord } from './segment/repeatedWord';
import { untranslated } from './segment/untranslated';
import { englishLeft } from './segment/englishLeft';
import { contentLocale } from './document/contentLocale';
import { missingKeys } from './document/missingKeys';
import { noSegments } from './document/noSegments';
import { inconsistentTranslation } from './locale/inconsistentTranslation';
import { missingSegment } from './locale/missingSegment';
import { nameKeptElsewhere, nameTranslated } from './locale/nameKeptElsewhere';
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
  emptyTranslation,
  emptySource,
  untranslated,
  englishLeft,
  linkCount,
  linkUrl,
  linkOrder,
  linkTextEmpty,
  linkTextFragment,
  linkTextCut,
  linkSyntax,
  inlineCode,
  emphasisLost,
  emphasisMoved,
  emphasisUnbalanced,
  emphasisMisplaced,
  menuPath,
  bracketMismatch,
  escapes,
  htmlTags,
  include,
  alertMarker,
  placeholders,
  mtArtifact,
  foreignSourceChanged,
  numbers,
  edgeWhitespace,
  doubleSpace,
  missingSpace,
  spaceBeforeHyphen,
  splitEnding,
  repeatedWord,
  doNotTranslate,
  protectedTerm,
  glossaryTerm,
  contentLocale,
  missingKeys,
  noSegments,
  staleTranslation,
  sourceDrift,
  missingSegment,
  inconsistentTranslation,
  nameTranslated,
  nameKeptElsewhere,
];

const byCode = new Map(RULES.map((r) => [r.code, r]));

export function ruleByCode(code: string): Rule | undefined {
  return byCode.get(code);
}
