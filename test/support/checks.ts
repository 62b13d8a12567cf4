import { applyEdits } from '../../server/src/core/textEdits';
import { checkConfigFrom } from '../../server/src/core/config';
import { parse } from '../../server/src/core/parse/parse';
import { checkDocument } from '../../server/src/core/rules/check';
import type { Finding } from '../../server/src/core/rules/rule';
import { ruleByCode } from '../../server/src/core/rules/registry';
import type { Terminology } from '../../server/src/core/terms/terminology';
import type { LearnedTerms } from '../../server/src/core/terms/learnedTerms';
import { frontMatter, seg } from './sxs';

/** Where a checked test document lives: its path names the locale, as the real repositories do. */
export const PATH = (locale: string) => `/repos/docs-pr.${locale}/articles/page.md`;

export interface CheckedFinding {
  readonly message: string;
  /** The text the finding's range covers. */
  readonly at: string;
  /** The translation after applying the finding's fix, when it has one. */
  readonly fixed?: string;
  readonly finding: Finding;
}

export interface SegmentCase {
  readonly locale?: string;
  /** Settings (`doNotTranslate`, `ignoreMarker`, `rules`). */
  readonly settings?: Record<string, unknown>;
  /** Front-matter lines added to the localization keys (`no-loc: [Contoso]`). */
  readonly extra?: string[];
  /** The glossary and learned terms. */
  readonly terminology?: Terminology;
  /** What the workspace teaches about names and words (see `learnedFrom`). */
  readonly learned?: LearnedTerms;
}

/** Checks one segment (translation, English) with one rule and describes its findings. */
export function checkSegment(code: string, translation: string, english: string, options: SegmentCase = {}): CheckedFinding[] {
  const locale = options.locale ?? 'de-DE';
  const text = `${frontMatter(locale, 'HT', ...(options.extra ?? []))}${seg('abcde-104', translation, english)}\n`;
  return checkText(code, text, { locale, settings: options.settings, learned: options.learned, terminology: options.terminology });
}

/** Checks a whole document with one rule. */
export function checkText(code: string, text: string, options: { locale?: string; settings?: Record<string, unknown>; path?: string; learned?: LearnedTerms; terminology?: Terminology } = {}): CheckedFinding[] {
  const rule = ruleByCode(code);
  if (!rule) throw new Error(`no rule ${code}`);
  const doc = parse(text);
  const path = options.path ?? PATH(options.locale ?? 'de-DE');
  return checkDocument(doc, checkConfigFrom(options.settings ?? {}), { path, rules: [rule], learned: options.learned, terminology: options.terminology }).map((finding) => {
    let fixed: string | undefined;
    if (finding.fix) {
      const after = parse(applyEdits(text, finding.fix.edits));
      fixed = after.segments[0]?.translation.text ?? applyEdits(text, finding.fix.edits);
    }
    return { message: finding.message, at: text.slice(finding.start, finding.end), fixed, finding };
  });
}
