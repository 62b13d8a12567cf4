import { comparableText } from '../../index/comparable';
import type { Segment, SxsDocument } from '../../model';
import type { LocaleContext } from '../../crossLocale/localeContext';
import { checkEverySegment, type Rule, type RuleContext } from '../rule';
import type { LearnedTerms } from '../../terms/learnedTerms';
import { KeyKind } from '../../terms/observe';
import { isCmdlet } from '../../terms/names';
import { keeps } from '../../terms/matching';
import { keptElsewhere, mayHoldNames, plain, type KeptElsewhere } from './keptElsewhere';
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
  // A hint: of the findings protected-term does not already make, a labelled sample of 30 per half holds 24 defects on the
  // tuning half and 16 on the measuring half; most of the others are names a locale localizes officially in a few segments
  // only, or UI labels, which neither the other versions nor the locale's own counts tell apart.
  defaultSeverity: 'hint',
  scope: 'locale',
  fixable: false,
  learnsFromWorkspace: true,
  // protected-term tells a name lost from what the whole workspace keeps, with a fix; name-translated the names surely lost.
  yieldsTo: ['protected-term', 'name-translated'],
  check: checkEverySegment((context) => eachSegment(context, false)),
  eachSegment: (context) => eachSegment(context, false),
};

/**
 * The findings of {@link nameKeptElsewhere} whose name no locale writes its own way: an
 * identifier or a word with capitals inside ("SendAs", "Get-TransportRule"), or a name of several
 * words that this locale's own translations keep as written in most of their segments and this
 * one translated whole, none of its words kept ("Configuration Manager" as "määritysten
 * hallinta"). The other versions say the name is kept for this English; the locale's own
 * segments say it has no name of its own for it.
 */
export const nameTranslated: Rule = {
  code: 'name-translated',
  description: 'A name of the English that this translation translated or lost where most other locale versions keep it as written, and that no locale names its own way: an identifier, or a name this locale keeps in most of its segments.',
  // Of its 21 findings on the corpus, read one by one, 20 are plain defects and one arguable (a permission's name dropped).
  defaultSeverity: 'warning',
  scope: 'locale',
  fixable: false,
  learnsFromWorkspace: true,
  yieldsTo: ['protected-term'],
  check: checkEverySegment((context) => eachSegment(context, true)),
  eachSegment: (context) => eachSegment(context, true),
};

/**
 * The names a segment's other versions keep and it lost, in one check (its versions and what
 * was learned): {@link nameTranslated} and {@link nameKeptElsewhere} both read them, and the
 * second of the two asks again.
 */
const foundBySegment = new WeakMap<Segment, { versions: LocaleContext; learned: LearnedTerms; generation: number; names: KeptElsewhere[] }>();

