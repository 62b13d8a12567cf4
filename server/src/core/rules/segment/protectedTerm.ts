import type { TextEditData } from '../rule';
import type { SegmentCheck } from '../rule';
import { caseChanged, keeps, keepsIgnoringCase, type Occurrence } from '../../terms/matching';
import { DIGITS, forPhrases, type ForPhrase, isAcronym, isCodeLike, isStrictCode, nameRunsOf, VERSION, writtenOutInCapitals, type NameRun } from '../../terms/names';
import { KeyKind } from '../../terms/observe';
import { plainText } from '../../terms/plainText';
import { segmentRule } from '../segmentRule';
import { languageOf, listOf, translationRange } from './compare';
import { timesAsToken } from './spanBounds';
import { isAsciiAlnum } from '../../inline/chars';
import { hasNativeDigit, toAsciiDigits } from '../../inline/numbers';
import { versionKept } from '../../terms/versions';
import { lostValues } from './literalValues';
import { escapeRegExp } from '../../text/escapeRegExp';
import { spelledTwoWays } from './spelledTwoWays';

/** A name of the English that the translation did not keep as written. */
interface Damage {
  readonly name: string;
  /** Where the translation writes it with other capitals (or, for `spaced`, with spaces); none when it is lost. */
  readonly written: readonly Occurrence[];
  /**
   * `assignment`: a `key=value` of the English that the translation writes with spaces around the `=` ("CN = ");
   * `split`: a file extension or a drive's path that it writes with a space after the dot or the colon (". CSV", "C: \");
   * `dotted`: a file or host name in small letters that it writes broken at a dot or with capitals ("Services. msc", "aka.MS");
   * `digits`: a name's number that it writes in another script's digits ("Microsoft ๓๖๕");
   * `joined`: a command and its switch that it writes without the space between ("outlook.exe/importnk2");
   * `slip`: a name that it writes with a digit in place of a letter or added ("Intun1", "Intu1ne");
   * `comma`: a build or version number that it writes with commas for its dots ("8431,2094");
   * `reordered`: a name of several words that it writes with its words in another order ("ATP Microsoft Defender").
   */
  readonly spaced?: 'assignment' | 'split' | 'dotted' | 'digits' | 'joined' | 'slip' | 'comma' | 'reordered';
  /** What the fix writes in place of each of `written`, where that is not the name ("eine. pst" → "eine .pst"). */
  readonly fixes?: readonly string[];
}

