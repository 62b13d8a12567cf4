import type { CheckConfig } from '../config';
import type { LocaleContext } from '../crossLocale/localeContext';
import { ENGLISH, type L10n } from '../l10n';
import type { Segment, SxsDocument } from '../model';
import { isEnglish, LocaleReader } from '../locale';
import { IgnoreMarkers } from './ignore';
import { defaultSeverityOf, type Finding, type FixData, type RelatedLocation, type Report, type Rule, type RuleContext } from './rule';
import { RULES } from './registry';
import { SegmentReader, type FindingSink } from './segmentRule';
import type { LearnedTerms } from '../terms/learnedTerms';
import { NO_TERMINOLOGY, type Terminology } from '../terms/terminology';
import { isCancelled, throwIfCancelled, type CancellationTokenLike } from '../cancellation';
import type { SegmentFindingsMemo, SegmentLane, SegmentReport } from './segmentMemo';

export interface CheckOptions {
  /** The document's path or URI, for rules that compare it with the front matter. */
  readonly path?: string;
  /** The rules to run; all by default. */
  readonly rules?: readonly Rule[];
  /** The other locale versions; rules of scope `locale` run only when it is given. */
  readonly versions?: LocaleContext;
  /** The display language of the findings' messages and fix titles; English without it. */
  readonly l10n?: L10n;
  /** What the workspace's translations teach about names and words (in place of the terminology's). */
  readonly learned?: LearnedTerms;
  /** The glossary and the learned terms; the do-not-translate terms of the glossary join the settings'. */
  readonly terminology?: Terminology;
  /** Checked between rules and every few segments: a check no longer wanted stops there. */
  readonly token?: CancellationTokenLike;
  /**
   * The segment findings of this document's previous check: the segment rules run only on
   * the segments that changed since (as the editor checks a document after each edit), and
   * it is updated with this check's.
   */
  readonly reuse?: SegmentFindingsMemo;
}

interface EnabledRule {
  readonly rule: Rule;
  readonly severity: Finding['severity'];
}

/**
 * Runs every enabled rule on the document and returns its findings in document order,
 * without those an ignore marker silences; each finding carries the edit that would
 * silence it. To check many documents with one configuration, use one {@link Checker}.
 */
export function checkDocument(doc: SxsDocument, config: CheckConfig, options: CheckOptions = {}): Finding[] {
  const terminology = options.terminology ?? NO_TERMINOLOGY;
  return new Checker(config, options.rules, options.l10n).check(doc, options.path, options.versions, options.learned ? terminology.withLearned(options.learned) : terminology, options.token, options.reuse);
}

/**
 * Checks documents with one configuration, working out once what they all share: the
 * rules that run, with their severities, and what ICU says of the locales that paths and
 * front matter name. A run over many documents (a repository, a report) uses one checker;
 * it keeps nothing of a document once that document is checked.
 */
export class Checker {
  private readonly documentRules: EnabledRule[] = [];
  private readonly segmentRules: EnabledRule[] = [];
  private readonly locales = new LocaleReader();

  constructor(
    private readonly config: CheckConfig,
    private readonly rules: readonly Rule[] = RULES,
    private readonly l10n: L10n = ENGLISH,
  ) {
    for (const rule of rules) {
      const severity = config.rules[rule.code] ?? defaultSeverityOf(rule);
      if (severity === 'off') continue;
      (rule.checkSegment ? this.segmentRules : this.documentRules).push({ rule, severity });
    }
  }

