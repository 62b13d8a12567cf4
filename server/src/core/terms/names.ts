/**
 * The names an English sentence holds, as the protected-term checks read them: runs of
 * capitalized or code-like words ("Microsoft Teams", "Azure AD Connect", "Windows 8.1") and
 * the single words of each run.
 */

import type { InlineText } from '../inline/inlineText';
import { plainText } from './plainText';
import { RecentMemo } from '../util/recentMemo';
import { isAsciiAlnum } from '../inline/chars';

export interface NameWord {
  readonly text: string;
  /** Offset in the text it was read from. */
  readonly start: number;
  readonly end: number;
}

export interface NameRun {
  readonly words: readonly NameWord[];
  /** The run as written, single spaces between its words. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The run starts the sentence (a capital there may be only the sentence's). */
  readonly initial: boolean;
}

const HAS_LETTER = /[A-Za-z]/;
const DIGITS = /^\d+$/;
const VERSION = /^\d+(?:\.\d+)+$/;

/** Capitalized, or with a capital inside ("iOS", "OneDrive"), or letters and digits ("x64", "A1"). */
export function isNameLike(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  for (let i = 1; i < word.length; i++) {
    const d = word.charCodeAt(i);
    if (d >= 65 && d <= 90) return true;
  }
  return /\d/.test(word) && HAS_LETTER.test(word);
}

/**
 * Code-like: a name no translation should touch even when the workspace has never seen it: a
 * cmdlet (`Remove-MsolContact`), a word with a capital after a small letter (`MsolContact`,
 * `AllowGiphy`, `iOS`), letters with digits (`x64`, `v1.0`), a dotted or underscored
 * identifier (`smtp.office365.com`, `login_hint`).
 */
export function isCodeLike(word: string): boolean {
  if (!mayBeCode(word)) return false;
  if (isCmdlet(word)) return true;
  if (/[a-z][A-Z]/.test(word)) return true;
  if (/[_]/.test(word) && HAS_LETTER.test(word)) return true;
  if (/[A-Za-z]\.[A-Za-z]/.test(word) && !/^[A-Z]\.[A-Z]/.test(word)) return true;
  return /\d/.test(word) && HAS_LETTER.test(word) && !numberWithUnit(word);
}

/**
 * The word holds what every test of {@link isCodeLike} and {@link isStrictCode} needs: a
 * hyphen (a cmdlet), an underscore, a dot, a digit, or a capital after a small letter. Most
 * names hold none ("Microsoft", "Teams"), and one look at their characters then answers both
 * without their expressions (the checks ask about every word of every run of names).
 */
function mayBeCode(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 46 || c === 95 || (c >= 48 && c <= 57)) return true;
    if (i > 0 && isCapital(c)) {
      const before = word.charCodeAt(i - 1);
      if (before >= 97 && before <= 122) return true;
    }
  }
  return false;
}

/** PowerShell's approved verbs, which start a cmdlet's name (`Get-Mailbox`). */
const CMDLET_VERBS = new Set(
  'Add Approve Assert Backup Block Checkpoint Clear Close Compare Complete Compress Confirm Connect Convert ConvertFrom ConvertTo Copy Debug Deny Disable Disconnect Dismount Edit Enable Enter Exit Expand Export Find Format Get Grant Group Hide Import Initialize Install Invoke Join Limit Lock Measure Merge Mount Move New Open Optimize Out Ping Pop Protect Publish Push Read Receive Redo Register Remove Rename Repair Request Reset Resize Resolve Restart Restore Resume Revoke Save Search Select Send Set Show Skip Split Start Step Stop Submit Suspend Switch Sync Test Trace Unblock Undo Uninstall Unlock Unprotect Unpublish Unregister Update Use Wait Watch Write'.split(' '),
);

/** A cmdlet: an approved verb, a hyphen and a noun with a capital (`Remove-MsolContact`, `Set-SPOTenant`). */
export function isCmdlet(word: string): boolean {
  const dash = word.indexOf('-');
  return dash > 0 && CMDLET_VERBS.has(word.slice(0, dash)) && /^[A-Z]/.test(word.slice(dash + 1));
}

/**
 * Code, as opposed to a product's name with inner capitals: a cmdlet, letters with digits
 * (`v1.0`, `x64`, `0x15`), a dotted or underscored identifier. No locale writes these otherwise.
 */
