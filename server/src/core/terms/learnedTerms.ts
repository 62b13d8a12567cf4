import { isAcronym, isCodeLike } from './names';
import { hanRunEndKey, hanRunStartKey, hanTrigramKey } from './hanJoins';
import { leadInBeforeKey, leadInInLinkKey, leadInStartKey } from './leadIns';
import { KeyKind } from './observe';
import type { TermCount, TermStats } from './termStats';
import { detached } from '../util/detached';

/** Letters an acronym of a name has at most ({@link LearnedTerms.acronymOfName}); longer all-capital words are English shouted. */
const ACRONYM_MAX = 6;
/**
 * The share of acronym-holding segments a locale keeps the acronym in, for {@link LearnedTerms.keepsAcronyms}.
 * Measured on the corpus: 0.85 to 0.89 in the locales that keep acronyms (German, Romanian,
 * Chinese), 0.76 to 0.77 in those whose translations spell many out (Italian, Finnish).
 */
const ACRONYM_HABIT_RATE = 0.8;
/** Documents of a locale holding a word of its own for {@link LearnedTerms.frequentNativeWord}. */
const FREQUENT_NATIVE = 10;
/** Segments a name must be seen in, across the workspace, before its treatment is learned. */
const MIN_SEEN = 3;
/** Share of translations that keep a name as written for it to count as one that must stay. */
const KEEP_RATE = 0.8;
/** An acronym counts as lost only where the locale keeps it this often (others spell it out). */
const ACRONYM_RATE = 0.9;
/** A locale that translates a name in more than this share of its segments has its own name for it. */
const LOCALE_KEEP_RATE = 0.6;
/** The share a locale's translations keep a name at, when no other locale has seen it, for it to stay in English. */
const SOLE_LOCALE_KEEP_RATE = 0.6;
/** Other locales keep a run of names as their convention at this share (machine translation breaks the rest); so many must, for {@link LearnedTerms.keptByOtherLocales}. */
const OTHER_LOCALE_KEEP_RATE = 0.5;
const OTHER_LOCALES_KEEPING = 2;
/** Segments of another locale that hold a name with its words, for {@link LearnedTerms.nameWithWordsKept}. */
const NAME_WORDS_MIN_SEEN = 2;
/**
 * A locale keeping a name of runs joined by "for" in this share of its segments or more writes it as
 * the English does at least as often as its own way ("OneDrive für Unternehmen" in 39 German segments
 * of 83, the name in 44): a translation that does not is the exception, the one the labelling guide
 * counts where a locale writes a name both ways. Locales with an official name of their own keep
 * the English one in a few segments at most ("Outlook for Mac": 0 of 50 in Italian, 3 of 50 in German).
 */
const LOCALE_FOR_RATE = 0.5;
/** A locale keeping a run of names in fewer than this share of its segments may have a convention of its own for it. */
const OWN_NAME_RATE = 0.5;
/** A run of several names with no evidence from the locale itself must be kept this often elsewhere. */
const PHRASE_RATE_WITHOUT_LOCALE = 0.9;
/** A small word the locale keeps in fewer than this share of translations is one it translates. */
const TRANSLATED_RATE = 0.2;
const MIN_SEEN_WORD = 5;
/** Other locales' segments with a word and the share of them that keep it, for the word to be a term they keep. */
const MIN_SEEN_OTHER_LOCALES = 5;
const KEPT_BY_OTHER_LOCALES = 0.5;
/** The share of a locale's translations that may keep a word it otherwise never keeps. */
const NEVER_KEPT_SHARE = 0.02;
/** Documents that write three Han characters together, at least, for {@link LearnedTerms.hanJoined}; and how many times as many as end a run with the first two. */
const HAN_JOIN_MIN = 5;
const HAN_JOIN_RATE = 2;
/** Function words are short, frequent words of the locale, learned from enough of its sentences. */
const FUNCTION_WORD_LENGTH = 5;
/**
 * Scripts whose short frequent words are mostly nouns and verbs, not function words: Korean
 * writes its particles on the noun ("설정을"), so a standalone word of two syllables is a noun
 * ("추가", add; "설정", settings), and its few standalone function words have one ("및", "등");
 * Arabic writes nouns of four or five letters ("إضافة", add) and its prepositions and
 * conjunctions in three at most ("في", "على", "أو").
 */
