import type { SegmentCheck } from '../rule';
import { segmentRule } from '../segmentRule';
import { translationRange } from './compare';

/**
 * English words that a name, a label or a line of code rarely holds but a sentence nearly
 * always does: a text with none of them is taken for a name or a label, rightly identical.
 * Words that are also Romance or German words ("a", "do", "in", "an") are left out, since a
 * few "English" sources are in another language.
 */
const FUNCTION_WORDS = new Set(
  'the to of for from with on at by and or but not is are was were been can could will would should must may might does did has have had you your we our it its this that these those there here if when how what which who why than then into out about any'.split(' '),
);
const MIN_WORDS = 3;
/** A PowerShell command line written as text: `Set-Mailbox Name -Parameter value`. */
/** Front matter that broken YAML turned into a segment: `title: … ms.author: …`. */
const FRONT_MATTER = /(?:^|\s)ms\.[a-z]+:\s/;
const COMMAND_LINE = /\b[A-Z][a-z]+-[A-Z][A-Za-z]+\b.*\s-[A-Za-z]+/;

export const untranslated = segmentRule({
  code: 'untranslated',
  description: 'A translation identical to its English sentence (names, labels and code are not flagged).',
  defaultSeverity: 'warning',
  fixable: false,
  learnsFromWorkspace: true,
  checkSegment(s) {
    const { l10n } = s;
    if (s.tr.text !== s.en.text && (!sameStart(trimmedStart(s.tr.text), trimmedStart(s.en.text), 12) || normalize(s.tr.text) !== normalize(s.en.text))) return;
    const words = s.en.words.filter((w) => /\p{L}/u.test(w.text));
    if (words.length < MIN_WORDS) {
      // A short label or cell ("Learn how", "Synchronized", "API Availability"): untranslated when every word is one the locale
      // translates, or an acronym beside one that is not (an acronym stays, the word beside it is translated), and the whole is no name.
      if (words.length && s.englishSource && words.some((w) => w.text.length > 1) && shortLabelLeft(s, words)) {
        s.report({ message: l10n.t('The translation is the English text, untranslated.'), ...translationRange(s) });
      }
      return;
    }
    // Names and labels are mostly capitalized ("Microsoft 365 Apps for business"); sentences mostly not.
    const lower = words.filter((w) => /^\p{Ll}/u.test(w.text));
    if ((lower.length * 2 <= words.length || !lower.some((w) => FUNCTION_WORDS.has(w.text))) && !englishTitle(s, words)) return;
    if (COMMAND_LINE.test(s.en.text) || FRONT_MATTER.test(s.en.text) || staysInEnglish(s.en.text)) return;
    s.report({ message: l10n.t('The translation is the English text, untranslated.'), ...translationRange(s) });
  },
});

/** An acronym of capitals (and digits), "API", "DNS", "MFA": it stays as written in any translation. */
const ACRONYM = /^[A-Z][A-Z0-9]+$/;

/**
 * Every word of a short label is one the locale translates and no name it keeps, or an acronym
 * beside such a word ("API Availability"); and the label is not a name the workspace keeps
 * whole.
 */
function shortLabelLeft(s: SegmentCheck, words: readonly { text: string }[]): boolean {
  const translated = (w: { text: string }) => s.learned.translatedWord(w.text.toLowerCase(), s.locale) && !s.learned.protectedName(w.text, s.locale);
  if (words.every(translated)) return true;
  const acronyms = words.filter((w) => ACRONYM.test(w.text));
  if (acronyms.length === 0 || acronyms.length === words.length) return false;
  if (!words.every((w) => ACRONYM.test(w.text) || (w.text.length >= 4 && translated(w)))) return false;
  const label = words.map((w) => w.text).join(' ');
  return !s.learned.keptAsName(label) && !s.learned.protectedPhrase(label, s.locale);
}

/** A cmdlet's name ("Get-Recipient"): with its placeholder (`Get-User <email address>`), a command, whatever its words. */
const CMDLET = /\b[A-Z][a-z]+-[A-Z][A-Za-z]+\b/;
/** Words the locale translates that a title left whole holds at least ("Export list of … members"). */
const MIN_TITLE_WORDS = 2;

/**
 * A heading, a title or a short instruction left whole in English that has too few small
 * words or function words to read as a sentence ("Keyboard shortcuts in Outlook.com", "Fix
 * user policy/mailbox settings"): at least two of its words are ones this locale's translations
 * translate (not function words, which names hold too), each written in small letters or
 * capitalized only as the title's first word, and not a name the workspace keeps ("Microsoft
 * 365 Import service" holds one such word only). A command with a cmdlet's name stays.
 */
function englishTitle(s: SegmentCheck, words: readonly { text: string }[]): boolean {
  if (!s.englishSource || CMDLET.test(s.en.text)) return false;
  // Function words join names too ("Defender for Office 365 for SharePoint, OneDrive and Teams"): only the other words count.
  const content = (w: string) => !FUNCTION_WORDS.has(w.toLowerCase());
  const translated = words.filter((w, i) => (/^\p{Ll}/u.test(w.text) || (i === 0 && /^[A-Z][a-z]+$/.test(w.text))) && content(w.text) && s.learned.translatedWord(w.text.toLowerCase(), s.locale) && !s.learned.protectedName(w.text, s.locale));
  return translated.length >= MIN_TITLE_WORDS;
}

/** A segment that is only a path (`C:\\Program Files\\…`, `/etc/hosts`, `%temp%\\…`). */
const ONLY_PATH = /^[\s*_`"'“”]*(?:[A-Za-z]:\\|\\\\|~?\/|%\w+%[\\/])[^\s]*(?:\s[^\s\\/]*[\\/][^\s]*)*[\s*_`"'“”.]*$/;
/** An error message quoted as the product shows it: it starts with an error label ("Error:", "ErrorMessage -", "SomethingException:"). */
const ERROR_LABEL = /^[\s*_`"'“]*(?:error|warning|exception|\w+(?:Error|Exception|Message))\b\s*(?:code\s*)?[:\-–]/i;
/** Words that an error message holds. */
const ERROR_WORDS = /\b(?:error|exception|failed|failure|denied|invalid|unable|cannot|could not|not found|timed out)\b/i;
/** The whole segment in quotes, italics or code: text shown as the product writes it. */
const QUOTED = /^\s*(?:"[^"]+"|“[^”]+”|\*[^*]+\*|_[^_]+_|`[^`]+`)[.\s]*$/;

/**
 * A segment that rightly stays in English: only a path, an error message as the product
 * shows it (quoted whole, or after an error label), or code output (a symbol or digit for
 * every three letters or fewer; a sentence has far more letters).
 */
function staysInEnglish(text: string): boolean {
  if (ONLY_PATH.test(text) || ERROR_LABEL.test(text)) return true;
  if (QUOTED.test(text) && ERROR_WORDS.test(text)) return true;
  let letters = 0;
  let others = 0;
  for (const c of text) {
    if (/\p{L}/u.test(c)) letters++;
    else if (!/\s/.test(c)) others++;
  }
  return others > 0 && letters < 3 * others;
}

/** `text.trimStart()`, with no copy for a text that starts with a visible ASCII character (most do). */
function trimmedStart(text: string): string {
  const c = text.charCodeAt(0);
  return c > 32 && c < 127 ? text : text.trimStart();
}

/** `a.slice(0, n) === b.slice(0, n)`, without copying (a first look run on every segment). */
function sameStart(a: string, b: string, n: number): boolean {
  const length = Math.min(n, a.length);
  if (length !== Math.min(n, b.length)) return false;
  for (let i = 0; i < length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
