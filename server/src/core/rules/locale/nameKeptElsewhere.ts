import { comparableText } from '../../index/comparable';
import type { LoadedVersion } from '../../crossLocale/versionModels';
import type { Segment, SxsDocument } from '../../model';
import type { Rule } from '../rule';
import type { LearnedTerms } from '../../terms/learnedTerms';
import { KeyKind } from '../../terms/observe';
import { keptElsewhere } from './keptElsewhere';
import { localeMessages } from './messages';

/** Letters of a script that localizes names by writing its own words beside the kept ones ("Windows 虛擬桌面"). */
const HAN = /\p{sc=Han}/u;

/**
 * A product or feature name of the English that this translation translated or lost, where
 * most other locale versions of the same document keep it as written in their translation of
 * the same English. A rule across locales rather than part of protected-term: it reads the
 * other versions, which a segment rule does not see (and whose findings the editor keeps per
 * segment while the other versions may change).
 */
export const nameKeptElsewhere: Rule = {
  code: 'name-kept-elsewhere',
  description: 'A name of the English (a product or feature name, an identifier) that this translation translated or lost, where most other locale versions keep it as written in their translation of the same English.',
  // A hint: on the labelled sample, 28 of 30 findings of the tuning half and 22 of 30 of the measuring half were defects; many of
  // the others are names a locale localizes officially ("Contratto Enterprise"), which the other versions cannot tell apart.
  defaultSeverity: 'hint',
  scope: 'locale',
  fixable: false,
  learnsFromWorkspace: true,
  check({ doc, versions: locale, report, l10n, learned }) {
    if (!locale || locale.others.length < 2) return;
    const others = locale.others.map((v) => ({ version: v, byEnglish: byEnglish(v) }));
    for (const segment of doc.segments) {
      const english = segment.source?.text;
      if (!english || !/[A-Z]/.test(english)) continue;
      const key = comparableText(english);
      const counterparts = others.map((o) => o.byEnglish.get(key));
      if (counterparts.filter((c) => c !== undefined).length < 2) continue;
      const found = keptElsewhere(english, segment.translation.text, counterparts.map((c) => c?.translation.text), HAN.test(segment.translation.text), (name) => localizedHere(learned, name, locale.locale));
      if (found.length === 0) continue;
      const first = found[0];
      const keptBy = first.keptBy.map((k) => others[k].version);
      report({
        message: localeMessages(l10n).keptElsewhere({
          names: found.map((f) => `"${f.name}"`).join(', '),
          kept: first.keptBy.length,
          present: first.present,
          locales: keptBy.map((v) => v.entry.locale).join(', '),
        }),
        start: segment.translation.content.start,
        end: segment.translation.content.end,
        segment,
        related: keptBy.map((v, k) => ({
          uri: v.entry.uri,
          range: counterparts[first.keptBy[k]]!.translation.content.range,
          message: localeMessages(l10n).keptThere({ locale: v.entry.locale, name: first.name }),
        })),
      });
    }
  },
};

/** Segments seen with the name before the locale's own rate of keeping it says anything. */
const MIN_SEEN_HERE = 5;

/**
 * The locale's documents write the name their own way more often than not: in a Han locale, the
 * sign of a name Microsoft localizes there ("電子文件探索" for "eDiscovery"), which the labelling
 * guide leaves alone.
 */
function localizedHere(learned: LearnedTerms, name: string, locale: string): boolean {
  const here = learned.keepRate(name.includes(' ') ? KeyKind.Phrase : KeyKind.Single, name, locale);
  return here.seen >= MIN_SEEN_HERE && here.rate < 0.5;
}

/** A version's segments by their English, compared as {@link comparableText} (the first of several with the same English). */
function byEnglish(version: LoadedVersion): Map<string, Segment> {
  let out = segmentsByEnglish.get(version.model);
  if (!out) segmentsByEnglish.set(version.model, (out = readByEnglish(version.model)));
  return out;
}

/**
 * Per parsed version: its segments by their English. A version is read by each other version
 * of its document (the same parsed model, kept by the versions' store), so it is read once.
 */
const segmentsByEnglish = new WeakMap<SxsDocument, Map<string, Segment>>();

function readByEnglish(model: SxsDocument): Map<string, Segment> {
  const out = new Map<string, Segment>();
  for (const s of model.segments) {
    if (!s.source) continue;
    const key = comparableText(s.source.text);
    if (!out.has(key)) out.set(key, s);
  }
  return out;
}