const FUNCTION_WORD_LENGTH_BY_SCRIPT: readonly (readonly [RegExp, number])[] = [
  [/^\p{Script=Hangul}/u, 1],
  [/^\p{Script=Arabic}/u, 3],
];

/** How long a function word of the word's script may be. */
function functionWordLength(word: string): number {
  const c = word.charCodeAt(0);
  // Latin, Greek and Cyrillic, most words: no script test.
  if (c < 0x0600) return FUNCTION_WORD_LENGTH;
  for (const [script, length] of FUNCTION_WORD_LENGTH_BY_SCRIPT) if (script.test(word)) return length;
  return FUNCTION_WORD_LENGTH;
}
const FUNCTION_WORD_SHARE = 0.015;
const FUNCTION_WORD_MIN_SEGMENTS = 200;
/**
 * A common word of the locale, of any length, is in documents that number this share of its
 * segments or more (the share {@link FUNCTION_WORD_SHARE} counts the same way). Measured on the
 * corpus: the nouns machine translation really says twice ("utente", "käytöstä", "grup") stand
 * at 0.7–1.7 %, the most frequent nouns ("utenti", "Benutzer") just under 3 %, and the words of
 * its false alarms, a preposition and a verb ("pentru", "valitse"), at 9.9 % and 3.3 %.
 */
const COMMON_WORD_SHARE = 0.03;
/** A bold label's translation is learned from this many segments, and this share of the label's. */
const LABEL_MIN = 3;
const LABEL_SHARE = 0.6;
/**
 * Every other locale keeps a name at this share at least, in at least this many locales with
 * {@link MIN_SEEN} segments each, for {@link LearnedTerms.keptByEveryOtherLocale}.
 */
const EVERY_OTHER_RATE = 0.9;
const EVERY_OTHER_LOCALES = 3;
/** Segments of the English that write a spelling as a name, for {@link LearnedTerms.writtenAsName}. */
const WRITTEN_AS_NAME_MIN = 2;
/**
 * A spelling of a name is the usual one, for {@link LearnedTerms.usualSpelling}, when the
 * workspace's English writes it as a name in this many segments, and this many times as many
 * as the spelling it is compared with.
 */
const USUAL_SPELLING_MIN = 20;
const USUAL_SPELLING_RATE = 4;
/** Documents of a locale that write a lead-in rendering before a link, for {@link LearnedTerms.leadInRendering}. */
const LEAD_IN_MIN = 8;
/** A lead-in rendering stands before links this many times as often as it stands inside other links or later in theirs (documents counted). */
const LEAD_IN_RATE = 4;
/** A name seen only inside runs of names is learned from them only with more evidence. */
const MIN_SEEN_IN_RUNS = 10;
const IN_RUNS_RATE = 0.9;
/** Of the English segments with a word in any capitals, the share that write it as a name, for {@link LearnedTerms.alwaysCapitalized}. */
const CAPITALIZED_RATE = 0.9;
/** Segments, across locales, that hold the name for {@link LearnedTerms.alwaysCapitalized}: a few documents' worth. */
const CAPITALIZED_MIN = 25;
/** Segments whose English writes a word as a name, for {@link LearnedTerms.translatedAsName}, and the share of their translations that may keep it. */
const AS_NAME_MIN = 20;
const AS_NAME_KEPT = 0.01;

/**
 * What the workspace's own translations teach about names and words: which names stay in
 * English (nearly every translation, across locales, keeps them as written) and which small
 * English words are normally translated. Without statistics, only code-like names count as
 * names that must stay.
 */
export class LearnedTerms {
  constructor(private readonly stats: TermStats | undefined) {}

  /** The answers of the questions the checks ask per name, word or run in segment after segment ({@link LocaleAnswers}). */
  private readonly protectedNames = new LocaleAnswers();
  private readonly translatedWords = new LocaleAnswers();
  private readonly translatedWordsKeptHere = new LocaleAnswers();