  /**
   * The findings of one document (`path`: its path or URI, which may name its locale;
   * `versions`: its other locale versions, for the rules across locales). Segment rules run
   * together, one segment at a time, sharing its reading; with `reuse`, only on the segments
   * that changed since the document's previous check.
   */
  check(doc: SxsDocument, path?: string, versions?: LocaleContext, terminology: Terminology = NO_TERMINOLOGY, token?: CancellationTokenLike, reuse?: SegmentFindingsMemo): Finding[] {
    const config = this.config;
    const pathLocale = path ? this.locales.fromPath(path) : undefined;
    const locale = (doc.keys.contentLocale && this.locales.normalize(doc.keys.contentLocale)) || pathLocale;
    const l10n = this.l10n;
    const findings = new FindingList(new IgnoreMarkers(doc, config.ignoreMarker, l10n));
    const terms = terminology.doNotTranslate(locale, config.doNotTranslate, doc.keys.noLoc);
    const { learned, glossary } = terminology;
    const context: RuleContext = { doc, config, pathLocale, locale, terms, versions, l10n, learned, glossary, report: (f) => findings.add(f) };
    reuse?.begin(doc.text);
    for (const { rule, severity } of this.documentRules) {
      if (rule.scope === 'locale' && !versions) continue;
      throwIfCancelled(token);
      findings.from(rule, severity);
      const each = reuse && versions && rule.eachSegment?.(context);
      if (each) runEachSegmentReusing(context, versions, rule, severity, each, findings, token, reuse, this.rules);
      else {
        try {
          rule.check(context);
        } catch (e) {
          ruleFailed(findings, rule, severity, l10n, e, { start: 0, end: 0 });
        }
      }
    }
    // English files have no translation to compare.
    if (this.segmentRules.length && !isEnglish(locale)) {
      if (reuse) runSegmentRulesReusing(context, this.segmentRules, findings, token, reuse, this.rules);
      else runSegmentRules(context, this.segmentRules, findings, token);
    }
    reuse?.end();
    return findings.sorted();
  }
}

/** Segments checked between two looks at the cancellation token. */
const SEGMENTS_PER_LOOK = 64;

function runSegmentRules(context: RuleContext, rules: readonly EnabledRule[], findings: FindingList, token: CancellationTokenLike | undefined): void {
  // One reading of each segment for all the rules; its findings go to the rule that runs.
  const reader = new SegmentReader(context, findings);
  const segments = context.doc.segments;
  for (let i = 0; i < segments.length; i++) {
    if (i % SEGMENTS_PER_LOOK === 0) throwIfCancelled(token);
    const segment = segments[i];
    const reading = reader.read(segment);
    if (!reading) continue;
    for (const { rule, severity } of rules) {
      findings.from(rule, severity);
      try {
        rule.checkSegment!(reading);
      } catch (e) {
        ruleFailed(findings, rule, severity, context.l10n, e, segment.translation.content);
      }
    }
  }
}

/**
 * A rule failed (a defect of ours, on a text it did not expect): it costs only that rule's
 * findings there. The failure is reported on the place it was checking, at least as a warning,
 * and the other rules run on. Cancellation goes through.
 */
function ruleFailed(findings: FindingList, rule: Rule, severity: Finding['severity'], l10n: L10n, e: unknown, at: { start: number; end: number }): void {
  if (isCancelled(e)) throw e;
  findings.from(rule, severity === 'error' ? 'error' : 'warning');
  findings.add({ message: l10n.t('The rule {rule} failed here and checked nothing: {error}. The other rules ran. Please report it, with this text.', { rule: rule.code, error: e instanceof Error ? e.message : String(e) }), start: at.start, end: at.end });
  findings.from(rule, severity);
}

/**
 * {@link runSegmentRules}, giving each segment that is as it was at the previous check its
 * findings of then (moved to where it now is) in place of running the rules on it again.
 */