export function isStrictCode(word: string): boolean {
  if (!mayBeCode(word)) return false;
  // A cmdlet whose noun has a capital inside (`Remove-MsolContact`), not "Read-Only".
  if (isCmdlet(word) && /[a-z][A-Z]|[A-Z]{2}/.test(word.slice(word.indexOf('-') + 1))) return true;
  if (/_/.test(word) && HAS_LETTER.test(word)) return true;
  if (/[A-Za-z]\.[A-Za-z]/.test(word) && !/^[A-Z]\.[A-Z]/.test(word)) return true;
  if (!/\d/.test(word) || !HAS_LETTER.test(word)) return false;
  // Not a number with its unit, a list number run into a word ("3.Update"), a grade ("A1"), nor a name and its number ("COVID-19").
  if (numberWithUnit(word) || /^[A-Za-z]+-\d+$/.test(word)) return false;
  return !/^\d+\.[A-Za-z]/.test(word) && !/^[A-Z]\d$/.test(word);
}

/**
 * A number with its unit or an ordinal ending ("100K", "5GB", "30s", "2nd"), also joined by a
 * hyphen ("30-day", "32-bit", "2.5-inch"), and a video's lines or frame rate ("1080p", "30fps"):
 * measures, which a locale writes its own way ("30 fps", "2,5 Zoll", "360 Pixel"), not code.
 */
function numberWithUnit(word: string): boolean {
  return /^\d+(?:[.,]\d+)?(?:-[a-z]+)+$/.test(word) || /^\d+(?:[.,]\d+)?(?:st|nd|rd|th|s|[KMGT]B?|[KMGT]?Hz|[kMG]bps|px|pt|ms|min|h|x|bit|dpi|fps|p|i|in|cm|mm)$/i.test(word);
}

/** All capitals (and an `s`): an acronym such as "ADAL" or "ISVs". */
export function isAcronym(word: string): boolean {
  // Most words asked about are capitalized names ("Microsoft"): a small second letter answers without the expression.
  return isCapital(word.charCodeAt(0)) && isCapital(word.charCodeAt(1)) && /^[A-Z]{2,}s?$/.test(word);
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * The runs of name-like words of a plain text, in order. A number or version continues a
 * run ("Windows 10", "Windows 8.1") but does not start one; words of a run are separated by
 * one space. Words are ASCII letters and digits with the joiners `-` `.` `'` `’` `_` between them,
 * read a character at a time in one pass that also tells what each word is made of (so a word
 * is read once); only those of a run are taken out of the text (most words of a sentence are
 * in small letters).
 */
export function nameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  let words: NameWord[] | undefined;
  let previousEnd = -1;
  const n = text.length;
  for (let i = 0; i < n; ) {
    // Every word of a run holds a capital or a digit: the words before the next one are skipped unread (they only end a run,
    // which the next word, not right after the last one, ends too).
    CAPITAL_OR_DIGIT.lastIndex = i;
    if (!CAPITAL_OR_DIGIT.test(text)) break;
    let start = CAPITAL_OR_DIGIT.lastIndex - 1;
    while (start > i && wordGoesBackTo(text, start)) start--;
    i = start;
    let c = text.charCodeAt(i);
    // What the word holds: capitals, small letters, digits, and joiners other than `.` (a version has only dots).
    let upper = false;
    let lower = false;
    let digit = false;
    let otherJoiner = false;
    for (;;) {
      if (c >= 97) lower = true;
      else if (c >= 65) upper = true;
      else digit = true;
      i++;
      if (i >= n) break;
      c = text.charCodeAt(i);
      if (isAsciiAlnum(c)) continue;
      if (i + 1 < n && isJoiner(c) && isAsciiAlnum(text.charCodeAt(i + 1))) {
        if (c !== 46) otherJoiner = true;
        i++;
        c = text.charCodeAt(i);
        continue;
      }
      break;
    }
    const end = i;
    const continues = words !== undefined && start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
    // Name-like: a capital, or letters with digits; a number or version ({@link DIGITS}, {@link VERSION}) only continues a run.
    const nameLike = upper || (digit && lower) || (continues && !lower && !otherJoiner);
    if (!nameLike) {
      if (words) runs.push(runOf(text, words));
      words = undefined;
      continue;
    }
    const word = { text: text.slice(start, end), start, end };
    if (continues) words!.push(word);
    else {
      if (words) runs.push(runOf(text, words));
      words = [word];
    }
    previousEnd = end;
  }
  if (words) runs.push(runOf(text, words));
  return runs;
}