  /** Changes whenever the statistics do: what was learned from them before may then be out of date. */
  get generation(): number {
    return this.stats?.generation ?? 0;
  }

  /** True when the statistics are there to learn from. */
  get available(): boolean {
    return !!this.stats && this.stats.size > 0;
  }

  /** How often the workspace keeps a name (or run, or word) of the kind as written, in all locales (0 to 1), and in how many segments it was seen. */
  keepRate(kind: KeyKind, key: string, locale?: string): { seen: number; rate: number } {
    const c = this.stats?.countOf(kind, key, locale);
    return !c || c.seen === 0 ? { seen: 0, rate: 0 } : { seen: c.seen, rate: c.kept / c.seen };
  }

  /**
   * A single name ("Intune", "ADAL", "MsolContact") that must stay as written in this locale:
   * kept nearly everywhere when it stands alone, or (seen only inside runs of names) inside them.
   */
  protectedName(word: string, locale: string | undefined): boolean {
    if (!this.available) return isCodeLike(word);
    const known = this.protectedNames.in(this.stats!.generation, locale);
    let answer = known.get(word);
    if (answer === undefined) known.set(detached(word), (answer = this.protectedNameNow(word, locale)));
    return answer;
  }

  /** {@link protectedName} worked out, with statistics to learn from. */
  private protectedNameNow(word: string, locale: string | undefined): boolean {
    const alone = this.keepRate(KeyKind.Single, word);
    if (alone.seen >= MIN_SEEN) {
      if (alone.rate < this.keepBar(KeyKind.Single, word, locale, alone.seen)) return isCodeLike(word) && alone.rate >= 0.5;
      return this.keptInLocale(KeyKind.Single, word, locale);
    }
    const inRuns = this.keepRate(KeyKind.InRun, word);
    // An ordinary English word ("Page", "Not") kept inside capitalized titles left in English is no name.
    const ordinary = this.stats!.countOf(KeyKind.Word, word.toLowerCase()).seen >= MIN_SEEN_WORD;
    if (inRuns.seen < MIN_SEEN_IN_RUNS || inRuns.rate < IN_RUNS_RATE || ordinary) return isCodeLike(word);
    return this.keptInLocale(KeyKind.InRun, word, locale);
  }

  /**
   * A name the English writes with its capital nearly always ("Teams", "Intune", "Outlook"), not
   * an ordinary word that is also a name ("Flow", "Surface", "intranet"): of the English segments
   * that hold the word in any capitals, the share that hold it as a name, alone or in a run, is
   * {@link CAPITALIZED_RATE} or more, over {@link CAPITALIZED_MIN} segments at least.
   */
  alwaysCapitalized(word: string): boolean {
    if (!this.stats) return false;
    const asName = this.stats.countOf(KeyKind.Single, word).seen + this.stats.countOf(KeyKind.InRun, word).seen;
    // A name with a capital inside ("DirSync") is no small word of the English, which then counts none.
    return asName >= CAPITALIZED_MIN && asName >= CAPITALIZED_RATE * this.stats.countOf(KeyKind.Word, word.toLowerCase()).seen;
  }

  /**
   * An ordinary word that the translations translate even where the English capitalizes it
   * inside a name or a title ("Credits", "Invoice", "Versions"): of at least
   * {@link AS_NAME_MIN} segments whose English writes it so, alone or in a run, no more than
   * {@link AS_NAME_KEPT} keep it in any capitals. A part of names ("Group", "Center", "Portal") is kept more often.
   */
  translatedAsName(word: string): boolean {
    if (!this.stats) return false;
    const alone = this.stats.countOf(KeyKind.Single, word);
    const inRuns = this.stats.countOf(KeyKind.InRun, word);
    const seen = alone.seen + inRuns.seen;
    return seen >= AS_NAME_MIN && alone.kept + alone.caseChanged + inRuns.kept + inRuns.caseChanged <= AS_NAME_KEPT * seen;
  }

