import { comparableText } from '../../index/comparable';
import { replaceLinkTargets } from '../../index/linkTargets';
import { keeps } from '../../terms/matching';
import { RecentMemo } from '../../util/recentMemo';
import { isWrittenVersion, versionKept } from '../../terms/versions';
import { DIGITS, isAcronym, isCodeLike, rememberedNameRuns, VERSION, writtenOutInCapitals, type NameRun, type NameWord } from '../../terms/names';

/** A name of the English that most other locale versions keep as written in their translation of the same English. */
export interface KeptElsewhere {
  /** The name as the English writes it ("Windows Virtual Desktop"). */
  readonly name: string;
  /** How many other versions have a translation of the same English (not left in English). */
  readonly present: number;
  /** The indices (in the `others` given) of those that keep the name. */
  readonly keptBy: readonly number[];
}

/** At least this many other versions keep the name, and at least this share of those that translated the same English. */
const MIN_KEPT = 2;
const MIN_SHARE = 0.75;

/**
 * The names of an English segment that this translation lost or translated while most other
 * locale versions, translating the same English, keep them as written ("Windows Virtual
 * Desktop" → "Desktopului virtual Windows" where three other locales keep it). A keep-rate over
 * the whole workspace cannot tell a name machine translation translated from an official
 * localization; the same sentence in the other locales can.
 *
 * A name is a run of two capitalized words or more, or one word that reads as code or a product
 * with inner capitals ("OneDrive"), not inside inline code or a link's target. The longest part
 * of a run the others keep is the name ("Configuration Manager" of "Open Configuration Manager":
 * a sentence's first word that others translate is not part of it). Kept means written as
 * the English writes it at the start of a word, so an inflection or a compound ("OneDrivesta",
 * "SharePoint-Website") keeps it; written in other capitals, it is protected-term's to tell.
 * `theirs`: the other versions' translations of the same English (undefined where a version has
 * none); one left wholly in English tells nothing and does not count.
 */
export function keptElsewhere(english: string, mine: string, theirs: readonly (string | undefined)[], hanLocale: boolean, localized: (name: string) => boolean = () => false): KeptElsewhere[] {
  const en = plain(english);
  const candidates = candidatesMemo.get(en);
  // Most English has no part that may be a name: then neither this translation nor the others' are read.
  if (candidates.length === 0) return [];
  const tr = plain(mine);
  // Matched in small letters, so that other capitals (protected-term's) and a sentence's capital on an inflected name count as kept.
  const lowered = tr.toLowerCase();
  if (tr === en) return [];
  const others: { text: string; at: number }[] = [];
  theirs.forEach((t, at) => {
    if (t === undefined) return;
    const text = plain(t);
    if (text !== en) others.push({ text, at });
  });
  if (others.length < MIN_KEPT) return [];
  // Which others keep each candidate, asked one other text after the other: matching reads a text's loosened form once for all the names asked of it in a row.
  const keepers = candidates.map(({ parts }) => parts.map((): number[] => []));
  for (const o of others) {
    candidates.forEach(({ parts }, r) =>
      parts.forEach(({ name }, k) => {
        if (keeps(o.text, name)) keepers[r][k].push(o.at);
      }),
    );
  }
  const out: KeptElsewhere[] = [];
  for (const [r, { run, parts }] of candidates.entries()) {
    const taken = new Uint8Array(run.words.length);
    for (const [k, { from, length, words, name }] of parts.entries()) {
      if (anyTaken(taken, from, length)) continue;
      const keptBy = keepers[r][k];
      if (keptBy.length < MIN_KEPT || keptBy.length < MIN_SHARE * others.length) continue;
      taken.fill(1, from, from + length);
      if (keeps(lowered, name.toLowerCase()) || keptWithVersion(words, en, tr, lowered) || !lostHere(words, tr, hanLocale) || ownCompound(words, tr)) continue;
      if (acronymGiven(en, run.end, tr) || localized(name)) continue;
      if (!out.some((f) => f.name === name)) out.push({ name, present: others.length, keptBy });
    }
  }
  return out;
}

/**
 * True when the English has a part that may be a name ({@link keptElsewhere}'s candidates):
 * without one, no translation of it loses a name that others keep, and the others' need not be
 * looked up. About half of the workspace's English has none.
 */
export function mayHoldNames(english: string): boolean {
  return candidatesMemo.get(plain(english)).length > 0;
}

/**
 * A name with a version ("Azure AD v2.0") that the translation keeps, its version written the
 * locale's way ("Azure AD Version 2.0", "v 1.0"): each other word kept, each version's number too.
 */
function keptWithVersion(words: readonly NameWord[], en: string, tr: string, lowered: string): boolean {
  if (!words.some((w) => isWrittenVersion(w.text))) return false;
  return words.every((w) => (isWrittenVersion(w.text) ? versionKept(w.text, en, tr) : keeps(lowered, w.text.toLowerCase())));
}

/** The parts of a run of names that may be a name on their own ({@link mayBeName}), longest first: those the others are asked about. */
interface NameCandidates {
  readonly run: NameRun;
  readonly parts: readonly { readonly from: number; readonly length: number; readonly words: readonly NameWord[]; readonly name: string }[];
}

/**
 * The candidates of the English texts read lately: each English is read in every locale
 * version of its document, one after the other. Only the runs with a candidate are kept.
 */
const candidatesMemo = new RecentMemo(4_096, readCandidates);

