import type { CheckConfig } from '../config';
import type { LocaleContext } from '../crossLocale/localeContext';
import { ENGLISH, type L10n } from '../l10n';
import type { SxsDocument } from '../model';
import { localeFromPath, normalizeLocale } from '../locale';
import { IgnoreMarkers } from './ignore';
import type { Finding, Report, Rule, RuleContext } from './rule';
import { RULES } from './registry';
import { segmentCheck } from './segmentRule';

export interface CheckOptions {
  /** The document's path or URI, for rules that compare it with the front matter. */
  readonly path?: string;
  /** The rules to run; all by default. */
  readonly rules?: readonly Rule[];
  /** The other locale versions; rules of scope `locale` run only when it is given. */
  readonly versions?: LocaleContext;
  /** The display language of the findings' messages and fix titles; English without it. */
  readonly l10n?: L10n;
}

/**
 * Runs every enabled rule on the document and returns its findings in document order,
 * without those an ignore marker silences; each finding carries the edit that would
 * silence it. Segment rules run together, one segment at a time, sharing its reading.
 */
export function checkDocument(doc: SxsDocument, config: CheckConfig, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const pathLocale = options.path ? localeFromPath(options.path) : undefined;
  const l10n = options.l10n ?? ENGLISH;
  const markers = new IgnoreMarkers(doc, config.ignoreMarker, l10n);
  const reporter = (rule: Rule, severity: Finding['severity']) => (f: Report) => {
    if (!markers.ignores(rule.code, f)) findings.push({ ...f, code: rule.code, severity, ignore: markers.edit(rule.code, f) });
  };
  const locale = (doc.keys.contentLocale && normalizeLocale(doc.keys.contentLocale)) || pathLocale;
  const terms = [...config.doNotTranslate, ...doc.keys.noLoc];
  const context = (report: (f: Report) => void): RuleContext => ({ doc, config, pathLocale, locale, terms, versions: options.versions, l10n, report });
  const segmentRules: { rule: Rule; report: (f: Report) => void }[] = [];
  for (const rule of options.rules ?? RULES) {
    const severity = config.rules[rule.code] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    if (rule.scope === 'locale' && !options.versions) continue;
    if (rule.checkSegment) segmentRules.push({ rule, report: reporter(rule, severity) });
    else rule.check(context(reporter(rule, severity)));
  }
  if (segmentRules.length) runSegmentRules(context(() => undefined), segmentRules);
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

function runSegmentRules(context: RuleContext, rules: readonly { rule: Rule; report: (f: Report) => void }[]): void {
  // One reading of each segment for all the rules; its findings go to the rule that runs.
  let current = rules[0].report;
  const report = (f: Report) => current(f);
  for (const segment of context.doc.segments) {
    const shared = segmentCheck(context, segment, report);
    if (!shared) continue;
    for (const { rule, report: ruleReport } of rules) {
      current = ruleReport;
      rule.checkSegment!(shared);
    }
  }
}

/** True when a rule of scope `locale` is on: only then is the other versions' context worth preparing. */
export function runsLocaleRules(config: CheckConfig, rules: readonly Rule[] = RULES): boolean {
  return rules.some((rule) => rule.scope === 'locale' && (config.rules[rule.code] ?? rule.defaultSeverity) !== 'off');
}