  /** A run of names the workspace has seen translated more often than not ("Windows Explorer", "Network Planner"). */
  translatedPhrase(phrase: string): boolean {
    const overall = this.keepRate(KeyKind.Phrase, phrase);
    return overall.seen >= MIN_SEEN && overall.rate < 0.5;
  }

  /** A run of names ("SharePoint Online", "Azure AD Connect") that must stay as written in this locale. */
  protectedPhrase(phrase: string, locale: string | undefined): boolean {
    if (!this.available) return false;
    const overall = this.keepRate(KeyKind.Phrase, phrase);
    if (overall.seen < MIN_SEEN || overall.rate < this.keepBar(KeyKind.Phrase, phrase, locale, overall.seen)) return false;
    const here = locale ? this.keepRate(KeyKind.Phrase, phrase, locale) : { seen: 0, rate: 0 };
    if (here.seen >= MIN_SEEN) return here.rate >= LOCALE_KEEP_RATE;
    return overall.rate >= PHRASE_RATE_WITHOUT_LOCALE;
  }

  /**
   * A name of runs joined by "for" ("OneDrive for Business") that this locale's translations keep
   * as written in at least half of their segments ({@link LOCALE_FOR_RATE}), whatever other locales
   * do: some have official names of their own for it ("Outlook pentru Mac"), which they write nearly
   * everywhere, and this one has not, or writes in fewer places than the name. `strict`: only a
   * name kept nearly everywhere ({@link KEEP_RATE}), for a translation whose rendering may be an
   * official name of the locale's: one with Han characters, where Microsoft's official names write
   * the locale's words around the kept ones ("商務用 OneDrive", "Mac 版 Outlook"), or one that
   * translates part of the name ("Microsoft Defender für Endpunkt") rather than re-casing it.
   */
  localeKeepsPhrase(phrase: string, locale: string | undefined, strict = false): boolean {
    if (!this.stats || !locale) return false;
    const here = this.keepRate(KeyKind.Phrase, phrase, locale);
    return here.seen >= MIN_SEEN && here.rate >= (strict ? KEEP_RATE : LOCALE_FOR_RATE);
  }

  /**
   * A run of names the workspace's translations keep as a name (as written, or with other
   * capitals) in at least half of the segments that hold it: a name, not a title or a phrase
   * of capitalized English words that the translations translate ("Install Visio").
   */
  keptAsName(phrase: string): boolean {
    const c = this.stats?.countOf(KeyKind.Phrase, phrase);
    return !!c && c.seen >= MIN_SEEN && (c.kept + c.caseChanged) / c.seen >= 0.5;
  }

  /**
   * A run of names that at least two other locales' translations keep as written in most of
   * their segments ("Power Automate", "Visio Plan 1"), even where machine translation elsewhere
   * translates it so often that the run's overall rate says nothing. One locale alone is not
   * enough: German keeps capitalized nouns ("Azure Portal") that other languages rightly translate.
   * Nor where this locale itself keeps the run in under half of its segments: its translation departs from its own locale too.
   */
  keptByOtherLocales(phrase: string, locale: string | undefined): boolean {
    if (!this.stats) return false;
    // A locale that keeps it in fewer than half its segments may have its own name for it ("Microsoft 365 -sovellukset").
    const here = locale ? this.keepRate(KeyKind.Phrase, phrase, locale) : { seen: 0, rate: 0 };
    if (here.seen >= MIN_SEEN && here.rate < OWN_NAME_RATE) return false;
    return this.otherLocalesKeeping(this.stats, KeyKind.Phrase, phrase, locale, MIN_SEEN, false) >= OTHER_LOCALES_KEEPING;
  }

  /**
   * The locales other than `locale` that have seen the key in `minSeen` segments or more and keep
   * it in {@link OTHER_LOCALE_KEEP_RATE} of them: as written, or also with other capitals (`anyCase`).
   */
  private otherLocalesKeeping(stats: TermStats, kind: KeyKind, key: string, locale: string | undefined, minSeen: number, anyCase: boolean): number {
    let keeping = 0;
    for (const other of stats.localeNames()) {
      if (other === locale) continue;
      const c = stats.countOf(kind, key, other);
      if (c.seen >= minSeen && c.kept + (anyCase ? c.caseChanged : 0) >= OTHER_LOCALE_KEEP_RATE * c.seen) keeping++;
    }
    return keeping;
  }