function runSegmentRulesReusing(context: RuleContext, rules: readonly EnabledRule[], findings: FindingList, token: CancellationTokenLike | undefined, memo: SegmentFindingsMemo, ruleList: readonly Rule[]): void {
  const reader = new SegmentReader(context, findings);
  const { doc, config, locale, terms, glossary, learned, l10n } = context;
  // The reader's reading of the document's English, so that it is worked out once per check.
  const lane = memo.lane(SEGMENT_RULES, { config, rules: ruleList, locale, terms, glossary, learned, l10n, englishSource: reader.englishSource });
  eachChangedSegment(doc, memo, lane, findings, token, (segment) => {
    const reading = reader.read(segment);
    if (!reading) return false;
    for (const { rule, severity } of rules) {
      findings.from(rule, severity);
      try {
        rule.checkSegment!(reading);
      } catch (e) {
        ruleFailed(findings, rule, severity, l10n, e, segment.translation.content);
      }
    }
    return true;
  });
}

/** The lane of the segment rules in a {@link SegmentFindingsMemo} (each rule across locales has its own). */
const SEGMENT_RULES = 'segment rules';

/**
 * A rule across locales that checks a segment at a time ({@link Rule.eachSegment}), run on the
 * segments that changed since the previous check; the others get their findings of then.
 */
function runEachSegmentReusing(context: RuleContext, versions: LocaleContext, rule: Rule, severity: Finding['severity'], each: (segment: Segment) => void, findings: FindingList, token: CancellationTokenLike | undefined, memo: SegmentFindingsMemo, ruleList: readonly Rule[]): void {
  const { doc, config, locale, terms, glossary, learned, l10n, pathLocale } = context;
  const { english, newer, others } = versions;
  const read = [pathLocale, versions.uri, versions.locale, versions.status, english?.entry, english?.model, newer?.entry, newer?.model, ...others.flatMap((o) => [o.entry, o.model])];
  const lane = memo.lane(rule, { config, rules: ruleList, locale, terms, glossary, learned, l10n, englishSource: false, versions: read });
  eachChangedSegment(
    doc,
    memo,
    lane,
    findings,
    token,
    (segment) => {
      try {
        each(segment);
      } catch (e) {
        ruleFailed(findings, rule, severity, l10n, e, segment.translation.content);
      }
      return true;
    },
    versions.uri,
  );
}

/**
 * Gives each segment that is as it was at the lane's previous check its findings of then, and
 * runs `check` on the others, keeping what it reports when it checked the segment (true).
 * `here`: the document's URI (a finding related to another place in it cannot be moved).
 */
function eachChangedSegment(doc: SxsDocument, memo: SegmentFindingsMemo, lane: SegmentLane, findings: FindingList, token: CancellationTokenLike | undefined, check: (segment: Segment) => boolean, here?: string): void {
  const segments = doc.segments;
  for (let i = 0; i < segments.length; i++) {
    if (i % SEGMENTS_PER_LOOK === 0) throwIfCancelled(token);
    const segment = segments[i];
    if (addKnown(lane.reuse(memo.keyOf(doc, segment), segment), findings)) continue;
    const found: SegmentReport[] = [];
    findings.recording = found;
    const checked = check(segment);
    findings.recording = undefined;
    if (checked) lane.keep(segment, found, here);
  }
}

/** Adds the findings a segment had at the previous check; false when it has none kept. */
function addKnown(known: readonly SegmentReport[] | undefined, findings: FindingList): boolean {
  if (!known) return false;
  for (const { rule, severity, report } of known) {
    findings.from(rule, severity);
    findings.add(report);
  }
  return true;
}

/** The findings of one check, each with the code and severity of the rule that reports it, less those an ignore marker silences. */
class FindingList implements FindingSink {
  private readonly findings: Finding[] = [];
  private rule: Rule | undefined;
  private code = '';
  private severity: Finding['severity'] = 'error';
  /** The rules that yield, seen so far: each one's codes it yields to. */
  private readonly yields = new Map<string, ReadonlySet<string>>();
  /** Where the reports of one segment are also kept (before the ignore markers), for its reuse. */
  recording: SegmentReport[] | undefined;

  constructor(private readonly markers: IgnoreMarkers) {}

