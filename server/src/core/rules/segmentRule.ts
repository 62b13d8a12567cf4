import { InlineText } from '../inline/inlineText';
import { isEnglish } from '../locale';
import type { Segment } from '../model';
import type { Report, Rule, RuleContext, SegmentCheck } from './rule';

/** What a segment rule file defines. */
export type SegmentRuleDefinition = Omit<Rule, 'scope' | 'check' | 'checkSegment'> & {
  checkSegment(segment: SegmentCheck): void;
};

/** A rule that compares one segment's translation with its English source. */
export function segmentRule(definition: SegmentRuleDefinition): Rule {
  return {
    ...definition,
    scope: 'segment',
    check(context) {
      for (const segment of context.doc.segments) {
        const s = segmentCheck(context, segment, context.report);
        if (s) definition.checkSegment(s);
      }
    },
  };
}

/**
 * The segment as the segment rules see it, or undefined when there is nothing to compare:
 * no English, an empty side (the structure rules report those), or an English file.
 */
export function segmentCheck(context: RuleContext, segment: Segment, report: (f: Report) => void): SegmentCheck | undefined {
  const source = segment.source;
  if (!source || isEnglish(context.locale)) return undefined;
  if (isBlank(segment.translation.text) || isBlank(source.text)) return undefined;
  return {
    doc: context.doc,
    segment,
    source,
    tr: new InlineText(segment.translation.text, segment.translation.content.start),
    en: new InlineText(source.text, source.content.start),
    locale: context.locale,
    terms: context.terms,
    l10n: context.l10n,
    report: (f) => report({ ...f, segment }),
  };
}

/** Only white space (including NBSP) or nothing. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