  /**
   * A run of names with the words in small letters the English writes after it ({@link
   * KeyKind.NameWords}: "Outlook mobile", "Exchange connector") that the translations keep whole,
   * as a name: in at least half the segments of each of two other locales (two segments each at
   * least), or in nearly all of this locale's other segments ({@link KEEP_RATE}, of
   * {@link MIN_SEEN_WORD} at least). `keptHere`: the segment asking keeps it, and is not counted.
   */
  nameWithWordsKept(phrase: string, locale: string | undefined, keptHere = false): boolean {
    if (!this.stats || !locale) return false;
    if (this.otherLocalesKeeping(this.stats, KeyKind.NameWords, phrase, locale, NAME_WORDS_MIN_SEEN, true) >= OTHER_LOCALES_KEEPING) return true;
    const here = elsewhere(this.stats.countOf(KeyKind.NameWords, phrase, locale), keptHere);
    return here.seen >= MIN_SEEN_WORD && here.kept + here.caseChanged >= KEEP_RATE * here.seen;
  }

  /**
   * A name (alone, or inside runs of names: `kind`) that every other locale's translations keep
   * as written nearly always ("ADAL", "msDS-ConsistencyGuid"), in at least three locales that
   * have seen it: where this locale loses it in most of its segments too, that is its machine
   * translation's habit (ADAL turned into a first name), not a name of its own.
   */
  keptByEveryOtherLocale(kind: KeyKind, word: string, locale: string | undefined): boolean {
    if (!this.stats || !locale) return false;
    let keeping = 0;
    for (const other of this.stats.localeNames()) {
      if (other === locale) continue;
      const c = this.keepRate(kind, word, other);
      if (c.seen < MIN_SEEN) continue;
      if (c.rate < EVERY_OTHER_RATE) return false;
      keeping++;
    }
    return keeping >= EVERY_OTHER_LOCALES;
  }

  /**
   * An acronym of a name ("ADAL", "CVI"), not an English word the English writes in capitals for
   * emphasis ("OK", "IT", "NOT"): two to six letters, none of the small words the English writes.
   */
  acronymOfName(word: string): boolean {
    if (!isAcronym(word) || word.replace(/s$/, '').length > ACRONYM_MAX) return false;
    return !this.stats || this.stats.countOf(KeyKind.Word, word.toLowerCase()).seen === 0;
  }

  /** Per locale, the share of its segments that keep an acronym standing alone, for the statistics' generation `acronymSharesGeneration`. */
  private acronymShares = new Map<string, number>();
  private acronymSharesGeneration = -1;

  /**
   * Whether this locale's translations keep acronyms as a rule: of its segments whose English
   * has an acronym of a name standing alone, the share that keep it as written, over all
   * acronyms, is {@link ACRONYM_HABIT_RATE} or more. A locale whose translations spell acronyms
   * out in their own words ("prevenzione della perdita dei dati" for "DLP", "Gt" for "GB") sits
   * under it; in one above it, an acronym lost is the exception.
   */
  keepsAcronyms(locale: string | undefined): boolean {
    if (!this.stats || !locale) return false;
    if (this.acronymSharesGeneration !== this.stats.generation) {
      this.acronymShares.clear();
      this.acronymSharesGeneration = this.stats.generation;
    }
    let share = this.acronymShares.get(locale);
    if (share === undefined) {
      const c = this.stats.sumOf(KeyKind.Single, (key) => this.acronymOfName(key), locale);
      share = c.seen === 0 ? 0 : c.kept / c.seen;
      this.acronymShares.set(locale, share);
    }
    return share >= ACRONYM_HABIT_RATE;
  }