  /** The rule whose findings come next. */
  from(rule: Rule, severity: Finding['severity']): void {
    if (rule.yieldsTo && !this.yields.has(rule.code)) this.yields.set(rule.code, new Set(rule.yieldsTo));
    this.rule = rule;
    this.code = rule.code;
    this.severity = severity;
  }

  add(f: Report): void {
    const code = this.code;
    if (this.recording) this.recording.push({ rule: this.rule!, severity: this.severity, report: f });
    if (!this.markers.ignores(code, f)) this.findings.push(new CheckedFinding(f, code, this.severity, this.markers));
  }

  /** In document order; findings at the same place keep the order they were reported in. */
  sorted(): Finding[] {
    const findings = this.yields.size ? this.withoutYielded() : this.findings;
    return findings.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** The findings but those of a rule that yields to another rule with a finding within their range ({@link Rule.yieldsTo}). */
  private withoutYielded(): Finding[] {
    const all = this.findings;
    // Per code yielded to, its findings by start and the least end from each on: whether one lies within a range is a binary search.
    const byCode = new Map<string, { starts: number[]; leastEnds: number[] }>();
    const ofCode = (code: string) => {
      let found = byCode.get(code);
      if (!found) {
        const sorted = all.filter((g) => g.code === code).sort((a, b) => a.start - b.start);
        const leastEnds = sorted.map((g) => g.end);
        for (let k = leastEnds.length - 2; k >= 0; k--) leastEnds[k] = Math.min(leastEnds[k], leastEnds[k + 1]);
        byCode.set(code, (found = { starts: sorted.map((g) => g.start), leastEnds }));
      }
      return found;
    };
    const hasWithin = (code: string, f: Finding) => {
      // A rule yielding to itself would find the finding itself: the others are looked through.
      if (code === f.code) return all.some((g) => g !== f && g.code === code && g.start >= f.start && g.end <= f.end);
      const { starts, leastEnds } = ofCode(code);
      let lo = 0;
      for (let hi = starts.length; lo < hi; ) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] < f.start) lo = mid + 1;
        else hi = mid;
      }
      return lo < starts.length && leastEnds[lo] <= f.end;
    };
    return all.filter((f) => {
      const to = this.yields.get(f.code);
      return !to || ![...to].some((code) => hasWithin(code, f));
    });
  }
}

/**
 * A finding as the check returns it. Its ignore edit is worked out when first read: the
 * editor reads it for every finding it shows, a run over a repository for none.
 */
class CheckedFinding implements Finding {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  // Declared only: an absent one is no property at all, as in the report.
  declare readonly segment?: Segment;
  declare readonly fix?: FixData;
  declare readonly related?: readonly RelatedLocation[];
  readonly #markers: IgnoreMarkers;
  #ignore: FixData | undefined;

  constructor(
    report: Report,
    readonly code: string,
    readonly severity: Finding['severity'],
    markers: IgnoreMarkers,
  ) {
    this.message = report.message;
    this.start = report.start;
    this.end = report.end;
    if (report.segment) this.segment = report.segment;
    if (report.fix) this.fix = report.fix;
    if (report.related) this.related = report.related;
    this.#markers = markers;
  }

  get ignore(): FixData {
    return (this.#ignore ??= this.#markers.edit(this.code, this));
  }
}

/** True when a rule that learns from the workspace's translations is on: the locale index is then worth building. */
export function learnsFromWorkspace(config: CheckConfig, rules: readonly Rule[] = RULES): boolean {
  return rules.some((rule) => rule.learnsFromWorkspace && (config.rules[rule.code] ?? defaultSeverityOf(rule)) !== 'off');
}

/** True when a rule of scope `locale` is on: only then is the other versions' context worth preparing. */
export function runsLocaleRules(config: CheckConfig, rules: readonly Rule[] = RULES): boolean {
  return rules.some((rule) => rule.scope === 'locale' && (config.rules[rule.code] ?? defaultSeverityOf(rule)) !== 'off');
}