/** What checks one segment, with the other versions read by their English once per check. `strict`: only names surely lost ({@link nameTranslated}). */
function eachSegment({ versions: locale, report, l10n, learned }: RuleContext, strict: boolean): ((segment: Segment) => void) | undefined {
  if (!locale || locale.others.length < 2) return undefined;
  const others = locale.others.map((v) => ({ version: v, byEnglish: englishOf(v.model).byEnglish }));
  return (segment) => {
    const english = segment.source?.text;
    if (!english || !/[A-Z]/.test(english) || !mayHoldNames(english)) return;
    const key = comparableText(english);
    const counterparts = others.map((o) => o.byEnglish.get(key));
    if (counterparts.filter((c) => c !== undefined).length < 2) return;
    let found = foundBySegment.get(segment);
    if (found?.versions !== locale || found.learned !== learned || found.generation !== learned.generation) {
      const hanLocale = HAN.test(segment.translation.text);
      const names = keptElsewhere(english, segment.translation.text, counterparts.map((c) => c?.translation.text), hanLocale, (name) => localizedHere(learned, name, locale.locale, hanLocale));
      foundBySegment.set(segment, (found = { versions: locale, learned, generation: learned.generation, names }));
    }
    const names = strict ? found.names.filter((f) => surelyLost(learned, f, segment.translation.text, locale.locale)) : found.names;
    if (names.length === 0) return;
    const first = names[0];
    const keptBy = first.keptBy.map((k) => others[k].version);
    report({
      message: localeMessages(l10n).keptElsewhere({
        names: names.map((f) => `"${f.name}"`).join(', '),
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
  };
}

/** The share of its segments in which the locale keeps a name of several words as written, for {@link surelyLost}. */
const KEPT_HERE = 0.5;

/**
 * A name no locale writes its own way, lost here ({@link nameTranslated}): an identifier, or one
 * word with capitals inside ("SendAs"; not one the locale translates in all of
 * {@link MIN_SEEN_HERE} segments or more, such as a portal's "MyApps"); or a name of several words
 * of which the translation keeps none and which the locale keeps as written in {@link KEPT_HERE}
 * of {@link MIN_SEEN_HERE} segments or more, where an official name of the locale's would be
 * written nearly everywhere.
 */
function surelyLost(learned: LearnedTerms, found: KeptElsewhere, translation: string, locale: string): boolean {
  const name = found.name;
  if (!name.includes(' ')) {
    if (identifier(name)) return true;
    if (!/^[A-Z][a-z]+[A-Z]/.test(name)) return false;
    const here = sum(learned.keepRate(KeyKind.Single, name, locale), learned.keepRate(KeyKind.InRun, name, locale));
    return here.seen < MIN_SEEN_HERE || here.rate > 0;
  }
  const words = name.split(' ').filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  const lowered = plain(translation).toLowerCase();
  if (words.some((w) => keeps(lowered, w.toLowerCase()))) return false;
  const here = learned.keepRate(KeyKind.Phrase, name, locale);
  return here.seen >= MIN_SEEN_HERE && here.rate >= KEPT_HERE;
}

/** Segments seen with the name before the locale's own treatment of it says anything. */
const MIN_SEEN_HERE = 5;
/**
 * In a Han locale, fewer: Microsoft localizes names there by writing words of its own ("商務標準版"
 * for "Business Standard"), so that another segment that writes the name its own way is evidence
 * enough (this one is counted too).
 */
const MIN_SEEN_HAN = 2;

/**
 * The locale writes the name its own way, the sign of a name localized there (officially, or by
 * a translation memory that does so consistently), which the labelling guide leaves alone: its
 * translations keep it in fewer than half of at least {@link MIN_SEEN_HAN} segments in a Han
 * locale ("電子文件探索" for "eDiscovery"); in another locale, a name of several words kept in
 * none of at least {@link MIN_SEEN_HERE} ("Contratto Enterprise" for "Enterprise Agreement"). A name the locale keeps in
 * some segments and loses in others it writes both ways; one it has seen in few segments it has
 * no name of its own for. An identifier (lower camel case, dotted or underscored, a cmdlet) has
 * no localized form.
 */
export function localizedHere(learned: LearnedTerms, name: string, locale: string, hanLocale: boolean): boolean {
  if (identifier(name)) return false;
  const here = name.includes(' ') ? learned.keepRate(KeyKind.Phrase, name, locale) : sum(learned.keepRate(KeyKind.Single, name, locale), learned.keepRate(KeyKind.InRun, name, locale));
  if (hanLocale) return here.seen >= MIN_SEEN_HAN && here.rate < 0.5;
  if (here.seen < MIN_SEEN_HERE) return false;
  // Elsewhere only a name of several words, which a locale can say in words of its own; a coined word ("WebClient") it keeps.
  return name.includes(' ') && here.rate === 0;
}

/**
 * A name shaped as code: lower camel case with a word before the first capital ("immutableId",
 * not "eDiscovery"), a cmdlet, a dotted or underscored identifier. Not a version ("v1.0"), which a
 * locale may write its own way ("1.0 版").
 */
function identifier(name: string): boolean {
  return !name.includes(' ') && (/^[a-z]{2,}[A-Za-z0-9]*[A-Z]/.test(name) || isCmdlet(name) || /[A-Za-z][._][A-Za-z]/.test(name));
}

function sum(a: { seen: number; rate: number }, b: { seen: number; rate: number }): { seen: number; rate: number } {
  const seen = a.seen + b.seen;
  return { seen, rate: seen === 0 ? 0 : (a.seen * a.rate + b.seen * b.rate) / seen };
}

/** A version's English as the rule reads it. */
interface VersionEnglish {
  /** The segments by their English key (the first of several with the same English). */
  readonly byEnglish: ReadonlyMap<string, Segment>;
}

function englishOf(model: SxsDocument): VersionEnglish {
  let out = englishByModel.get(model);
  if (!out) englishByModel.set(model, (out = readEnglish(model)));
  return out;
}

/**
 * Per parsed version: its English. A version is read by each other version of its document
 * (the same parsed model, kept by the versions' store), so it is read once.
 */
const englishByModel = new WeakMap<SxsDocument, VersionEnglish>();

function readEnglish(model: SxsDocument): VersionEnglish {
  const byEnglish = new Map<string, Segment>();
  for (const s of model.segments) {
    if (!s.source) continue;
    const key = comparableText(s.source.text);
    if (!byEnglish.has(key)) byEnglish.set(key, s);
  }
  return { byEnglish };
}