  /** An acronym may be spelled out by the translation; it counts as lost only where this locale keeps it nearly always. */
  acronymKeptHere(word: string, locale: string | undefined): boolean {
    if (!isAcronym(word) || !locale) return true;
    const here = this.keepRate(KeyKind.Single, word, locale);
    return here.seen >= MIN_SEEN && here.rate >= ACRONYM_RATE;
  }

  /**
   * A spelling that the workspace's English itself writes as a name, alone or inside runs of
   * names, in some segments ("Mac", "Bcc"): where one English writes "MAC" in capitals for
   * emphasis, a translation that writes "Mac" spells the name as the rest of the English does.
   */
  writtenAsName(spelling: string): boolean {
    return this.timesWrittenAsName(spelling) >= WRITTEN_AS_NAME_MIN;
  }

  /**
   * `written` is how the workspace's English usually writes the name that this English spells
   * `spelling` ("PowerShell" for "Powershell", "Win32" for "win32"): a translation that writes
   * it so has mended the English's slip, not changed the name.
   */
  usualSpelling(written: string, spelling: string): boolean {
    const usual = this.timesWrittenAsName(written);
    return usual >= USUAL_SPELLING_MIN && usual >= USUAL_SPELLING_RATE * this.timesWrittenAsName(spelling);
  }

  /** Segments of the workspace's English that write the spelling as a name, alone or inside runs of names. */
  private timesWrittenAsName(spelling: string): number {
    if (!this.stats) return 0;
    return this.stats.countOf(KeyKind.Single, spelling).seen + this.stats.countOf(KeyKind.InRun, spelling).seen;
  }

  /** A small word the locale writes as a word of its own ("po" is not only a lower-case "PO" in Italian). */
  nativeWord(word: string, locale: string | undefined): boolean {
    return !!this.stats && !!locale && this.stats.native(word.toLowerCase(), locale) > 2;
  }

  /**
   * A small word the locale writes as a word of its own in many documents ("ad" in Italian, "cu" in
   * Romanian), not in the few where its machine translation wrote an acronym small ("cu" for "CU" in Finnish).
   */
  frequentNativeWord(word: string, locale: string | undefined): boolean {
    return !!this.stats && !!locale && this.stats.native(word.toLowerCase(), locale) >= FREQUENT_NATIVE;
  }

  /**
   * A small English word ("cannot", "subscription") that this locale's translations nearly
   * always translate and do not use as a word of their own: left in a translation, it is
   * English left behind.
   */
  translatedWord(word: string, locale: string | undefined, keptHere = false): boolean {
    if (!this.stats || !locale) return false;
    const known = (keptHere ? this.translatedWordsKeptHere : this.translatedWords).in(this.stats.generation, locale);
    let answer = known.get(word);
    if (answer === undefined) known.set(detached(word), (answer = this.translatedWordNow(this.stats, word, locale, keptHere)));
    return answer;
  }

  /** {@link translatedWord} worked out. */
  private translatedWordNow(stats: TermStats, word: string, locale: string, keptHere: boolean): boolean {
    const c = elsewhere(stats.countOf(KeyKind.Word, word, locale), keptHere);
    if (c.seen < MIN_SEEN_WORD || c.kept / c.seen >= TRANSLATED_RATE) return false;
    return stats.native(word, locale) <= Math.max(2, 0.02 * c.seen);
  }

  /**
   * Two Han characters and the one after them join into one word in this locale ("應用" and
   * "程" of "應用程式"): its documents write the three together at least {@link HAN_JOIN_MIN}
   * times, and {@link HAN_JOIN_RATE} times as often as they end a run of Han characters with
   * the two. A particle after a whole word ("中心" and "中") fails: the word ends runs too.
   */
  hanJoined(two: string, next: string, locale: string | undefined): boolean {
    if (!this.stats || !locale) return false;
    const together = this.stats.native(hanTrigramKey(two + next), locale);
    return together >= HAN_JOIN_MIN && together >= HAN_JOIN_RATE * (this.stats.native(hanRunEndKey(two), locale) + 1);
  }