function runOf(text: string, words: NameWord[]): NameRun {
  const first = words[0];
  const last = words[words.length - 1];
  let joined = first.text;
  for (let k = 1; k < words.length; k++) joined += ` ${words[k].text}`;
  return { words, text: joined, start: first.start, end: last.end, initial: startsSentence(text, first.start) };
}

const CAPITAL_OR_DIGIT = /[A-Z0-9]/g;

/**
 * The word that holds the character at `at` (a letter or digit) also holds the one before it:
 * a letter or digit, or a joiner with one before it.
 */
function wordGoesBackTo(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (isAsciiAlnum(c)) return true;
  return at >= 2 && isJoiner(c) && isAsciiAlnum(text.charCodeAt(at - 2));
}

/** The joiners inside a word: `-` `.` `'` `’` `_`. */
function isJoiner(c: number): boolean {
  return c === 45 || c === 46 || c === 39 || c === 0x2019 || c === 95;
}

/** Characters between a sentence's end and its first word: space, opening quotes and brackets. */
const OPENING = /[\s"'“‘(]/;

/**
 * Whether a word at `start` starts the sentence: nothing before it in the 40 characters before
 * but spaces, quotes and brackets, or a sentence's or label's end (`.` `!` `?` `:`) before those.
 */
function startsSentence(text: string, start: number): boolean {
  const from = Math.max(0, start - 40);
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 34 || c === 39 || c === 40 || (c >= 9 && c <= 13) || (c >= 128 && OPENING.test(text[i]))) continue;
    return c === 46 || c === 33 || c === 63 || c === 58;
  }
  return true;
}

/**
 * The name runs of a side's plain text, read once for all the rules (and links and bolds) that
 * ask. Read afresh, not through the memo of texts read lately ({@link rememberedNameRuns}): each
 * text put in it cost the checks more (in the garbage collector's work on what it keeps) than
 * reading the runs again, and a one-thread check of the corpus, where four texts in five are
 * found there, was no faster with it.
 */
export function nameRunsOf(side: InlineText): readonly NameRun[] {
  return side.derived(readNameRuns);
}

function readNameRuns(side: InlineText): readonly NameRun[] {
  return nameRuns(plainText(side));
}

/**
 * The runs of names of the texts read lately (the English that the check across locales reads in
 * each locale version): a memo as large as a few documents' segments catches an English read again in each.
 */
const nameRunsMemo = new RecentMemo(4_096, nameRuns);

/** {@link nameRuns}, of a text read lately without reading it again: the same runs, not to be changed. */
export function rememberedNameRuns(text: string): readonly NameRun[] {
  return nameRunsMemo.get(text);
}

/** A product name of two runs joined by "for": the whole, and the run before and after "for". */
export interface ForPhrase {
  readonly text: string;
  readonly head: NameRun;
  readonly tail: NameRun;
}

/**
 * The product names a text writes as a run of names, " for " and another run right after it
 * ("OneDrive for Business", "Microsoft Defender for Office 365", "Skype for Business Online"): the
 * runs of names break at the small word, so the whole is read here, from the text the runs were read in.
 * Where the run before starts the sentence, the name without its first word follows, as that word may
 * be only the sentence's verb ("Open Outlook for Mac").
 */
export function forPhrases(runs: readonly NameRun[], text: string): ForPhrase[] {
  const out: ForPhrase[] = [];
  for (let i = 0; i + 1 < runs.length; i++) {
    const head = runs[i];
    const tail = runs[i + 1];
    if (tail.start - head.end !== 5 || text.slice(head.end, tail.start) !== ' for ') continue;
    out.push({ text: `${head.text} for ${tail.text}`, head, tail });
    // Not where the word left first is a number ("365 for Education" of "Office 365 for Education"): no name starts so.
    if (head.initial && head.words.length > 1 && !DIGITS.test(head.words[1].text)) {
      const words = head.words.slice(1);
      const shorter = { words, text: words.map((w) => w.text).join(' '), start: words[0].start, end: head.end, initial: false };
      out.push({ text: `${shorter.text} for ${tail.text}`, head: shorter, tail });
    }
  }
  return out;
}

/** The text writes the acronym out as capitalized words, one per letter ("Active Directory" for "AD"). */
export function writtenOutInCapitals(acronym: string, text: string): boolean {
  const letters = acronym.replace(/s$/, '');
  const words = text.split(/[\s-]+/);
  for (let i = 0; i + letters.length <= words.length; i++) {
    if (words.slice(i, i + letters.length).every((w, k) => w[0] === letters[k] && /^[A-Z][a-z]/.test(w))) return true;
  }
  return false;
}

export { DIGITS, VERSION };