export const protectedTerm = segmentRule({
  code: 'protected-term',
  description:
    'A name the translation must keep as written (a product name the workspace keeps in English nearly everywhere, a cmdlet or its parameters, an identifier, a file name or extension, a path, a version, the value of a setting such as True or null) that is translated, lost, written with its words in another order or with other capitals, with a digit ("Intun1") or in native digits ("Microsoft ๓๖๕"), split by a space, or a command written without the space before its switch.',
  defaultSeverity: 'warning',
  fixable: true,
  learnsFromWorkspace: true,
  checkSegment(s) {
    if (!s.englishSource || s.tr.text === s.en.text) return;
    const runs = nameRunsOf(s.en);
    const assigns = s.en.text.includes('=');
    const dotted = s.en.text.includes('.') || s.en.text.includes(':\\');
    const switches = spaceBeforeSlash(s.en.text);
    // A parameter needs a hyphen: most sentences have none, and the expression, which looks at every place, is not run.
    const parameters = s.en.text.includes('-') && /(?:^|[\s(*_])-[A-Z]/.test(s.en.text);
    const values = lostValues(s.en.prose, s.tr.prose);
    if (runs.length === 0 && !assigns && !dotted && !switches && !parameters && values.length === 0) return;
    const en = plainText(s.en);
    const tr = plainText(s.tr);
    const explicit = s.termSet;
    const keys = keyCombination(s.en.text);
    const damage: Damage[] = [];
    // A run inside a phrase of words holds "office", which most English does not: looked for once, not for each run, and
    // only when a run is not settled by its sentence's capital.
    let office: boolean | undefined;
    for (const run of runs) if (!onlyASentencesCapital(run, tr) && !((office ??= /office/i.test(en)) && inPhraseOfWords(en, run))) damage.push(...damageOf(s, run, en, tr, explicit, keys));
    // Two runs with " for " between them, read from the runs' places ({@link forPhrases}), not by searching the text for it.
    if (runs.length > 1) forPhraseDamage(s, runs, en, tr, keys, damage);
    if (runs.length) damage.push(...halfKeptNames(s, runs, tr, damage));
    if (runs.length && !keys && spelledTwoWays(tr)) damage.push(...recasedBesideKept(en, tr, (name) => s.learned.protectedName(name, s.locale)));
    if (en.includes('=')) damage.push(...spacedAssignments(en, tr));
    // From the prose, not the plain text: a path's backslash is no escape there.
    if (dotted) damage.push(...splitPaths(s.en.prose, s.tr.prose));
    // After the runs: a dotted name that is also a word of a run ("smtp.office365.com") is then told as broken, not as lost.
    if (dotted) damage.push(...brokenDottedNames(s.en.prose, s.tr.prose));
    if (switches) damage.push(...joinedSwitches(s.en.prose, s.tr.prose));
    if (dotted && /\d\.\d/.test(en)) damage.push(...commaVersions(en, tr));
    // Last: a name the runs found lost is then told as written in native digits.
    if (runs.length && hasNativeDigit(s.tr.text)) damage.push(...nativeDigits(s, runs, tr));
    // A setting's value translated ("**Tosi**" for "**True**"), unless a run told it already.
    for (const value of values) if (!damage.some((d) => d.name === value)) damage.push({ name: value, written: [] });
    // A parameter ("-InactiveMailboxOnly") or a word misspelled with a digit ("Intun1") that a run also holds is told once, as itself.
    const own = parameters ? parameterDamage(s.en.prose, s.tr.text) : [];
    // Slips are read in the words of runs: without one, the translation is not searched for a letter beside a digit.
    if (runs.length && LETTER_BESIDE_DIGIT.test(tr)) own.push(...digitSlips(runs, en, tr));
    if (own.length === 0) {
      const named = mended(s, damage);
      if (named.length) report(s, named);
      return;
    }
    const told = new Set(own.map((d) => d.name.replace(/^-/, '')));
    report(s, mended(s, [...damage.filter((d) => !d.name.split(' ').some((w) => told.has(w))), ...own]));
  },
});

/**
 * Two sentences the English runs together at a full stop ("separately.For", "records.Sometimes"):
 * a slip of the English that reads as a dotted name, not one; the translation rightly parts them.
 */
const SENTENCES_RUN_TOGETHER = /^\p{Ll}{2,}[.!?]\p{Lu}\p{Ll}+$/u;

/**
 * The damage less the places where the translation writes the name as the workspace's English
 * usually does ("PowerShell" where this English has "Powershell", "Win32" for "win32"): the
 * translator mended the English's slip. A name left with no other place is not reported.
 */
function mended(s: SegmentCheck, damage: readonly Damage[]): Damage[] {
  const out: Damage[] = [];
  for (const d of damage) {
    if (d.written.length === 0 || d.spaced) {
      out.push(d);
      continue;
    }
    const written = d.written.filter((o) => !s.learned.usualSpelling(o.text, d.name));
    if (written.length) out.push(written.length === d.written.length ? d : { ...d, written });
  }
  return out;
}

/**
 * A slash after a space (" /"), where {@link COMMAND_SWITCH} can match: looked for at each slash,
 * which most sentences have none of, not at each space, as a search for the two characters is.
 */
function spaceBeforeSlash(text: string): boolean {
  for (let at = text.indexOf('/'); at !== -1; at = text.indexOf('/', at + 1)) if (text.charCodeAt(at - 1) === 32) return true;
  return false;
}

/** A PowerShell parameter after a space or bracket: a hyphen and a word with a capital (`-Identity`, `-ResultSize`). */
const PARAMETER = /(?<=^|[\s(*_])-[A-Z][a-z]+[A-Za-z]*(?![\w-])/g;
/** A cmdlet's name, or the word "parameter": the English is about a command line, where a hyphen before a word is no dash. */
const COMMAND_CONTEXT = /(?<![\w-])[A-Z][a-z]+-[A-Z][A-Za-z]+(?![\w-])|\bparameters?\b|\bswitch(?:es)?\b|\$(?:[Tt]rue|[Ff]alse|[Nn]ull)\b/;

/**
 * The English's PowerShell parameters (`-Identity`), in a segment about a command line, that
 * the translation does not write as the English does: translated or lost ("-Rolle" for
 * "-Role"), with other capitals ("-trustee"), or run into the word before it
 * ("Start-ManagedFolderAssistant-Identity"). Typed so, the command fails. Parameters in the
 * English's code are inline-code's; in the translation they count wherever they stand.
 */
function parameterDamage(en: string, tr: string): Damage[] {
  const out: Damage[] = [];
  PARAMETER.lastIndex = 0;
  let context: boolean | undefined;
  for (let m = PARAMETER.exec(en); m; m = PARAMETER.exec(en)) {
    const name = m[0];
    if (out.some((d) => d.name === name)) continue;
    if (!(context ??= COMMAND_CONTEXT.test(en))) return out;
    // A hyphen after it may join a word of the locale ("-UserName- tai -ActivityID-parametrit" in Finnish).
    // Letters after a hyphen: nothing in the name to escape.
    if (new RegExp(`(?<![\\w-])${name}(?!\\w|-[^\\p{L}\\s])`, 'u').test(tr)) continue;
    const recased = [...tr.matchAll(new RegExp(`(?<![\\w-])${name}(?![\\w-])`, 'gi'))].map((x) => ({ start: x.index, end: x.index + x[0].length, text: x[0] }));
    if (recased.length) {
      out.push({ name, written: recased });
      continue;
    }
    const joined = [...tr.matchAll(new RegExp(`(?<![\\w-])[\\w-]*\\w${name}(?![\\w-])`, 'g'))].map((x) => ({ start: x.index, end: x.index + x[0].length, text: x[0] }));
    if (joined.length) {
      out.push({ name, written: joined, spaced: 'joined', fixes: joined.map((o) => `${o.text.slice(0, -name.length)} ${name}`) });
      continue;
    }
    // Without its hyphen ("**AllowCloudRecordingForCalls**" for "**-AllowCloudRecordingForCalls**"): typed so, it is no parameter.
    const bare = [...tr.matchAll(new RegExp(`(?<![\\w-])${name.slice(1)}(?![\\w-])`, 'g'))].map((x) => ({ start: x.index, end: x.index + x[0].length, text: x[0] }));
    if (bare.length && !new RegExp(`(?<![\\w-])${name.slice(1)}(?![\\w-])`).test(en.replace(new RegExp(PARAMETER.source, 'g'), ''))) out.push({ name, written: bare, spaced: 'dotted' });
    else out.push({ name, written: [] });
  }
  return out;
}

/** A number with dots between its parts ("8431.2094", "16.0.7967"), as a whole. */
const DOTTED_NUMBER = /(?<![\d.,])(\d+(?:\.\d+)+)(?![\d]|\.\d)/g;
/** The English names what follows a build or a version ("Build 8431.2094", "OS Build 19041.329", "version 16.0"). */
const BUILD_BEFORE = /(?:build|version)\s*\(?$/i;
/** A name right before the number ("TLS 1.2", "OAuth 2.0", "Windows 8.1"): the number is the name's version. */
const NAME_BEFORE = /(?<![\w.-])[A-Z][A-Za-z]*[A-Z0-9a-z] $/;

/**
 * The English's build and version numbers (three parts or more, or after "build", "version" or a name)
 * that the translation writes with commas for their dots, as a decimal number of the locale
 * ("Build 8431,2094" for "Build 8431.2094"): a build number is no decimal, and typed or searched
 * for so it finds nothing. Only where the translation does not also write it as the English does.
 */
function commaVersions(en: string, tr: string): Damage[] {
  const out: Damage[] = [];
  DOTTED_NUMBER.lastIndex = 0;
  for (let m = DOTTED_NUMBER.exec(en); m; m = DOTTED_NUMBER.exec(en)) {
    const name = m[1];
    const parts = name.split('.');
    if (out.some((d) => d.name === name) || (parts.length < 3 && !versionOfAName(en, m.index))) continue;
    if (new RegExp(`(?<![\\d.,])${name.replace(/\./g, '\\.')}(?!\\d)`).test(tr)) continue;
    const comma = parts.join(',');
    const written: Occurrence[] = [];
    for (let at = tr.indexOf(comma); at !== -1; at = tr.indexOf(comma, at + 1)) {
      if (/[\d.,]/.test(tr[at - 1] ?? ' ') || /\d/.test(tr[at + comma.length] ?? ' ') || /[.,]\d/.test(tr.slice(at + comma.length, at + comma.length + 2))) continue;
      written.push({ start: at, end: at + comma.length, text: comma });
    }
    if (written.length) out.push({ name, written, spaced: 'comma' });
  }
  return out;
}

/**
 * The number at `at` follows "build" or "version", or a name ({@link BUILD_BEFORE}, {@link NAME_BEFORE})
 * that is not only the sentence's first word ("Only 2.5-inch drives").
 */
function versionOfAName(en: string, at: number): boolean {
  const from = Math.max(0, at - 24);
  const before = en.slice(from, at);
  if (BUILD_BEFORE.test(before)) return true;
  const name = NAME_BEFORE.exec(before);
  return !!name && !startsSentenceAt(en, from + name.index);
}

/** A command and a switch after a space ("outlook.exe /importnk2", "sfc /scannow"). */
const COMMAND_SWITCH = /(?<![\w./\\-])([\w%\\.-]*\w) (\/[A-Za-z][\w:-]*)(?![\w/])/g;

/**
 * The English's command lines that the translation writes without the space before a switch
 * ("outlook.exe/importnk2" for "outlook.exe /importnk2"): typed so, the line is a path, not a
 * command. Only where the translation keeps the command as the English writes it.
 */
function joinedSwitches(en: string, tr: string): Damage[] {
  const out: Damage[] = [];
  COMMAND_SWITCH.lastIndex = 0;
  for (let m = COMMAND_SWITCH.exec(en); m; m = COMMAND_SWITCH.exec(en)) {
    const [name, command, flag] = m;
    const joined = command + flag;
    if (out.some((d) => d.name === name) || en.includes(joined)) continue;
    const written: Occurrence[] = [];
    for (let at = tr.indexOf(joined); at !== -1; at = tr.indexOf(joined, at + 1)) {
      if (/[\w./\\-]/.test(tr[at - 1] ?? ' ') || /[\w/]/.test(tr[at + joined.length] ?? ' ')) continue;
      written.push({ start: at, end: at + joined.length, text: joined });
    }
    if (written.length) out.push({ name, written, spaced: 'joined' });
  }
  return out;
}

/**
 * The words of the English's names that the translation does not keep but writes with one
 * digit in place of a letter, or one digit added ("Intun1", "Intu1ne" for "Intune"): machine
 * translation's garbling, whatever the workspace does with the name.
 */
function digitSlips(runs: readonly NameRun[], en: string, tr: string): Damage[] {
  const out: Damage[] = [];
  // What a name may be garbled into, read when a name first asks (the same for every name of the segment).
  let garbled: readonly Occurrence[] | undefined;
  for (const run of runs) {
    for (const { text: name } of run.words) {
      if (!/^[A-Za-z]{4,}$/.test(name) || keeps(tr, name) || out.some((d) => d.name === name)) continue;
      garbled ??= wordsWithDigits(tr).filter((o) => !en.includes(o.text));
      const written = garbled.filter((o) => slipOf(name, o.text));
      if (written.length) out.push({ name, written, spaced: 'slip' });
    }
  }
  return out;
}

/**
 * An ASCII letter and a digit side by side: what every word {@link digitSlips} finds has (a name of
 * four letters or more with one digit in place of a letter or added), and most translations do not.
 */
const LETTER_BESIDE_DIGIT = /[A-Za-z][0-9]|[0-9][A-Za-z]/;

/** A whole word of ASCII letters and digits with a digit in it ("Intun1", "365"), not part of a dotted or hyphenated one. */
const WORD_WITH_DIGIT = /(?<![\w.-])[A-Za-z0-9]*[0-9][A-Za-z0-9]*(?![\w-])/g;

/** The text's {@link WORD_WITH_DIGIT} words, in order. */
function wordsWithDigits(text: string): Occurrence[] {
  return [...text.matchAll(WORD_WITH_DIGIT)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** `word` is `name` with one letter made a digit, or with one digit added inside or at its end. */
function slipOf(name: string, word: string): boolean {
  if (word.length === name.length) {
    let diff = -1;
    for (let i = 0; i < name.length; i++) {
      if (name[i] === word[i]) continue;
      if (diff !== -1) return false;
      diff = i;
    }
    return diff > 0 && /[0-9]/.test(word[diff]);
  }
  if (word.length !== name.length + 1) return false;
  for (let i = 1; i < word.length; i++) if (/[0-9]/.test(word[i]) && word.slice(0, i) + word.slice(i + 1) === name) return true;
  return false;
}

/**
 * A number of a name of the English ("Microsoft 365", "Windows 10") that the translation writes
 * in native digits ("Microsoft ๓๖๕"): a name keeps its digits as written, whatever digits the
 * locale uses for its own numbers.
 */
function nativeDigits(s: SegmentCheck, runs: readonly NameRun[], tr: string): Damage[] {
  const out: Damage[] = [];
  for (const n of s.tr.numbers) {
    if (!hasNativeDigit(n.text)) continue;
    const ascii = toAsciiDigits(n.text);
    for (const run of runs) {
      const at = run.words.findIndex((w) => w.text === ascii);
      // The name is the words before the number that the translation keeps ("Microsoft" of "Use Microsoft 365").
      let first = at;
      while (first > 0 && keeps(tr, run.words[first - 1].text)) first--;
      if (at < 1 || first === at) continue;
      const name = run.words.slice(first, at + 1).map((w) => w.text).join(' ');
      out.push({ name, written: [{ start: n.start - s.tr.base, end: n.end - s.tr.base, text: n.text }], spaced: 'digits', fixes: [ascii] });
      break;
    }
  }
  return out;
}

/**
 * A run of one word that starts the sentence and is no acronym or code ("Select", "To"): its
 * capital is the sentence's, and {@link damageOf} finds nothing in it (a run of one word is asked
 * only about its word, whose looks before the sentence's capital are for acronyms and code, and
 * for a name written all small, which needs the word's small letters in the translation `tr`).
 * Told before damageOf is asked: two runs in five are such a word.
 */
function onlyASentencesCapital(run: NameRun, tr: string): boolean {
  if (run.words.length !== 1 || !run.initial) return false;
  const word = run.words[0].text;
  if (isAcronym(word) || isCodeLike(word)) return false;
  return word.length < SMALL_NAME_MIN || !tr.includes(word.toLowerCase());
}

function damageOf(s: SegmentCheck, run: NameRun, en: string, tr: string, explicit: ReadonlySet<string>, keys: boolean): Damage[] {
  const locale = s.locale;
  if (run.words.length > 1 && !explicit.has(run.text) && s.learned.protectedPhrase(run.text, locale)) {
    if (keeps(tr, run.text) && !hasOtherCapitals(tr, en, run.text, keys)) return [];
    const written = otherCapitals(tr, en, run.text, keys);
    // A run whose words are each kept, with words between, is the translator's; side by side in another order, it is no longer the name.
    if (written.length === 0 && !run.words.some((w) => isNumber(w.text)) && run.words.every((w) => keeps(tr, w.text))) return reordered(run, tr);
    // A run whose acronym the translation writes out in full, its other words kept ("Azure Active Directory" for "Azure AD");
    // not where the English writes it out too and gives the acronym beside it ("Active Directory Federation Services (AD FS)").
    const writtenOut = (word: string) => isAcronym(word) && !keeps(tr, word) && writtenOutInCapitals(word, tr) && !writtenOutInCapitals(word, en);
    if (written.length === 0 && run.words.some((w) => writtenOut(w.text)) && run.words.every((w) => keeps(tr, w.text) || writtenOut(w.text))) return [];
    return [{ name: run.text, written }];
  }
  // Both need two words or more: a run of one word (most runs) is not asked about.
  const recased =
    run.words.length < 2
      ? undefined
      : s.learned.keptAsName(run.text)
        ? recasedInRun(run, en, tr, keys, explicit)
        : oneWordLowered(run, en, tr, keys, explicit, (word) => s.learned.translatedWord(word, locale), (name) => s.learned.protectedName(name, locale));
  if (recased) return [recased];
  const partly = partlyTranslated(s, run, tr, explicit);
  if (partly) return [partly];
  const out: Damage[] = [];
  // A run the workspace translates ("Windows Explorer") leaves only its code-like words to check.
  const translated = run.words.length > 1 && s.learned.translatedPhrase(run.text);
  // Whether each word of the run is a name that stays, asked once per word (a word is asked about as itself and as each one's neighbour).
  const names: (boolean | undefined)[] = [];
  const nameAt = (k: number) => (names[k] ??= s.learned.protectedName(run.words[k].text, locale));
  run.words.forEach((w, i) => {
    const word = w.text;
    if (isNumber(word) || explicit.has(word) || SENTENCES_RUN_TOGETHER.test(word)) return;
    const acronym = isAcronym(word);
    // A word of the locale spelled with an acronym's letters ("po" in Italian). Where the translation also keeps the acronym in capitals,
    // only a word the locale writes often: it knows the acronym, and writing it small beside is machine translation's ("CU ja kohde cu").
    const localeWord = (w: string) => (timesAsToken(tr, word) > 0 ? s.learned.frequentNativeWord(w, locale) : s.learned.nativeWord(w, locale));
    // Where the translation writes the word with other capitals: searched for only when a test below asks (most words are settled without).
    let variants: Occurrence[] | undefined;
    let written: Occurrence[] | undefined;
    // Not an elided word of the locale that has an acronym's letters ("po'" in Italian for "PO").
    const variantsOf = () => (variants ??= acronym ? acronymVariants(tr, en, word, localeWord) : caseChanged(tr, word).filter((o) => !en.includes(o.text)));
    const writtenOf = () => (written ??= variantsOf().filter((o) => !(keys && o.text === o.text.toUpperCase()) && !standardSpelling(word, o.text)));
    // Code ("Remove-MsolContact", "v1.0", "smtp.office365.com") never changes, whatever the workspace does with it.
    // A version written the locale's way ("Version 2.0", "v 1.0", "2.0 版").
    if (versionKept(word, en, tr)) return;
    if (isStrictCode(word)) {
      if (!keeps(tr, word) || writtenOf().length) out.push({ name: word, written: writtenOf() });
      return;
    }
    // An acronym in small letters ("rest", "ad") is no longer the name; one of two letters, only where the translation
    // writes it in capitals fewer times than the English ("50 mb (MB)" spells it out) and the locale has no word of its own so spelled.
    if (acronym && writtenOf().some((o) => o.text === o.text.toLowerCase()) && (word.length > 2 || (timesAsToken(tr, word) < timesAsToken(en, word) && !localeWord(word)))) {
      out.push(acronymDamage(word, writtenOf()));
      return;
    }
    // One of three letters or more in mixed capitals ("Gdpr", "SpO", "Gif" for "GIFs"), unless it is a key's name ("Ctrl" for "CTRL"),
    // the locale has a word so spelled of its own ("Important"), or the English elsewhere writes that spelling as a name ("Mac" for "MAC").
    const mixed =
      acronym && !KEY_NAMES.has(word) && (word.replace(/s$/, '').length > 2 || word.length === 2)
        ? writtenOf().filter((o) => o.text !== o.text.toLowerCase() && o.text !== o.text.toUpperCase() && !s.learned.nativeWord(o.text, locale) && !s.learned.writtenAsName(o.text) && (word.length > 2 || !startsSentenceAt(tr, o.start)))
        : [];
    if (mixed.length) {
      out.push(acronymDamage(word, mixed));
      return;
    }
    // A word of a name kept around it, written in small letters ("client Connectivity Analyzer").
    if (run.words.length > 1 && !(i === 0 && run.initial)) {
      const neighbours = namedNeighbours(run, i, nameAt);
      if (neighbours && writtenOf().length && adjacentToKept(tr, writtenOf(), neighbours)) {
        out.push({ name: word, written: writtenOf() });
        return;
      }
    }
    // A name and its number ("Windows 11", "Office 2016", "Microsoft 365") stay together: a product and its version.
    const next = run.words[i + 1];
    if (next && isNumber(next.text) && !translated && nameAt(i)) {
      const pair = `${word} ${next.text}`;
      if (!keeps(tr, pair) && !explicit.has(pair)) {
        out.push({ name: pair, written: otherCapitals(tr, en, pair, keys) });
        return;
      }
    }
    // A name the English always writes with its capital, written all in small letters ("teams", "office 365"): no longer the
    // name, even at the start of the sentence or in a run the workspace translates ("Your Teams", "Intune App Deployment Process").
    if (!acronym && word.length >= SMALL_NAME_MIN && nameAt(i)) {
      const withEnding = smallWithEnding(tr, word, locale);
      if ((withEnding.length || writtenOf().some((o) => o.text === o.text.toLowerCase())) && s.learned.alwaysCapitalized(word)) {
        out.push({ name: word, written: [...writtenOf(), ...withEnding] });
        return;
      }
    }
    // A capital that starts the sentence may be only the sentence's ("Stream the video").
    if (i === 0 && run.initial && !isCodeLike(word) && !acronym) return;
    // A name with an ending joined in capitals, even inside a run the workspace translates ("Microsoft TeamsIn puhelin").
    const ending = nameAt(i) ? capitalEnding(tr, en, word) : [];
    if (ending.length) {
      out.push({ name: word, written: ending, fixes: ending.map((o) => word + o.text.slice(word.length).toLowerCase()) });
      return;
    }
    // A code-like name that every other locale keeps, even inside runs they translate, and this one loses.
    let everywhere: boolean | undefined;
    const keptEverywhereElse = () => (everywhere ??= keptByEveryOtherLocale(s, run, word));
    if ((translated || !nameAt(i)) && !keptEverywhereElse()) {
      // A run translated only for a first word of the sentence ("An Intune" → "Ein InTune-…") still has its name's capitals to keep.
      const recased = translated && nameAt(i) ? recasedAfterFirstWord(s, run, tr, writtenOf()) : [];
      if (recased.length) out.push({ name: word, written: recased });
      return;
    }
    if (writtenOf().length) {
      out.push({ name: word, written: writtenOf() });
      return;
    }
    if (keeps(tr, word) || variantsOf().length) return;
    // Lost. A run translated as a whole ("Windows Explorer" → "Esplora risorse") is the locale's name for it.
    if (run.words.length > 1 && !isCodeLike(word) && run.words.every((o) => isNumber(o.text) || !keepsIgnoringCase(tr, o.text)) && !keptEverywhereElse()) return;
    // An acronym the locale spells out is its own way, unless every other locale keeps it (Romanian machine translation's "monica" for "ADAL").
    if (acronym && (!(s.learned.acronymKeptHere(word, locale) || keptEverywhereElse()) || spelledOut(word, en) || spelledOut(word, tr))) return;
    out.push({ name: word, written: [] });
  });
  if (out.length === 0 && run.words.length > 2) {
    const recased = recasedInside(s, run, en, tr, keys, explicit);
    return recased.length ? recased : innerNameLost(s, run, tr, explicit);
  }
  return out;
}

/**
 * Segments of the locale that hold a run of names as a run of its own, for {@link innerNameLost}:
 * a name seen in a few only ("Office 365 Enterprise") may be rendered with the title's words
 * after it, as a whole ("Office 365 per grandi imprese" for "Office 365 Enterprise Plans").
 */
const INNER_NAME_SEEN = 10;

/**
 * A run of names the locale keeps ("SharePoint Online", "Microsoft Forms") inside a longer run of
 * capitals that it does not ("SharePoint Online Term Store", "Activate Microsoft Forms"), of
 * which the translation keeps the first word and none of the others, in any capitals
 * ("SharePoint 線上術語存放區", "Microsoft-lomakkeita"): the words around it are the translator's
 * to render, the name inside them is not. At the sentence's start, only a name whose first word is
 * one that stays ("SharePoint Online User Profile Synchronization"): another capital there may be
 * only the sentence's.
 */
function innerNameLost(s: SegmentCheck, run: NameRun, tr: string, explicit: ReadonlySet<string>): Damage[] {
  const words = run.words;
  let lowered: string | undefined;
  for (let i = 0; i < words.length - 1; i++) {
    if (!keeps(tr, words[i].text) || (i === 0 && run.initial && !s.learned.protectedName(words[0].text, s.locale))) continue;
    lowered ??= tr.toLowerCase();
    for (let j = Math.min(words.length, i + INNER_RUN_MAX); j >= i + 2; j--) {
      if (i === 0 && j === words.length) continue;
      const inner = words.slice(i, j);
      const rest = inner.slice(1).filter((w) => !isNumber(w.text));
      // Each later word gone, in any capitals; an acronym not written out in full ("Azure Active Directory" for "Azure AD").
      if (rest.length === 0 || rest.some((w) => lowered!.includes(w.text.toLowerCase()) || (isAcronym(w.text) && writtenOutInCapitals(w.text, tr)))) continue;
      // Nor written as the acronym of its later words ("Azure AD" for "Azure Active Directory").
      if (rest.length > 1 && timesAsToken(tr, rest.map((w) => w.text[0]).join('').toUpperCase()) > 0) continue;
      const text = inner.map((w) => w.text).join(' ');
      if (explicit.has(text) || keeps(tr, text) || s.learned.keepRate(KeyKind.Phrase, text, s.locale).seen < INNER_NAME_SEEN || !s.learned.protectedPhrase(text, s.locale)) continue;
      return [{ name: text, written: [] }];
    }
  }
  return [];
}

/**
 * A name the locale keeps whose words the translation writes side by side, each once, in another
 * order ("ATP Microsoft Defender" for "Microsoft Defender ATP"): machine translation read the name
 * as words of its own language, to be ordered as they are. Words between them, or a word written
 * otherwise, are the translator's sentence, not read here.
 */
function reordered(run: NameRun, tr: string): Damage[] {
  const texts = run.words.map((w) => w.text);
  const one = `(?:${texts.map(escapeRegExp).join('|')})`;
  const sorted = [...texts].sort().join(' ');
  const written: Occurrence[] = [];
  for (const m of tr.matchAll(new RegExp(`(?<![\\w-])${one}(?: ${one}){${texts.length - 1}}(?![\\w-])`, 'g'))) {
    if (m[0] !== run.text && m[0].split(' ').sort().join(' ') === sorted) written.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return written.length ? [{ name: run.text, written, spaced: 'reordered' }] : [];
}

/** Sightings of a word as a name (alone or in runs), and the share of them kept, for a product's own word in {@link halfKeptNames}. */
const PRODUCT_WORD_SEEN = 20;
const PRODUCT_WORD_KEPT = 0.75;

/**
 * A product's own word that the translation drops or translates while it keeps another name of
 * the same run ("Microsoft 小組" for "Microsoft Teams", "Microsoft-Buchungen" for "Microsoft
 * Bookings", "grafico AAD" for "AAD Graph"): half the name kept, half rendered as ordinary words.
 * The word is a product's: the English always capitalizes it, the locale keeps it, and the
 * workspace keeps it wherever it stands as a name. A run read without a first word of the
 * sentence that is no name ("Use Microsoft Teams"). Not a brand before a name the translation
 * keeps ("Microsoft" of "Microsoft Teams Room" → "Sala riunioni di Teams"): often left out.
 */
function halfKeptNames(s: SegmentCheck, runs: readonly NameRun[], tr: string, damage: readonly Damage[]): Damage[] {
  const out: Damage[] = [];
  let lowered: string | undefined;
  for (const run of runs) {
    const words = run.initial && run.words.length > 2 && !s.learned.protectedName(run.words[0].text, s.locale) ? run.words.slice(1) : run.words;
    if (words.length < 2) continue;
    const kept = words.map((w) => s.learned.protectedName(w.text, s.locale) && keeps(tr, w.text));
    if (!kept.includes(true)) continue;
    words.forEach((w, i) => {
      const word = w.text;
      if (kept[i] || (i === 0 && kept[1]) || !productWord(s, word)) return;
      if ((lowered ??= tr.toLowerCase()).includes(word.toLowerCase())) return;
      if (s.termSet.has(word) || damage.some((d) => d.name === word) || out.some((d) => d.name === word)) return;
      out.push({ name: word, written: [] });
    });
  }
  return out;
}

/** A product's own word ("Teams", "Bookings", "Graph"): see {@link halfKeptNames}. */
function productWord(s: SegmentCheck, word: string): boolean {
  if (word.length < 4 || !/^[A-Z][a-z]+[A-Za-z]*$/.test(word) || !s.learned.protectedName(word, s.locale) || !s.learned.alwaysCapitalized(word)) return false;
  const alone = s.learned.keepRate(KeyKind.Single, word);
  const inRuns = s.learned.keepRate(KeyKind.InRun, word);
  const seen = alone.seen + inRuns.seen;
  return seen >= PRODUCT_WORD_SEEN && alone.seen * alone.rate + inRuns.seen * inRuns.rate >= PRODUCT_WORD_KEPT * seen;
}

/** A Han character: a translation with one may write a "for" name the locale's official way (`localeKeepsPhrase`'s `strict`). */
const HAN = /\p{sc=Han}/u;

/**
 * The translation writes the name's two runs side by side without the "for" between them ("Microsoft
 * Defender Office 365", "[OneNote Windows]"), a whole word each: the name cut, whatever the locale
 * does with it elsewhere. Not where the English writes them so too, nor where the two together are a
 * name the workspace's English has of its own ("Office 365 Enterprise", "Microsoft 365 Education").
 */
function forDropped(s: SegmentCheck, phrase: ForPhrase, en: string, tr: string): boolean {
  const joined = `${phrase.head.text} ${phrase.tail.text}`;
  if (en.includes(joined) || !tr.includes(joined) || s.learned.keepRate(KeyKind.Phrase, joined).seen > 0) return false;
  for (let at = tr.indexOf(joined); at !== -1; at = tr.indexOf(joined, at + 1)) {
    if (at > 0 && /[\p{L}\d]/u.test(tr[at - 1])) continue;
    if (!/[\p{L}\d]/u.test(tr[at + joined.length] ?? ' ')) return true;
  }
  return false;
}

/**
 * A product name of two runs joined by "for" that the locale keeps as written ("OneDrive for
 * Business", "Microsoft Defender for Office 365"), its head kept and the rest not ("Microsoft
 * Defenderin Office 365", "OneDrive für Unternehmen", "Skype for business"): told as the whole
 * name, in place of what its runs found. Not a phrase whose head ends another that the translation
 * keeps ("Office 365 for SharePoint" of "Defender for Office 365 for SharePoint").
 */
function forPhraseDamage(s: SegmentCheck, runs: readonly NameRun[], en: string, tr: string, keys: boolean, damage: Damage[]): void {
  // A name read with the sentence's first word and without it is asked about once: the first the locale keeps settles it.
  const phrases = forPhrases(runs, en);
  if (phrases.length === 0) return;
  const settled = new Set<NameRun>();
  const han = HAN.test(tr);
  for (const phrase of phrases) {
    if (!settled.has(phrase.tail) && forDropped(s, phrase, en, tr) && !keeps(tr, phrase.text) && !s.termSet.has(phrase.text)) {
      settled.add(phrase.tail);
      asWholeName(damage, phrase, []);
      continue;
    }
    if (settled.has(phrase.tail) || !s.learned.localeKeepsPhrase(phrase.text, s.locale, han)) continue;
    settled.add(phrase.tail);
    if (keeps(tr, phrase.text) || !keeps(tr, phrase.head.text) || s.termSet.has(phrase.text)) continue;
    // Its head ends a name before it that the translation keeps ("Office 365" of "Defender for Office 365 for SharePoint"): no name starts there.
    if (phrases.some((p) => p.tail === phrase.head && keeps(tr, p.text))) continue;
    const written = otherCapitals(tr, en, phrase.text, keys);
    // Re-cased, it is broken wherever the locale keeps it in half its segments; translated, it may be the
    // locale's official name ("Microsoft Defender für Endpunkt"), or Finnish grammar ("Linux-MDATP" for
    // "MDATP for Linux"): only where the locale keeps the name nearly everywhere.
    if (written.length === 0 && !s.learned.localeKeepsPhrase(phrase.text, s.locale, true)) continue;
    asWholeName(damage, phrase, written);
  }
}

/** The "for" name told as a whole, in place of what its two runs found. */
function asWholeName(damage: Damage[], phrase: ForPhrase, written: Occurrence[]): void {
  for (let k = damage.length - 1; k >= 0; k--) if (damage[k].name === phrase.head.text || damage[k].name === phrase.tail.text) damage.splice(k, 1);
  damage.push({ name: phrase.text, written });
}

/**
 * `written` is `name` with other capitals only, no word of it given capitals inside ("InTune") or
 * written all in capitals where the name's has a capital first ("AD" for "Ad"): corrections.
 */
function sameButCapitals(name: string, written: string): boolean {
  if (written === name || written.toLowerCase() !== name.toLowerCase()) return false;
  const words = written.split(' ');
  return name.split(' ').every((w, k) => w === words[k] || (!addsInnerCapitals(w, words[k]) && !(/^[A-Z]/.test(w) && words[k] === words[k].toUpperCase())));
}

/** Words of a phrase {@link recasedBesideKept} reads: two to four, as a name's are. */
const PHRASE_MAX = 4;

/**
 * A phrase of the English with a capital ("Microsoft identity platform", "Exchange Online Plan")
 * that the translation keeps as written in one place and writes with other capitals in another
 * ("Microsoft identity Platform", "Exchange Online plan 2"), where the English writes it one way
 * only: the place kept shows that the translator kept a name, and the other is no longer it.
 * Only a phrase that starts with a name the workspace keeps (`protectedName`): a title's words
 * ("View options", "Hybrid Join") a translator may write either way. Not a first capital that
 * only a sentence's start gives or takes, another joining ("Office-Updates", a German compound),
 * nor capitals added inside a word (a correction: "Azure AD Join" for "Azure Ad Join").
 */
function recasedBesideKept(en: string, tr: string, protectedName: (name: string) => boolean): Damage[] {
  const out: Damage[] = [];
  const words = phraseWords(en);
  const count = words.length / 2;
  // The first capital from the phrase's start on: a phrase holds one if it ends after it.
  let capital = -1;
  for (let i = 0; i < count - 1; i++) {
    const start = words[2 * i];
    if (capital < start) capital = nextCapital(en, start);
    // Most English words have no capital in the three words after them either: no phrase from here has one.
    if (capital >= words[2 * Math.min(count, i + PHRASE_MAX) - 1]) continue;
    const head = en.slice(start, words[2 * i + 1]);
    // Every phrase from here starts with this word: where the translation has it nowhere, it keeps none of them.
    if (tr.indexOf(head) === -1) continue;
    // Asked once for the phrases from here, and only of one the translation keeps.
    let named: boolean | undefined;
    for (let j = Math.min(count, i + PHRASE_MAX); j >= i + 2; j--) {
      const end = words[2 * j - 1];
      // Words with single spaces between, one of them with a capital.
      if (spacesIn(en, start, end) !== j - i - 1 || capital >= end) continue;
      const text = en.slice(start, end);
      if (out.some((d) => d.name === text) || !keeps(tr, text) || !(named ??= protectedName(head))) continue;
      const written = caseChanged(tr, text).filter((o) => !en.includes(o.text) && sameButCapitals(text, o.text) && !(o.text.slice(1) === text.slice(1) && startsSentenceAt(tr, o.start)));
      if (written.length === 0) continue;
      out.push({ name: text, written });
      break;
    }
  }
  return out;
}

/**
 * Where the English's words of a phrase start and end: ASCII letters and digits with inner hyphens
 * ("Sign-On"), as `[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*` matches them, read a character at a time; the
 * start and end of each word in turn, in one list of numbers (no match made for each word).
 */
function phraseWords(en: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < en.length; ) {
    if (!isAsciiAlnum(en.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < en.length && isAsciiAlnum(en.charCodeAt(i))) i++;
      // An inner hyphen, with a letter or digit after it.
      if (en.charCodeAt(i) !== 45 || !isAsciiAlnum(en.charCodeAt(i + 1))) break;
      i++;
    }
    out.push(start, i);
  }
  return out;
}

/** The spaces between `start` and `end`. */
function spacesIn(text: string, start: number, end: number): number {
  let n = 0;
  for (let at = text.indexOf(' ', start); at !== -1 && at < end; at = text.indexOf(' ', at + 1)) n++;
  return n;
}

/** Where the first ASCII capital from `from` on stands; the text's length where there is none. */
function nextCapital(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return i;
  }
  return text.length;
}

/** Letters a name needs for its small-letter spelling to be told from a word of the locale ("pro" is German's "per"). */
const SMALL_NAME_MIN = 4;

/**
 * The endings a language joins to a name without a hyphen: Finnish cases ("Teamsin", "Officen",
 * "Skypessä", "Windowsissa", "Visiota"), after a linking vowel or none.
 */
const NAME_ENDINGS: Readonly<Record<string, RegExp>> = {
  fi: /^[aeiyäö]?(?:n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|a|ä|ta|tä|hin|han|hen|in|iin)$/,
};

/**
 * Where the translation writes the name all in small letters with an ending of its language joined
 * on ("teamsin" for "Teamsin"): the name's letters, which the fix writes with the English's capitals.
 */
function smallWithEnding(tr: string, word: string, locale: string | undefined): Occurrence[] {
  const endings = NAME_ENDINGS[languageOf(locale)];
  if (!endings) return [];
  const small = word.toLowerCase();
  const out: Occurrence[] = [];
  for (let at = tr.indexOf(small); at !== -1; at = tr.indexOf(small, at + small.length)) {
    if (at > 0 && /[\p{L}\d./@_#-]/u.test(tr[at - 1])) continue;
    const ending = /^\p{Ll}+/u.exec(tr.slice(at + small.length, at + small.length + 8))?.[0];
    if (!ending || !endings.test(ending) || /[\p{L}\d@_.-]/u.test(tr[at + small.length + ending.length] ?? ' ')) continue;
    out.push({ text: tr.slice(at, at + small.length), start: at, end: at + small.length });
  }
  return out;
}

/**
 * English phrases of ordinary words that hold a product's name as one of them: Outlook's "Out of
 * Office" replies (automatic replies, which every locale words its own way) are no "Office".
 */
const PHRASES_OF_WORDS = /\bout[- ]of[- ]office\b/gi;

/** The run stands inside one of {@link PHRASES_OF_WORDS} of the English (plain text). */
function inPhraseOfWords(en: string, run: NameRun): boolean {
  if (!/office/i.test(run.text)) return false;
  for (const m of en.matchAll(PHRASES_OF_WORDS)) if (m.index <= run.start && run.end <= m.index + m[0].length) return true;
  return false;
}

/** Words a run of names the workspace keeps may have, for {@link recasedInside}. */
const INNER_RUN_MAX = 4;

/**
 * A run of names the workspace keeps ("Microsoft Defender", "Azure AD") inside a longer run of
 * capitals that it does not ("Example Microsoft Defender", "Azure AD Device Cleanup Script"),
 * written with other capitals ("microsoft defender", "AZURE AD"), as {@link recasedInRun} reads them.
 */
function recasedInside(s: SegmentCheck, run: NameRun, en: string, tr: string, keys: boolean, explicit: ReadonlySet<string>): Damage[] {
  const out: Damage[] = [];
  const words = run.words;
  for (let i = 0; i < words.length - 1; i++) {
    for (let j = Math.min(words.length, i + INNER_RUN_MAX); j >= i + 2; j--) {
      if (i === 0 && j === words.length) continue;
      const inner = words.slice(i, j);
      const text = inner.map((w) => w.text).join(' ');
      if (!s.learned.protectedPhrase(text, s.locale)) continue;
      const damage = recasedInRun({ words: inner, text, start: inner[0].start, end: inner[inner.length - 1].end, initial: i === 0 && run.initial }, en, tr, keys, explicit);
      if (!damage) continue;
      out.push(damage);
      i = j - 1;
      break;
    }
  }
  return out;
}

/**
 * A code-like name ("msDS-ConsistencyGuid", "WebClient") that every other locale keeps as written
 * nearly always, where it stands (alone, or inside runs of names): lost here, it is lost, however
 * often this locale's machine translation loses it. An acronym of a name ("ADAL", "SAML") too,
 * but only in a locale that keeps acronyms as a rule: many locales spell some out in their own
 * words ("DLP" in Italian, "API" in Finnish) where every other locale keeps them.
 */
function keptByEveryOtherLocale(s: SegmentCheck, run: NameRun, word: string): boolean {
  if (!isCodeLike(word) && !(s.learned.acronymOfName(word) && s.learned.keepsAcronyms(s.locale))) return false;
  return s.learned.keptByEveryOtherLocale(run.words.length > 1 ? KeyKind.InRun : KeyKind.Single, word, s.locale);
}

/**
 * A name that ends in a small letter with a locale's ending joined to it in capitals ("TeamsIn",
 * "MicrosoftIn" for Finnish "Teamsin"): the name no longer reads as itself. An ending of one to
 * three letters, a word the English does not have; not one that a hyphen joins on ("eDiscoveryIn-Place"
 * is two words run together).
 */
function capitalEnding(tr: string, en: string, word: string): Occurrence[] {
  const last = word.charCodeAt(word.length - 1);
  if (!isSmallAscii(last)) return [];
  // Found by `indexOf` and the boundaries read in place (no expression built per word): the places, in the order, of
  // `(?<![A-Za-z0-9])word[A-Z][a-z]{0,2}(?![A-Za-z0-9-])` matched from left to right.
  const out: Occurrence[] = [];
  for (let at = tr.indexOf(word); at !== -1; ) {
    const end = endingAfter(tr, at, word.length);
    if (end === -1) {
      at = tr.indexOf(word, at + 1);
      continue;
    }
    const text = tr.slice(at, end);
    if (!en.includes(text)) out.push({ text, start: at, end });
    at = tr.indexOf(word, end);
  }
  return out;
}

/** Where a capital ending joined to the word at `at` ends ({@link capitalEnding}), or -1 when none is there. */
function endingAfter(tr: string, at: number, length: number): number {
  if (at > 0 && isAsciiAlnum(tr.charCodeAt(at - 1))) return -1;
  let i = at + length;
  const c = tr.charCodeAt(i);
  if (!(c >= 65 && c <= 90)) return -1;
  i++;
  for (let k = 0; k < 2 && i < tr.length && isSmallAscii(tr.charCodeAt(i)); k++) i++;
  // Fewer small letters cannot do: the one left would be a letter after the ending.
  const next = tr.charCodeAt(i);
  return isAsciiAlnum(next) || next === 45 ? -1 : i;
}

function isSmallAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Where the translation writes an acronym with other capitals ("gdpr", "Gdpr"), or its plural
 * without the s ("Gif" for "GIFs"): a whole word that the English does not write so as a word of
 * its own ("cu" is no "CU" where the English says "currently" too), and not a word the locale
 * elides ("po'" in Italian, for "PO").
 */
function acronymVariants(tr: string, en: string, word: string, nativeWord: (word: string) => boolean): Occurrence[] {
  const found = caseChanged(tr, word);
  const singular = /[A-Z]s$/.test(word) ? word.slice(0, -1) : undefined;
  if (singular) found.push(...caseChanged(tr, singular));
  // Most acronyms the translation writes nowhere with other capitals: nothing to filter, and the counts below are not made.
  if (found.length === 0) return found;
  const stem = singular ?? word;
  // Two letters spell a word of many locales ("ad" in Italian): one the English has too, even inside a word ("add"), is taken for
  // that word, and one it has not only where this locale has no word so spelled. Where the translation keeps the acronym in
  // capitals as often as the English writes it, such a word of the locale is one more word, not the acronym ("federato ad Azure AD").
  const short = stem.length < 3;
  const allKept = short && timesAsToken(tr, word) >= timesAsToken(en, word);
  return found
    .filter(
      (o) =>
        (short ? (!en.includes(o.text) && !(allKept && nativeWord(o.text))) || (timesAsToken(en, o.text) === 0 && !nativeWord(o.text)) : timesAsToken(en, o.text) === 0) &&
        !/^['’]/.test(tr.slice(o.end)) &&
        // Not the start of a word of the locale whose letters are not ASCII ("Notă"), nor the locale's ending joined to the acronym ("URI-uri").
        !/\p{L}/u.test(tr[o.end] ?? '') &&
        tr.slice(Math.max(0, o.start - stem.length - 1), o.start) !== `${stem}-`,
    )
    .sort((a, b) => a.start - b.start);
}

/**
 * Keys whose names the English writes in capitals ("CTRL", "SHIFT", "DEL") and a locale with a
 * capital only at the start ("Ctrl", "Shift"), as keyboards label them: not an acronym re-cased.
 */
const KEY_NAMES = new Set('ALT CTRL DEL DELETE END ENTER ESC HOME INS PGDN PGUP SHIFT TAB'.split(' '));

/** An acronym written with other capitals, each place fixed to the acronym (or, where its plural's s was dropped, to the singular). */
function acronymDamage(word: string, written: readonly Occurrence[]): Damage {
  return { name: word, written, fixes: written.map((o) => (o.text.length === word.length ? word : word.slice(0, -1))) };
}

/** Small English words that a run of capitals may hold as a sentence's words ("In OneNote 2016"), not the name's. */
const SMALL_WORDS = new Set('a an and as at by for from in into of on or the to via with'.split(' '));

/**
 * A run of names the translation keeps whole, in its place, but with one of its words in other
 * capitals ("Microsoft 365 Business standard", "Exchange Online plan 1"), where the workspace's
 * translations keep the run as a name (so that it is one, not a title in capitals): the words
 * around it show that the translator kept the name, and a name keeps its capitals. Not a capital of the
 * sentence (the run's first word where the sentence starts), a small word of the sentence, or
 * capitals added inside a word (a translator's correction: "PowerShell" for "Powershell").
 */
function recasedInRun(run: NameRun, en: string, tr: string, keys: boolean, explicit: ReadonlySet<string>): Damage | undefined {
  if (keys || explicit.has(run.text) || run.words.filter((w) => /[A-Za-z]/.test(w.text)).length < 2 || keeps(tr, run.text)) return undefined;
  const written = otherCapitals(tr, en, run.text, keys).filter((o) => {
    // Words and what stands between them: [word, separator, word, …].
    const parts = o.text.split(/([\s-]+)/);
    const words = parts.filter((_, k) => k % 2 === 0);
    if (words.length !== run.words.length) return false;
    const changed = run.words.map((w, i) => (words[i] === w.text ? -1 : i)).filter((i) => i >= 0);
    return (
      changed.length > 0 &&
      changed.every((i) => {
        const name = run.words[i].text;
        const variant = words[i];
        if (SMALL_WORDS.has(name.toLowerCase())) return false;
        if (i === 0 && (run.initial || startsSentenceAt(tr, o.start)) && variant.slice(1) === name.slice(1)) return false;
        // A compound the locale forms with a hyphen writes its later parts small ("Apple MDM-push-varmenne").
        if (i > 0 && parts[2 * i - 1].includes('-') && variant === name.toLowerCase()) return false;
        return !addsInnerCapitals(name, variant) && !standardSpelling(name, variant);
      })
    );
  });
  return written.length ? { name: run.text, written } : undefined;
}

/** Words of letters a run needs for {@link oneWordLowered}: two capitalized words can be a title a translator writes the locale's way ("Azure portal"). */
const LONG_RUN = 3;

/**
 * A run of three or more names that the translation keeps whole, in its order, but for one word
 * whose first capital it lowered ("client Connectivity Analyzer", "Exchange Online exchange Transport
 * Rules"): the other words show that the translator kept the name, and the name lost a capital.
 * The first word, unless a sentence starts there on either side or it is an English word the
 * locale translates (a title's verb: "renew Apple MDM"); a later word only when it is a name
 * that stays by itself (a title in capitals has ordinary words: "Private Preview").
 */
function oneWordLowered(
  run: NameRun,
  en: string,
  tr: string,
  keys: boolean,
  explicit: ReadonlySet<string>,
  translatedWord: (word: string) => boolean,
  protectedName: (name: string) => boolean,
): Damage | undefined {
  if (keys || run.initial || explicit.has(run.text) || run.words.filter((w) => /^[A-Za-z]/.test(w.text)).length < LONG_RUN || keeps(tr, run.text)) return undefined;
  const written = otherCapitals(tr, en, run.text, keys).filter((o) => {
    const words = o.text.split(/[\s-]+/);
    if (words.length !== run.words.length) return false;
    const changed = run.words.filter((w, i) => words[i] !== w.text);
    if (changed.length !== 1) return false;
    const name = changed[0].text;
    const variant = words[run.words.indexOf(changed[0])];
    if (SMALL_WORDS.has(name.toLowerCase()) || !/^[A-Z][a-z]/.test(name)) return false;
    if (variant !== name[0].toLowerCase() + name.slice(1)) return false;
    // A later word is an ordinary word of an English title as often ("Private Preview", "Search schema"), unless it is a name that stays.
    if (changed[0] !== run.words[0]) return protectedName(name);
    // The first word, in small letters, may be an English title's verb left as it was ("renew Apple MDM push certificate").
    return !startsSentenceAt(tr, o.start) && !translatedWord(variant);
  });
  return written.length ? { name: run.text, written } : undefined;
}

/** Capitals the English word has not, inside it ("InTune", "MyApps"): as often a correction as a mistake. */
function addsInnerCapitals(name: string, variant: string): boolean {
  for (let i = 1; i < name.length; i++) if (variant[i] !== name[i] && variant[i] === name[i].toUpperCase() && variant !== variant.toUpperCase()) return true;
  return false;
}

/** Nothing but spaces, quotes and brackets before `at` back to the text's start or a sentence's end. */
function startsSentenceAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).replace(/[\s"'“‘„«(\[（「]+$/u, '');
  return before === '' || /[.!?:。！？：]$/u.test(before);
}

/** `key=value` (`CN=`, `DNS=`, `MembershipGroupId=0`): an assignment without spaces, as a command or a URL writes it. */
const ASSIGNMENT = /(?<![\w.-])([A-Za-z][\w.-]*)=(?=[^\s=])/g;

/**
 * The English's `key=value` written with spaces around the `=` ("CN = FQDN", "membershipgroupid = 0"):
 * a certificate field, a query parameter or a switch that no longer reads as one.
 */
function spacedAssignments(en: string, tr: string): Damage[] {
  const out: Damage[] = [];
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(en); m; m = ASSIGNMENT.exec(en)) {
    const key = m[1];
    if (tr.includes(`${key}=`) || out.some((d) => d.name === `${key}=`)) continue;
    const spaced = new RegExp(`(?<![\\w.-])${escapeRegExp(key)}(?: += *| *= +)(?=\\S)`, 'g');
    const written = [...tr.matchAll(spaced)].map((x) => ({ text: x[0], start: x.index, end: x.index + x[0].length }));
    if (written.length) out.push({ name: `${key}=`, written, spaced: 'assignment' });
  }
  return out;
}

/** A file extension standing as a word of its own (".CSV", ".pst", "(.nk2)"), not the end of a sentence or of a domain. */
const EXTENSION = /(?<=^|[\s(])\.([A-Za-z][A-Za-z0-9]{1,4})(?![\w.])/g;
/** A dot where {@link EXTENSION} can match: at the start, or after white space or `(`, with an ASCII letter after it. */
function mayHoldExtension(en: string): boolean {
  for (let at = en.indexOf('.'); at !== -1; at = en.indexOf('.', at + 1)) {
    const c = en.charCodeAt(at + 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    if (at === 0 || en[at - 1] === '(' || /\s/.test(en[at - 1])) return true;
  }
  return false;
}

/** A drive's path ("C:\", "PS C:\>"). */
const DRIVE = /(?<![\w:])([A-Z]):\\/g;

/**
 * A file extension or a drive's path of the English that the translation splits with a space
 * after its dot or its colon (". CSV", "fișiere. pst", "C: \>"): a name that no longer reads as
 * one, which machine translation writes as if a sentence ended there.
 */
function splitPaths(en: string, tr: string): Damage[] {
  const out: Damage[] = [];
  const add = (name: string, pattern: RegExp) => {
    if (out.some((d) => d.name === name)) return;
    const written = [...tr.matchAll(pattern)].map((x) => ({ text: x[0], start: x.index, end: x.index + x[0].length }));
    // The space goes back before the dot where a word or a colon ran into it ("eine. pst" → "eine .pst"), not after a bracket ("(. CSV)").
    const fixes = written.map((o) => (/^[^\s(\[{"'“„«「]$/u.test(tr[o.start - 1] ?? ' ') ? ` ${name}` : name));
    if (written.length) out.push({ name, written, spaced: 'split', fixes });
  };
  // Most sentences have no dot after a space with a letter after it: the expression, which looks behind at every place, is not run.
  EXTENSION.lastIndex = 0;
  for (let m = mayHoldExtension(en) ? EXTENSION.exec(en) : null; m; m = EXTENSION.exec(en)) {
    const ext = m[1];
    if (en.includes(`. ${ext}`)) continue;
    add(`.${ext}`, new RegExp(`(?<![.\\s])\\. +${ext}(?![\\w])`, 'g'));
  }
  DRIVE.lastIndex = 0;
  // Nor, without a colon and a backslash, the one that finds a drive.
  for (let m = en.includes(':\\') ? DRIVE.exec(en) : null; m; m = DRIVE.exec(en)) add(`${m[1]}:\\`, new RegExp(`(?<![\\w:])${m[1]}: +\\\\`, 'g'));
  return out;
}

/**
 * A name in small letters with a dot inside: a file ("services.msc", "people.aspx"), a host
 * ("aka.ms", "contoso.sharepoint.com") or a host's tail after a placeholder (".sharepoint.com").
 * Every part two characters or more, each after a dot starting with a letter: not "e.g.", a
 * version ("v1.0") or a number; a part with a capital ("Node.js", "Contoso.com") makes it none.
 */
const DOTTED_NAME = /(?<![\w.-])(?:[a-z0-9][a-z0-9_-]+)?(?:\.[a-z][a-z0-9_-]+)+(?![\w-]|\.\w)/g;

/**
 * The English's dotted names in small letters that the translation writes broken at a dot or
 * with capitals ("Services. msc", "contoso . sharepoint.com", "aka.MS"): machine translation reads
 * the dot as a sentence's end and a part as a word. A file or host name is typed as written. Read
 * on the prose, where bold and escapes still stand between the parts ("services.**msc**" is not broken).
 */
function brokenDottedNames(en: string, tr: string): Damage[] {
  const out: Damage[] = [];
  // Most sentences have a dot only at their end: no name to read.
  if (!/[a-z0-9]\.[a-z]/.test(en)) return out;
  DOTTED_NAME.lastIndex = 0;
  for (let m = DOTTED_NAME.exec(en); m; m = DOTTED_NAME.exec(en)) {
    const name = m[0];
    // A lone extension (".pst") is {@link splitPaths}'s.
    if (out.some((d) => d.name === name) || (name.startsWith('.') && name.split('.').length < 3)) continue;
    const written = [...tr.matchAll(dottedPattern(name))]
      .map((x) => ({ text: x[0], start: x.index, end: x.index + x[0].length }))
      .filter((o) => o.text !== name && !en.includes(o.text) && !capitalizedOnly(name, o.text));
    if (written.length) out.push({ name, written, spaced: 'dotted' });
  }
  return out;
}

/**
 * The name whole, with only its first letter a capital ("Office.com", "Gmail.com"): the way a
 * product's name or a sentence's start writes it as often as machine translation's.
 */
function capitalizedOnly(name: string, written: string): boolean {
  return written.length === name.length && written.slice(1) === name.slice(1);
}

/** The dotted name in any capitals, with spaces allowed around its dots. */
function dottedPattern(name: string): RegExp {
  const parts = name.split('.').map(escapeRegExp);
  const body = parts[0] === '' ? `(?<![.])\\.\\s*${parts.slice(1).join('\\s*\\.\\s*')}` : `(?<![\\w.-])${parts.join('\\s*\\.\\s*')}`;
  return new RegExp(`${body}(?![\\w-])`, 'gi');
}

/**
 * Where the translation writes a name of the run with other capitals (`written`), when the run
 * starts the sentence with a word that is no name ("An Intune", "Use SaRA") and the workspace
 * translates it only as that word is the sentence's: without it, the name is no run the
 * workspace translates ("Ein InTune-Supporttechniker" for "An Intune support engineer"). Not a
 * capital that only starts the translation's sentence ("MacOS:" for "On macOS,").
 */
function recasedAfterFirstWord(s: SegmentCheck, run: NameRun, tr: string, written: readonly Occurrence[]): Occurrence[] {
  if (written.length === 0 || !run.initial || s.learned.protectedName(run.words[0].text, s.locale)) return [];
  if (run.words.length > 2 && s.learned.translatedPhrase(run.words.slice(1).map((w) => w.text).join(' '))) return [];
  return written.filter((o) => !startsSentenceAt(tr, o.start));
}

/**
 * A name whose first word, a name that stays, is kept while the words after it are translated
 * ("Power Automate" → "Power automatisieren", "Visio Plan 1" → "Visio Abo 1"): a run other
 * locales keep whole, of which this translation keeps none of the words past the first.
 */
function partlyTranslated(s: SegmentCheck, run: NameRun, tr: string, explicit: ReadonlySet<string>): Damage | undefined {
  if (run.words.length < 2 || explicit.has(run.text)) return undefined;
  // Asked first: without it nothing below matters, and a run other locales keep is rare.
  if (!s.learned.keptByOtherLocales(run.text, s.locale) || keeps(tr, run.text)) return undefined;
  const [head, ...rest] = run.words;
  const words = rest.filter((w) => !isNumber(w.text));
  if (words.length === 0 || !keeps(tr, head.text)) return undefined;
  if (words.some((w) => keeps(tr, w.text) || s.learned.protectedName(w.text, s.locale))) return undefined;
  // The locale's way of naming it: the kept name joined by " -" to a word of its own ("Microsoft 365 -sovellukset").
  const kept = run.words.slice(0, run.words.findIndex((w, i) => i > 0 && !isNumber(w.text))).map((w) => w.text).join(' ');
  for (let at = tr.indexOf(`${kept} -`); at !== -1; at = tr.indexOf(`${kept} -`, at + 1)) if (/\p{Ll}/u.test(tr[at + kept.length + 2] ?? '')) return undefined;
  return { name: run.text, written: [] };
}

/**
 * A spelling of a name with inner capitals that is a usual one, not machine translation's
 * ("Mastercard" for "MasterCard", "IDP" for "IdP"): the first letter as written, the inner
 * capitals lowered, or every letter a capital.
 */
function standardSpelling(name: string, written: string): boolean {
  if (!/[a-z][A-Z]/.test(name)) return false;
  if (written === written.toUpperCase()) return true;
  return written[0] === name[0] && written.slice(1) === written.slice(1).toLowerCase();
}

/** Key combinations ("Ctrl+Alt+Delete", "Windows logo key + P"): key names in capitals are the translation's convention. */
function keyCombination(english: string): boolean {
  return /\+\s*[A-Za-z0-9]|\bkey\b/i.test(english);
}

/** Where the translation writes the name with other capitals and the English does not (all capitals allowed for keys). */
function otherCapitals(tr: string, en: string, name: string, keys: boolean): Occurrence[] {
  return caseChanged(tr, name).filter((o) => !en.includes(o.text) && !(keys && o.text === o.text.toUpperCase()));
}

/**
 * The English spells the acronym out too ("single sign-on (SSO)"), so the translation may give only that:
 * words in a row, those that start with an ASCII letter, start with its letters. Read as the string of
 * those words' first letters in capitals, which then holds the acronym's (no list of words for each place).
 */
function spelledOut(acronym: string, en: string): boolean {
  const letters = acronym.replace(/s$/, '');
  let initials = '';
  for (const w of en.split(/[\s-]+/)) {
    const c = w.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) initials += w[0].toUpperCase();
  }
  return initials.includes(letters);
}

/** The words of the run on each side of word `i` that are names (not numbers); undefined when neither is. */
function namedNeighbours(run: NameRun, i: number, isName: (k: number) => boolean): { previous?: string; next?: string } | undefined {
  const near = (k: number) => {
    const w = run.words[k];
    return w && !isNumber(w.text) && isName(k) ? w.text : undefined;
  };
  const previous = near(i - 1);
  const next = near(i + 1);
  return previous || next ? { previous, next } : undefined;
}

/**
 * The small-letter word stands where the English has it among the other words of its run,
 * which the translation kept: right before the next one, or right after the previous one
 * (`neighbours`, from {@link namedNeighbours}).
 */
function adjacentToKept(tr: string, written: readonly Occurrence[], { previous, next }: { previous?: string; next?: string }): boolean {
  return written.some((o) => {
    const after = tr.slice(o.end, o.end + 40).trimStart();
    const before = tr.slice(Math.max(0, o.start - 40), o.start).trimEnd();
    return (!!next && after.startsWith(next)) || (!!previous && before.endsWith(previous));
  });
}

/** The translation writes the name with other capitals somewhere the English does not. */
function hasOtherCapitals(tr: string, en: string, name: string, keys: boolean): boolean {
  return otherCapitals(tr, en, name, keys).length > 0;
}

/** A number or version ({@link DIGITS}, {@link VERSION}): both start with a digit, which most words of a run do not. */
function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57 && (DIGITS.test(word) || VERSION.test(word));
}

/** Names joined by slashes in the English ("S/MIME", "TCP/IP"). */
const SLASH_JOINED = /(?<![\w/.-])[\w-]+(?:\/[\w-]+)+(?![\w/-])/g;

/**
 * The English's slash-joined name that holds a lost name of one or two letters as one of its parts
 * ("S/MIME" for "S", which the translation wrote "t/MIME"), for the message to name what the reader
 * sees; the name itself where it is longer ("iPadOS" of "iOS/iPadOS" says more than the whole), where
 * the English has no such name, or where the translation keeps it whole.
 */
function slashJoinedName(s: SegmentCheck, name: string): string {
  if (name.length > 2 || !s.en.text.includes('/')) return name;
  for (const m of s.en.text.matchAll(SLASH_JOINED)) {
    if (m[0].split('/').includes(name) && !s.tr.text.includes(m[0])) return m[0];
  }
  return name;
}

function report(s: SegmentCheck, damage: readonly Damage[]): void {
  const { l10n } = s;
  const names = withoutInner([...new Map(damage.map((d) => [d.name, d])).values()]);
  const recased = names.filter((d) => d.written.length > 0 && !d.spaced);
  const spaced = names.filter((d) => d.spaced === 'assignment');
  const split = names.filter((d) => d.spaced === 'split');
  const broken = names.filter((d) => d.spaced === 'dotted');
  const digits = names.filter((d) => d.spaced === 'digits');
  const joined = names.filter((d) => d.spaced === 'joined');
  const slips = names.filter((d) => d.spaced === 'slip');
  const commas = names.filter((d) => d.spaced === 'comma');
  const reorders = names.filter((d) => d.spaced === 'reordered');
  const lost = names.filter((d) => d.written.length === 0);
  const parts: string[] = [];
  // The names of a kind and how the translation writes them, for its part of the message.
  const listed = (kind: readonly Damage[], trim = false) => ({
    names: listOf(kind.map((d) => `"${d.name}"`), l10n),
    written: listOf(kind.flatMap((d) => [...new Set(d.written.map((o) => `"${trim ? o.text.trim() : o.text}"`))]), l10n),
  });
  if (spaced.length) parts.push(l10n.t('{names} written with spaces around "=" ({written})', listed(spaced, true)));
  if (split.length) parts.push(l10n.t('{names} split by a space ({written})', listed(split)));
  // One part per name: each says how that name is written ("services.msc" written "Services. msc").
  for (const d of broken) {
    parts.push(l10n.t('{name} written {written}', { name: `"${d.name}"`, written: listOf([...new Set(d.written.map((o) => `"${o.text}"`))], l10n) }));
  }
  if (slips.length) parts.push(l10n.t('{names} misspelled with a digit ({written})', listed(slips)));
  if (joined.length) parts.push(l10n.t('{names} written without the space before the switch ({written})', listed(joined)));
  if (digits.length) parts.push(l10n.t('{names} written with native digits ({written})', listed(digits)));
  if (commas.length) parts.push(l10n.t('{names} written with commas in place of dots ({written})', listed(commas)));
  if (reorders.length) parts.push(l10n.t('{names} written with its words in another order ({written})', listed(reorders)));
  if (recased.length) parts.push(l10n.t('{names} written with other capitals ({written})', listed(recased)));
  if (lost.length) parts.push(l10n.t('{names} translated or lost', { names: listOf([...new Set(lost.map((d) => `"${slashJoinedName(s, d.name)}"`))], l10n) }));
  const message = l10n.t('Names that stay as written in English: {what}.', { what: parts.join('; ') });
  const rewritten = [...spaced, ...split, ...broken, ...slips, ...joined, ...digits, ...commas, ...reorders, ...recased];
  const first = rewritten[0]?.written[0];
  const range = first ? { start: s.tr.base + first.start, end: s.tr.base + first.end } : translationRange(s);
  const edits: TextEditData[] = rewritten.flatMap((d) => d.written.map((o, k) => ({ start: s.tr.base + o.start, end: s.tr.base + o.end, newText: d.fixes?.[k] ?? d.name })));
  s.report({
    message,
    ...range,
    ...(edits.length && lost.length === 0 ? { fix: { title: l10n.t('Write {names} as in the English', { names: listOf(rewritten.map((d) => `"${d.name}"`), l10n) }), edits: dedupe(edits) } } : {}),
  });
}

/**
 * The damage less a name whose every rewritten place lies inside another's longer one ("microsoft"
 * inside "microsoft 365", found by the word and by its run): each place is told once, as the longer.
 */
function withoutInner(damage: readonly Damage[]): Damage[] {
  const inside = (o: Occurrence, d: Damage) => damage.some((e) => e !== d && e.written.some((p) => p.start <= o.start && o.end <= p.end && p.end - p.start > o.end - o.start));
  return damage.filter((d) => d.written.length === 0 || !d.written.every((o) => inside(o, d)));
}

/** Edits at distinct places, in order (a name and a run holding it may both have found one). */
function dedupe(edits: readonly TextEditData[]): TextEditData[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextEditData[] = [];
  for (const e of sorted) if (!out.length || e.start >= out[out.length - 1].end) out.push(e);
  return out;
}