  /**
   * A Han character joins the two before it into one word in this locale ("存取" and "權" of
   * "存取權"), the mirror of {@link hanJoined}: its documents write the three together at least
   * {@link HAN_JOIN_MIN} times, and {@link HAN_JOIN_RATE} times as often as they start a run of
   * Han characters with the one. A word's first character after a word of its own ("文" of
   * "文章", article, after "下列", following) fails: it starts runs too.
   */
  hanJoinedAfter(two: string, first: string, locale: string | undefined): boolean {
    if (!this.stats || !locale) return false;
    const together = this.stats.native(hanTrigramKey(two + first), locale);
    return together >= HAN_JOIN_MIN && together >= HAN_JOIN_RATE * (this.stats.native(hanRunStartKey(first), locale) + 1);
  }

  /**
   * A run of words (or, in a language without spaces, of characters: `key` as
   * {@link joinTokens} writes it) that is this locale's rendering of the English's "see",
   * "refer to" or "visit" before a link ("consultați", "finden sie unter", "請參閱"): its
   * documents write it right before such a link at least {@link LEAD_IN_MIN} times;
   * {@link LEAD_IN_RATE} times as often as inside other links, or elsewhere than at the start
   * of such a link (a title's words stand there: "määrittäminen", setting up); and at least as
   * often as at the start of such a link (where a title's first word stands: "Configurarea",
   * which machine translation leaves before the link now and then; where it pulls the lead-in
   * in, the lead-in too, but less often than it leaves it outside).
   */
  leadInRendering(key: string, locale: string | undefined): boolean {
    if (!this.stats || !locale) return false;
    const before = this.stats.native(leadInBeforeKey(key), locale);
    if (before < LEAD_IN_MIN || before < LEAD_IN_RATE * this.stats.native(leadInInLinkKey(key), locale)) return false;
    return before >= this.stats.native(leadInStartKey(key), locale);
  }

  /**
   * A short word of the locale that its translations write in a large share of their
   * sentences: an article, a preposition, a pronoun, a conjunction ("zu", "ja", "di", "de").
   * Learned, so that it holds for any language with spaces between its words.
   */
  functionWord(word: string, locale: string | undefined): boolean {
    return word.length <= functionWordLength(word) && this.writtenInShare(word, locale, FUNCTION_WORD_SHARE);
  }

  /**
   * A word of the locale, of any length, that its translations write in many of their
   * documents: a function word too long for {@link functionWord} ("pentru", for), a verb of
   * every instruction ("valitse", select). Said on both sides of a name or in two parallel
   * clauses, it is the language's own, not a noun said twice.
   */
  commonWord(word: string, locale: string | undefined): boolean {
    return this.writtenInShare(word, locale, COMMON_WORD_SHARE);
  }

  /** Whether the locale's translations write the word at least `share` times as often as they have segments (with enough segments to tell). */
  private writtenInShare(word: string, locale: string | undefined, share: number): boolean {
    if (!this.stats || !locale) return false;
    const segments = this.stats.segments(locale);
    return segments >= FUNCTION_WORD_MIN_SEGMENTS && this.stats.native(word.toLowerCase(), locale) >= share * segments;
  }

  /**
   * How this locale translates an English bold label ("Restart" → "Käynnistä uudelleen"),
   * when one rendering is most of what the workspace shows, in small letters.
   */
  labelTranslation(label: string, locale: string | undefined): string | undefined {
    if (!this.stats || !locale) return undefined;
    // The rendering first: most labels (and the runs of their words that emphasis-misplaced asks about) have none, and need no count.
    const best = this.stats.topLabelTranslation(label, locale);
    if (!best || best.count < LABEL_MIN) return undefined;
    return best.count >= LABEL_SHARE * this.stats.countOf(KeyKind.Label, label, locale).seen ? best.translation : undefined;
  }