function readCandidates(en: string): NameCandidates[] {
  const out: NameCandidates[] = [];
  for (const run of rememberedNameRuns(en)) {
    const words = run.words;
    const parts: NameCandidates['parts'][number][] = [];
    // Longest parts first: a part inside one already settled is not asked about again.
    for (let length = words.length; length >= 1; length--) {
      for (let from = 0; from + length <= words.length; from++) {
        const part = words.slice(from, from + length);
        if (mayBeName(part, from === 0 && run.initial)) parts.push({ from, length, words: part, name: part.map((w) => w.text).join(' ') });
      }
    }
    if (parts.length) out.push({ run, parts });
  }
  return out;
}

function anyTaken(taken: Uint8Array, from: number, length: number): boolean {
  for (let k = from; k < from + length; k++) if (taken[k]) return true;
  return false;
}

/**
 * False where this translation still has the name's words: each of them kept, in another order
 * or with words between (the translator's); in a Han locale, any one of them beside words of its
 * own ("Windows 虛擬桌面"), the way Microsoft localizes names there.
 */
function lostHere(part: readonly NameWord[], tr: string, hanLocale: boolean): boolean {
  const words = part.filter((w) => !isNumber(w.text));
  const lowered = tr.toLowerCase();
  // An acronym written out in capitalized words counts as kept ("Azure Active Directory" for "Azure AD").
  const kept = words.filter((w) => keeps(lowered, w.text.toLowerCase()) || (isAcronym(w.text) && writtenOutInCapitals(w.text, tr)));
  if (kept.length === words.length) return false;
  // Only the first word dropped, a word after it kept ("Teams" for "Microsoft Teams"): wording, not the name lost.
  if (part.length > 1 && !kept.includes(part[0]) && part.slice(1).every((w) => kept.includes(w) || isNumber(w.text)) && kept.length > 0) return false;
  return !(hanLocale && kept.length > 0);
}

/**
 * The English gives the name's acronym in brackets right after it ("Password Change Notification
 * Service (PCNS)") and the translation keeps the acronym: the spelled-out words are the locale's
 * to write ("Contratto Enterprise (EA)").
 */
function acronymGiven(en: string, end: number, tr: string): boolean {
  const m = /^ ?\(([A-Z][A-Za-z0-9-]*[A-Z0-9])\)/.exec(en.slice(end));
  return !!m && keeps(tr, m[1]);
}

/**
 * The name's first words kept and joined by " -" to a word of the locale's own ("Microsoft 365
 * -sovellukset" for "Microsoft 365 Apps"): how Finnish names a thing after a name of several words.
 */
function ownCompound(part: readonly NameWord[], tr: string): boolean {
  for (let n = part.length - 1; n >= 1; n--) {
    const head = part
      .slice(0, n)
      .map((w) => w.text)
      .join(' ');
    for (let at = tr.indexOf(`${head} -`); at !== -1; at = tr.indexOf(`${head} -`, at + 1)) if (/\p{Ll}/u.test(tr[at + head.length + 2] ?? '')) return true;
  }
  return false;
}

/**
 * Words that may be a name on their own: two or more (not starting with a number), or one that
 * reads as code or has capitals inside ("OneDrive", "eDiscovery"); not an acronym, which many
 * locales spell out their own way, nor a sentence's first word alone.
 */
function mayBeName(part: readonly NameWord[], initial: boolean): boolean {
  if (isNumber(part[0].text)) return false;
  if (part.length > 1) return part.some((w) => !isNumber(w.text) && !isAcronym(w.text)) || part.length > 2;
  const word = part[0].text;
  // An acronym, or one with a small letter inside ("SaRA", "IdP"), which locales spell their own way too.
  if (isAcronym(word) || isNumber(word) || mostlyCapitals(word)) return false;
  return (isCodeLike(word) || /[a-z][A-Z]/.test(word)) && !(initial && !isCodeLike(word));
}

function mostlyCapitals(word: string): boolean {
  const letters = word.replace(/[^A-Za-z]/g, '');
  return letters.replace(/[^A-Z]/g, '').length * 2 >= letters.length;
}

function isNumber(word: string): boolean {
  return DIGITS.test(word) || VERSION.test(word);
}

/**
 * A segment's text as names are read in it: without link targets, inline code, HTML tags,
 * emphasis markers and escapes (a name in a URL or in code is not prose's). A link target
 * leaves a space, so that a name written right after the link ("[…](url)Outlook.com") still
 * starts a word; so does a link's bracket, so that one written right after a word
 * ("utilizați[New-SharingPolicy](url)", missing-space's to tell) still starts its text.
 */
export function plain(text: string): string {
  return plainMemo.get(text);
}

/**
 * The plain forms of the texts read lately. The versions of a document are checked one after
 * the other, and each reads the others' translations of the same English: a memo as large as a
 * few documents' segments catches the repeats.
 */
const plainMemo = new RecentMemo(4_096, readPlain);

function readPlain(text: string): string {
  let t = text.includes('](') ? replaceLinkTargets(text, ' ') : text;
  if (t.includes('[') || t.includes(']')) t = t.replace(/[[\]]/g, ' ');
  t = comparableText(t);
  if (t.includes('`')) t = t.replace(/`+[^`]*`+/g, ' ');
  if (t.includes('<')) t = t.replace(/<[^>]*>/g, ' ');
  return t.replace(/[*\\\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
}
