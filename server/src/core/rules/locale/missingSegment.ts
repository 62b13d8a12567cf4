import { mappedSegments, segmentLabel, SegmentMatcher, type MappedSegment } from '../../index/coverage';
import type { LocaleContext } from '../../crossLocale/localeContext';
import type { LoadedVersion } from '../../crossLocale/versionModels';
import type { Segment, SxsDocument } from '../../model';
import type { Rule } from '../rule';
import { localeMessages } from './messages';
import { shorten } from '../../text/shorten';

/** A segment of other versions that this document has nothing for. */
interface Missing {
  readonly segment: MappedSegment;
  readonly versions: LoadedVersion[];
  /** The segment in the first version that has it. */
  readonly example: Segment;
}

export const missingSegment: Rule = {
  code: 'missing-segment',
  description: 'A segment that the other locale versions made from the same English have and this one lacks (a -p paragraph segment counts for the sentences it stands for).',
  defaultSeverity: 'warning',
  scope: 'locale',
  fixable: false,
  check({ doc, versions: locale, report, l10n }) {
    if (!locale || !doc.segments.length || locale.status === 'stale') return;
    const mine = mappedSegments(doc.segments);
    for (const run of runs(findMissing(mine, sameSource(doc, locale)))) {
      const first = run[0];
      const last = run[run.length - 1];
      const locales = first.versions.map((v) => v.entry.locale).join(', ');
      const english = shorten(run.map((m) => m.example.source?.text ?? '').join(' '), 200);
      const message =
        run.length === 1
          ? localeMessages(l10n).missingOne({ segment: segmentLabel(first.segment), locales, english })
          : localeMessages(l10n).missingRun({ first: segmentLabel(first.segment), last: segmentLabel(last.segment), locales, english });
      const at = insertionPoint(doc, mine, first.segment);
      report({
        message,
        start: at,
        end: at,
        related: first.versions.map((v) => ({ uri: v.entry.uri, range: exampleIn(v, first.segment)?.translation.content.range ?? first.example.translation.content.range, message: localeMessages(l10n).missingThere({ locale: v.entry.locale, segment: segmentLabel(first.segment) }) })),
      });
    }
  },
};

/** The versions made from the same English as this document (all of them when it names no hash). */
function sameSource(doc: SxsDocument, locale: LocaleContext): LoadedVersion[] {
  const hash = doc.keys.openLocFileHash?.trim().toLowerCase();
  return locale.others.filter((o) => o.model.segments.length > 0 && (!hash || !o.entry.openLocFileHash || o.entry.openLocFileHash === hash));
}

function findMissing(mine: MappedSegment[], versions: readonly LoadedVersion[]): Missing[] {
  const matcher = new SegmentMatcher(mine);
  const missing = new Map<string, Missing>();
  for (const version of versions) {
    if (sameNumbering(mine, version.model.segments)) continue;
    const theirs = mappedSegments(version.model.segments);
    theirs.forEach((segment, j) => {
      if (segment.number < 0 || matcher.matches(segment).length || nothingToTranslate(version.model.segments[j])) return;
      const label = segmentLabel(segment);
      const known = missing.get(label);
      if (known) known.versions.push(version);
      else missing.set(label, { segment, versions: [version], example: version.model.segments[j] });
    });
  }
  return [...missing.values()].sort((a, b) => a.segment.lo - b.segment.lo || a.segment.number - b.segment.number);
}

/**
 * A segment with no words to translate: an alert marker of its own ("[!TIPS]", which a version
 * of another hand-off may have cut into a segment) or markup alone. A version that lacks it
 * lacks nothing a reader would miss.
 */
function nothingToTranslate(segment: Segment): boolean {
  const english = (segment.source?.text ?? '').replace(/\[![A-Za-z]+\]/g, '');
  return !/[\p{L}\p{N}]/u.test(english);
}

/**
 * True when a version has the very segments of this document (numbers, sentence or
 * paragraph, in order): each of its segments then stands for the same sentences as this
 * document's at the same place, so it has none this one lacks. Most versions are such;
 * they need not be mapped and matched segment by segment.
 */
function sameNumbering(mine: readonly MappedSegment[], theirs: readonly Segment[]): boolean {
  if (mine.length !== theirs.length) return false;
  for (let i = 0; i < mine.length; i++) if (mine[i].number !== theirs[i].number || mine[i].paragraph !== theirs[i].paragraph) return false;
  return true;
}

/** Consecutive sentence numbers missing from the same versions become one finding. */
function runs(missing: readonly Missing[]): Missing[][] {
  const out: Missing[][] = [];
  for (const m of missing) {
    const run = out[out.length - 1];
    const prev = run?.[run.length - 1];
    const sameVersions = prev && prev.versions.length === m.versions.length && prev.versions.every((v, i) => v === m.versions[i]);
    if (prev && sameVersions && !prev.segment.paragraph && !m.segment.paragraph && m.segment.number === prev.segment.number + 1) run.push(m);
    else out.push([m]);
  }
  return out;
}

/** Where the missing segment belongs: just after the last segment of this document that comes before it. */
function insertionPoint(doc: SxsDocument, mine: readonly MappedSegment[], missing: MappedSegment): number {
  let best = -1;
  mine.forEach((s, i) => {
    if (s.number >= 0 && s.hi < missing.lo && (best < 0 || s.hi >= mine[best].hi)) best = i;
  });
  return best >= 0 ? doc.segments[best].full.end : doc.segments[0].full.start;
}

function exampleIn(version: LoadedVersion, segment: MappedSegment): Segment | undefined {
  return version.model.segments.find((s) => s.paragraph === segment.paragraph && s.number === segment.number);
}