  /**
   * A small word the locale's translations (nearly) never keep, in enough segments to say so.
   * `keptHere`: the segment being checked keeps it, and is among the counted ones; the
   * question is what the *other* translations do (else a word left once could never be found).
   */
  neverKept(word: string, locale: string | undefined, keptHere = false): boolean {
    if (!this.stats || !locale) return false;
    const c = elsewhere(this.stats.countOf(KeyKind.Word, word, locale), keptHere);
    // One translation in fifty may keep it (a quoted UI string, a leftover of its own).
    return c.seen >= 5 && c.kept <= NEVER_KEPT_SHARE * c.seen && this.stats.native(word, locale) === 0;
  }

  /**
   * A small word the locale has too few segments of to say what it does with it, and that the
   * other locales do not keep as a term either ("cmdlet", which most locales keep, is not an
   * unknown word of Korean or Thai).
   */
  unknownWord(word: string, locale: string | undefined): boolean {
    if (!this.stats || !locale) return false;
    const here = this.stats.countOf(KeyKind.Word, word, locale);
    if (here.seen >= MIN_SEEN_WORD || this.stats.native(word, locale) !== 0) return false;
    const all = this.stats.countOf(KeyKind.Word, word);
    const seen = all.seen - here.seen;
    return seen < MIN_SEEN_OTHER_LOCALES || all.kept - here.kept < KEPT_BY_OTHER_LOCALES * seen;
  }

  /**
   * The share of translations that must keep a name for it to stay in English: {@link KEEP_RATE}
   * across locales; where no other locale has seen it (a repository of one locale), the
   * locale's own share, at the bar it meets beside other locales ({@link LOCALE_KEEP_RATE}).
   */
  private keepBar(kind: KeyKind, key: string, locale: string | undefined, seen: number): number {
    if (!locale || seen - this.keepRate(kind, key, locale).seen >= MIN_SEEN) return KEEP_RATE;
    // Without other locales, the English's own writing tells a name from a word of the interface ("Start", "Export").
    if (kind === KeyKind.Phrase) {
      const head = key.split(' ')[0]!;
      return head !== key && this.alwaysCapitalized(head) && this.protectedName(head, locale) ? SOLE_LOCALE_KEEP_RATE : KEEP_RATE;
    }
    // A word the English mostly writes inside longer names ("Online", "Premium") is a part of them, not a name of its own.
    const inRuns = this.stats!.countOf(KeyKind.InRun, key).seen;
    return this.alwaysCapitalized(key) && 2 * seen >= inRuns ? SOLE_LOCALE_KEEP_RATE : KEEP_RATE;
  }

  private keptInLocale(kind: KeyKind, key: string, locale: string | undefined): boolean {
    if (!locale) return true;
    const here = this.keepRate(kind, key, locale);
    return here.seen < MIN_SEEN || here.rate >= LOCALE_KEEP_RATE;
  }
}

/** Answers kept per locale, at most this many (then started afresh): the distinct names and words of a large workspace's segments. */
const ANSWERS_MAX = 50_000;

/**
 * The answers to one question about the learned terms, per locale and per name or word asked,
 * kept while the statistics' generation stands. The checks ask about the same names and words
 * in segment after segment ("Microsoft", "Intune", "die"); each answer costs several lookups in
 * maps of tens of thousands of keys, and a string or two made for them.
 */
class LocaleAnswers {
  private generation = -1;
  private readonly byLocale = new Map<string | undefined, Map<string, boolean>>();

  /** The answers in the locale, as far as they are known: emptied when the statistics have changed. */
  in(generation: number, locale: string | undefined): Map<string, boolean> {
    if (generation !== this.generation) {
      this.byLocale.clear();
      this.generation = generation;
    }
    let answers = this.byLocale.get(locale);
    if (!answers) this.byLocale.set(locale, (answers = new Map()));
    else if (answers.size >= ANSWERS_MAX) answers.clear();
    return answers;
  }
}

/** The counts without the segment being checked, when it is one of them and keeps the word. */
function elsewhere(c: TermCount, keptHere: boolean): TermCount {
  return keptHere && c.seen > 0 && c.kept > 0 ? { seen: c.seen - 1, kept: c.kept - 1, caseChanged: c.caseChanged } : c;
}

/** The statistics of no workspace: only code-like names are known to stay. */
export const NO_LEARNED_TERMS = new LearnedTerms(undefined);
