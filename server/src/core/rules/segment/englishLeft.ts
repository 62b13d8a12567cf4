import type { EmphasisSpan, InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { plainText } from '../../terms/plainText';
import { nameWithWords, smallWords, withExpansions } from '../../terms/observe';
import { segmentRule } from '../segmentRule';
import { searchText, wholeWordPlaces, type SearchText } from '../../text/wholeWord';
import { listOf, normalizeUrl, quote } from './compare';
import { isAsciiAlnum } from '../../inline/chars';
import { RecentMemo } from '../../util/recentMemo';
import { isAcronym, nameRunsOf } from '../../terms/names';
import { boldsOf } from './bolds';
import { withoutLinkDestinations, wordsOf } from './spanBounds';
import { escapeRegExp } from '../../text/escapeRegExp';

/** A whole token: letters, digits and the joiners of paths, file names and identifiers. */
const TOKEN = /[A-Za-z0-9][\w.'’/\\-]*/g;
const WORD = /^[A-Za-z][A-Za-z'’]*$/;
/** What may stand between the words of one run of English: spaces, commas, hyphens, apostrophes. */
const BETWEEN = /^[\s,'’-]*$/;
/** An identifier of capitals and digits ("MC146155"), not a version or a plan's number ("16.0.7967", "2"). */
const IDENTIFIER = /^[A-Z]{2,}\d{3,}$/;
/** A letter of a script without Latin letters (CJK, Thai, Arabic…): there, a Latin word stands out. */
const OTHER_SCRIPT = /[\u0590-\u08ff\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const MIN_SINGLE_WORD = 6;
/** Four words or more joined by hyphens: the name of an error or a state, kept as written ("failed-creation-via-web-services"). */
const ERROR_NAME = /^[A-Za-z]+(?:-[A-Za-z]+){3,}$/;
/** The same, found inside a longer text. */
const ERROR_NAMES = /(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+){3,}(?![\w-])/g;
/** Words of English sentences, not of names: a run of capitalized words holding one is a sentence or a title left in English. */
const SENTENCE_WORDS = new Set('the to of for and or in on off with your you a an how what can not from by at is are be this that my our up out into'.split(' '));

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export const englishLeft = segmentRule({
  code: 'english-left',
  description: 'English words left in a translated sentence: words the workspace\'s translations of this locale always translate, standing in the translation as in its English (names and code are not flagged).',
  defaultSeverity: 'warning',
  fixable: false,
  learnsFromWorkspace: true,
  checkSegment(s) {
    if (!s.englishSource || !s.learned.available || s.tr.text.trim() === s.en.text.trim()) return;
    const tr = plainText(s.tr);
    const englishWords = rememberedSmallWords(plainText(s.en));
    // Amid another script, a Latin word is no part of a word of the locale: the singular of an English plural may be read too.
    const otherScript = OTHER_SCRIPT.test(tr);
    const english = otherScript ? withSingulars(new Set(englishWords)) : englishWords;
    // Most translations hold none of the English's small words that the locale translates: they are not read token by token.
    const found = mayHoldLeftWord(s, tr, english, otherScript) ? leftRuns(s, tr, tokensOf(tr), english, otherScript) : [];
    const runText = (r: readonly Token[]) => tr.slice(r[0].start, r[r.length - 1].end).toLowerCase();
    // Each English word is quoted once: a title left whole is quoted whole, not the runs inside it; a link inside a longer run, not again.
    const titles = englishLinkTexts(s);
    const runs = found.filter((r) => !titles.some((l) => l.text.toLowerCase().includes(runText(r))) && !glossedAfter(s, tr, r[r.length - 1].end));
    const links = titles.filter((l) => !runs.some((r) => runText(r).includes(l.text.trim().toLowerCase())) && !glossedAfter(s, tr, titleEnd(s, l)));
    // A verb left at the head of a translated title, unless a run or a title already quotes it.
    const inRun = (v: { start: number; end: number }) => found.some((r) => r[0].start <= v.end && v.start <= r[r.length - 1].end);
    const verbs = titleVerbsLeft(s, tr).filter((v) => !titles.some((l) => l.link === v.link) && !inRun(v));
    // The English words that open a title, left at the head of a link text translated after them, unless a title, a verb or a run already quotes them.
    const heads = titleHeadsLeft(s, tr).filter((h) => !titles.some((l) => l.link === h.link) && !verbs.some((v) => v.link === h.link) && !inRun(h));
    // An ordinary word capitalized after a name, as if part of it, unless a title or a head of one already quotes it.
    const inTitle = (w: { start: number; end: number }) => [...titles.map((l) => l.link), ...heads.map((h) => h.link)].some((l) => l.textStart - s.tr.base <= w.start && w.end <= l.textEnd - s.tr.base);
    const raised = found.length ? [] : raisedAfterName(s, tr).filter((w) => !inTitle(w));
    // An "and" or "or" left between two things the translation keeps, unless a run or a title already quotes it.
    const within = (c: { start: number; end: number }) => found.some((r) => r[0].start <= c.start && c.end <= r[r.length - 1].end) || titles.some((l) => l.link.textStart - s.tr.base <= c.start && c.end <= l.link.textEnd - s.tr.base);
    const joiners = conjunctionsLeft(s, tr, otherScript).filter((c) => !within(c));
    if (runs.length === 0 && links.length === 0 && verbs.length === 0 && heads.length === 0 && raised.length === 0 && joiners.length === 0) return;
    const { l10n } = s;
    // The runs, the verbs, the heads of titles, the words raised after names and the conjunctions in the order they stand in.
    const left = [...runs.map((r) => ({ start: r[0].start, end: r[r.length - 1].end })), ...verbs, ...heads, ...raised, ...joiners].sort((a, b) => a.start - b.start);
    const words = [...links.map((l) => `"${quote(l.text.trim(), 50)}"`), ...left.map((r) => `"${quote(tr.slice(r.start, r.end), 50)}"`)];
    const range = links.length ? { start: links[0].link.textStart, end: links[0].link.textEnd } : { start: s.tr.base + left[0].start, end: s.tr.base + left[0].end };
    s.report({ message: l10n.t('English left in the translation: {words}.', { words: listOf(words, l10n) }), ...range });
  },
});

/** Where a title the translation keeps ends in its plain text: the end of the link text, or of the title found inside it. */
function titleEnd(s: SegmentCheck, title: { link: InlineLink; text: string }): number {
  const at = title.link.text.indexOf(title.text);
  return title.link.textStart - s.tr.base + (at < 0 ? title.link.text.length : at + title.text.length);
}

/** Words of the English and what joins them, between English words kept and the bracket that glosses them. */
const ENGLISH_STRETCH = /^[\s:,-]*([A-Za-z][\w'’.-]*(?:[\s:,-]+[A-Za-z][\w'’.-]*)*)?[\s.:]*\(/;
/** Words of the locale a gloss holds at least, where the English has none of them: a translation, not an English aside. */
const MIN_GLOSS_WORDS = 2;

/**
 * English words the translation keeps and glosses at once in brackets of its own ("[Quick
 * start (Pikaopas)](…)", "[License removal tool](…) (instrumentul de eliminare a licenței)"):
 * the reader has the locale's words, the English stands as the name on screen. The bracket holds
 * words the English does not (two at least, or a letter of another script), and the English has
 * no bracket of its own after the same words ("Deadline attribute (part of Updates element)",
 * which the translation renders inside its own bracket).
 */
function glossedAfter(s: SegmentCheck, tr: string, end: number): boolean {
  const m = ENGLISH_STRETCH.exec(tr.slice(end, end + 120));
  if (!m) return false;
  const english = plainText(s.en).toLowerCase();
  const words = new Set(english.match(/[\p{L}\p{N}]+/gu) ?? []);
  // The words between the kept ones and the bracket are the English's too ("Quick start: Azure AD (…)").
  const between = m[1]?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const open = end + m[0].length;
  const close = tr.indexOf(')', open);
  const inside = tr.slice(open, close < 0 ? tr.length : close);
  // Amid another script, Latin words are no words of the locale: an English message kept, then glossed, even where it differs from the English's.
  if (!between.every((w) => words.has(w)) && !(OTHER_SCRIPT.test(tr) && OTHER_SCRIPT.test(inside) && !OTHER_SCRIPT.test(m[1] ?? ''))) return false;
  const own = (inside.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !words.has(w));
  if (own.length < MIN_GLOSS_WORDS && !OTHER_SCRIPT.test(inside)) return false;
  // The English's own bracket after the last word kept: the translation renders it, glossing nothing.
  const last = (between.length ? between[between.length - 1] : tr.slice(0, end).toLowerCase().match(/[\p{L}\p{N}]+$/u)?.[0]) ?? '';
  return !new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(last)}\\s*\\(`, 'u').test(english);
}

/**
 * The English's small words with what their contractions spell out, of the English texts read
 * lately: the versions of a document are checked one after the other, each reading the same
 * English, which a memo as large as a few documents' segments reads once.
 */
const smallWordsMemo = new RecentMemo(4_096, (english: string): ReadonlySet<string> => withExpansions(smallWords(english)));

function rememberedSmallWords(english: string): ReadonlySet<string> {
  return smallWordsMemo.get(english);
}

/** An English plural at least this long gives its singular too. */
const MIN_PLURAL = 5;

/**
 * The English's small words with the singular of each plural in "-s" ("posts" → "post"):
 * machine translation that leaves an English word may leave it in the singular the
 * translation's grammar asks for ("請參閱 Message Center post" for "see Message Center posts").
 * Only amid another script: in a Latin one, the singular may be the start of a word of the
 * locale ("definește" reads "define" before its "ș").
 */
function withSingulars(words: Set<string>): Set<string> {
  for (const w of [...words]) if (w.length >= MIN_PLURAL && w.endsWith('s') && !w.endsWith('ss') && /^[a-z]+$/.test(w)) words.add(w.slice(0, -1));
  return words;
}

/** The English conjunctions that may be left alone between two things a translation keeps. */
const CONJUNCTION = /(?<![\p{L}\p{N}'’_.-])(?:and|or)(?![\p{L}\p{N}'’_-])/gu;
const LONE_CONJUNCTION = /\s(?:and|or)\s/;
/** A word or a value of the translation: letters, digits and the joiners of names, versions and addresses. */
const NEIGHBOUR_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}.'’_-]*)[\s,*_]*$/u;
const NEIGHBOUR_AFTER = /^[\s*_]*([\p{L}\p{N}][\p{L}\p{N}.'’_-]*)/u;

/**
 * An English "and" or "or" left alone in a translated sentence of a Latin script, between two
 * things the translation keeps ("192.168.0.1, 10.0.0.1, or 10.0.1.1", "(P1 or P2)", "Teams and
 * Cloud-Video-Interoperabilität"): the locale has its own word, and the words on both sides are
 * no run of English. Each side is the translation's (a value with a digit, or a word the English
 * does not hold), or one of them a capitalized word, a name, beside the translation's on the other.
 * Not between two words of the English ("Security and Compliance Center", "Drag and Drop": a name
 * kept whole), nor a lower-case English word beside it ("versions 80 and later", a title kept), nor
 * in code or quotes.
 */
function conjunctionsLeft(s: SegmentCheck, tr: string, otherScript: boolean): { start: number; end: number }[] {
  // Most translations hold neither word standing alone: a quick look first.
  if (otherScript || !LONE_CONJUNCTION.test(tr)) return [];
  let english: Set<string> | undefined;
  const out: { start: number; end: number }[] = [];
  CONJUNCTION.lastIndex = 0;
  for (let m = CONJUNCTION.exec(tr); m; m = CONJUNCTION.exec(tr)) {
    const t = { text: m[0], start: m.index, end: m.index + m[0].length };
    if (!/^\s$/.test(tr[t.start - 1] ?? '') || !/^\s$/.test(tr[t.end] ?? '')) continue;
    if (!s.learned.translatedWord(t.text, s.locale, true) || quotedOrCode(tr, t)) continue;
    english ??= new Set((plainText(s.en).toLowerCase().match(/[\p{L}\p{N}]+(?:[.'’_-][\p{L}\p{N}]+)*/gu) ?? []));
    if (!english.has(t.text)) continue;
    const before = NEIGHBOUR_BEFORE.exec(tr.slice(Math.max(0, t.start - 60), t.start))?.[1].replace(/[.'’]+$/, '');
    const after = NEIGHBOUR_AFTER.exec(tr.slice(t.end, t.end + 60))?.[1].replace(/[.'’]+$/, '');
    if (!before || !after || inKeptLinkText(s, t)) continue;
    // A compound is the translation's when a part of it is ("Cloud-Video-Interoperabilität"), not when all are the English's ("Budgets-API").
    const ours = (w: string) => /\p{N}/u.test(w) || (!english!.has(w.toLowerCase()) && w.toLowerCase().split('-').some((part) => part !== '' && !english!.has(part)));
    const name = (w: string) => /^\p{Lu}/u.test(w);
    if ((ours(before) && (ours(after) || name(after))) || (ours(after) && name(before))) out.push(t);
  }
  return out;
}

/** The token stands in a link text whose words are all the English's: a title kept, with its own "and" ("[… Internet Explorer 11 and Windows 10 …](…)"). */
function inKeptLinkText(s: SegmentCheck, t: { start: number; end: number }): boolean {
  const at = s.tr.base + t.start;
  const link = s.tr.links.find((l) => l.textStart <= at && at < l.textEnd);
  if (!link) return false;
  const english = new Set(plainText(s.en).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  return (link.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => english.has(w));
}

/** Link text of at least this many words, left as the English's, is a title left untranslated. */
const MIN_LINK_WORDS = 3;

/**
 * Link texts the translation leaves as the English's (an article's title: "[Cancel your
 * subscription](…)") in a segment translated around them: at least three words, two of them
 * words the locale translates, and not a name in capitals ("[Mailbox Retention Hold](…)")
 * unless a word of a sentence is among them ("[Turn Off Focused Inbox](…)"). The English title
 * may also stand whole inside a longer link text, the translation's own words of the sentence
 * pulled into the link ("[Informationen finden Sie unter Opt out of MyAnalytics](…)"); then
 * what is read is that title alone.
 */
function englishLinkTexts(s: SegmentCheck): { link: InlineLink; text: string }[] {
  if (!s.tr.has('[') || !s.en.has('[')) return [];
  const key = (text: string) => text.toLowerCase().replace(/[\s.:!?]+$/, '').trim();
  const english = new Map(s.en.links.filter((l) => l.kind === 'markdown').map((l) => [key(l.text), l.text]));
  const out: { link: InlineLink; text: string }[] = [];
  for (const link of s.tr.links) {
    if (link.kind !== 'markdown') continue;
    const text = english.has(key(link.text)) ? link.text : englishTitleIn(link.text, english);
    if (text === undefined) continue;
    const words = wordsOfTitle(text);
    // Not code: a path, a slug ("small-business-solutions"), a file or host name.
    if (words.length < MIN_LINK_WORDS || !/\s/.test(text.trim()) || /[/\\_@]|\.\w/.test(text.trim().replace(/\.$/, ''))) continue;
    const englishText = english.get(key(text)) ?? text;
    const recased = text.trim().replace(/[.:!?]+$/, '') !== englishText.trim().replace(/[.:!?]+$/, '');
    if (!readsAsTitle(s, text, words) && !(readsAsTitleInEnglish(s, englishText, wordsOfTitle(englishText), recased) && !keptAsName(s, text))) continue;
    if (!translatedAround(s, link)) continue;
    out.push({ link, text });
  }
  return out;
}

/** The words of a link's title, without the names of errors it holds ("failed-creation-via-web-services"). */
function wordsOfTitle(text: string): string[] {
  return text.replace(ERROR_NAMES, ' ').match(/[A-Za-z][A-Za-z'’]*/g) ?? [];
}

/**
 * The link text, as the translation writes it, reads as a title rather than a name: two words
 * the locale translates, written small (or a word of a sentence, or the title's first word), and
 * not a name in capitals unless a word of a sentence is among them; or a title in capitals that
 * reads as an article's ({@link articleTitle}).
 */
function readsAsTitle(s: SegmentCheck, text: string, words: readonly string[]): boolean {
  // The title's first word is capitalized as its first ("[Overview of Microsoft Search]"): it counts unless the locale keeps it as a name.
  const translated = words.filter((w, i) => /^[a-z]/.test(w) || SENTENCE_WORDS.has(w.toLowerCase()) || (i === 0 && !s.learned.protectedName(w, s.locale)) ? s.learned.translatedWord(w.toLowerCase(), s.locale, true) : false);
  const titleCase = words.every((w) => /^[A-Z]/.test(w));
  const sentence = translated.length >= 2 && !(titleCase && !words.some((w) => SENTENCE_WORDS.has(w.toLowerCase())));
  return sentence || (titleCase && articleTitle(s, text, words));
}

/** The workspace keeps the link text, as the translation writes it, as a name ("Configure Call Forwarding", an app's). */
function keptAsName(s: SegmentCheck, text: string): boolean {
  const title = text.trim().replace(/[.:!?]+$/, '');
  return s.learned.keptAsName(title) || s.learned.protectedPhrase(title, s.locale);
}

/** Small words that join the parts of a name as well as a title's ("Office for home", "Accounts and permissions"). */
const NAME_PAIRING = new Set(['for', 'and', 'or']);

/**
 * The link text reads as a title by the English's capitals, where the translation changed them
 * ("[Manage Site Creation in SharePoint Online]" for "[Manage site creation in SharePoint
 * Online]", "[Uninstall Microsoft teams]"): the English's small letters tell its words from its
 * names. A name the English writes partly small ("Microsoft 365 deployment advisor", "Office for
 * home") has words the locale translates too; a title has more: a verb that opens it, a noun of
 * {@link TITLE_HEADS} that closes it, or a word of a sentence that names do not hold.
 */
function readsAsTitleInEnglish(s: SegmentCheck, text: string, words: readonly string[], recased: boolean): boolean {
  if (words.every((w) => /^[A-Z]/.test(w))) return articleTitle(s, text, words);
  const translated = words.filter((w, i) => (/^[a-z]/.test(w) || (i === 0 && !s.learned.protectedName(w, s.locale))) && s.learned.translatedWord(w.toLowerCase(), s.locale, true));
  if (translated.length === 0) return false;
  const title = text.trim().replace(/[.:!?]+$/, '');
  const first = words[0];
  const last = words[words.length - 1];
  const signs = [
    TITLE_VERBS.has(first.toLowerCase()) && title.startsWith(`${first} `),
    TITLE_HEADS.has(last.toLowerCase()) && title.endsWith(last),
    words.some((w) => /^[a-z]/.test(w) && SENTENCE_WORDS.has(w) && !NAME_PAIRING.has(w)),
  ].filter(Boolean).length;
  // One word the locale translates is enough where two signs make the title ("Create a flow": its verb and its article),
  // or where the translation changed the title's capitals, taking it for a name ("[Guest Access in Microsoft teams]").
  return signs >= (translated.length >= 2 || recased ? 1 : 2);
}

/** Verbs that open the title of a how-to article ("Manage Payment Methods"); a product's or a feature's name rarely starts with one. */
const TITLE_VERBS = new Set(
  'manage configure compare view deploy enable disable monitor activate plan delete uninstall install create add remove use troubleshoot understand learn change reset turn restore recover export import find assign block allow migrate move connect edit start stop protect review request submit track renew cancel buy customize apply prepare choose check fix send download'.split(' '),
);
/** Nouns that close the title of an article about a subject ("External Sharing Overview"), not a product's name. */
const TITLE_HEADS = new Set('overview faq faqs guide reference methodology limits requirements'.split(' '));

/**
 * A title in capitals that reads as an article's, not as a name: it opens with a verb of
 * {@link TITLE_VERBS} standing alone (not a cmdlet's "Get-…") or closes with a noun of
 * {@link TITLE_HEADS}, a word the locale translates and keeps as no name, and the workspace
 * does not keep the whole title as a name ("[Teams PowerShell Overview](…)", where "Teams" and
 * "PowerShell" are names and only "Overview" is a word, but the title is the article's).
 */
function articleTitle(s: SegmentCheck, text: string, words: readonly string[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  const title = text.trim().replace(/[.:!?]+$/, '');
  const opensWithVerb = TITLE_VERBS.has(first.toLowerCase()) && title.startsWith(`${first} `);
  const closesWithHead = TITLE_HEADS.has(last.toLowerCase()) && title.endsWith(last);
  const word = opensWithVerb ? first : closesWithHead ? last : undefined;
  if (!word || !s.learned.translatedWord(word.toLowerCase(), s.locale, true) || s.learned.protectedName(word, s.locale)) return false;
  return !s.learned.keptAsName(title) && !s.learned.protectedPhrase(title, s.locale);
}

/** Verbs that open an article's title and that machine translation may leave at the head of the translated title ("[delay ricezione …]"). */
const LEFT_TITLE_VERBS = new Set([...TITLE_VERBS, 'use', 'fix', 'pay', 'set', 'update', 'delay', 'get']);

/**
 * The English verb that opens the English's link text ("[Use Planner in Microsoft Teams](…)"),
 * left at the head of the translation's link text while the rest of the title is translated
 * ("[Use Planner in Microsoft 團隊](…)", "[Pay für Ihr Abonnement](…)"): a verb of
 * {@link LEFT_TITLE_VERBS} standing alone (not a cmdlet's "Get-…"), that the locale translates
 * and keeps as no name (German "Update" is a noun of its own, kept), in a link text that holds
 * words the English's does not. A link text kept whole is {@link englishLinkTexts}'s to judge.
 */
function titleVerbsLeft(s: SegmentCheck, tr: string): { link: InlineLink; word: string; start: number; end: number }[] {
  if (!s.tr.has('[') || !s.en.has('[')) return [];
  const opening = (text: string) => /^\s*([A-Za-z]+)(?=\s)/.exec(text);
  const englishVerbs = new Set<string>();
  for (const l of s.en.links) {
    const m = l.kind === 'markdown' ? opening(l.text) : null;
    if (m && LEFT_TITLE_VERBS.has(m[1].toLowerCase())) englishVerbs.add(m[1].toLowerCase());
  }
  if (englishVerbs.size === 0) return [];
  const englishWords = new Set((plainText(s.en).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
  const out: { link: InlineLink; word: string; start: number; end: number }[] = [];
  for (const link of s.tr.links) {
    const m = link.kind === 'markdown' ? opening(link.text) : null;
    if (!m || !englishVerbs.has(m[1].toLowerCase())) continue;
    const word = m[1];
    const lower = word.toLowerCase();
    if (!s.learned.translatedWord(lower, s.locale, true) || s.learned.protectedName(word, s.locale)) continue;
    // The rest of the title is the translation's: a word the English does not hold.
    if (!(link.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => !englishWords.has(w))) continue;
    const start = link.textStart - s.tr.base + m[0].length - word.length;
    if (tr.slice(start, start + word.length) !== word) continue;
    out.push({ link, word, start, end: start + word.length });
  }
  return out;
}

/** Words at the head of a linked title, left as the English's, that make it a stretch of English left rather than a name. */
const MIN_HEAD_WORDS = 2;
/** Words of the locale, not of the English title, that the rest of the link text holds at least: the title is translated after its head. */
const MIN_TRANSLATED_REST = 2;

/**
 * The words that open the English's linked title, left as the English's at the head of the
 * translation's link text while the rest of the title is translated ("[Get Access per conto di
 * un utente](…)" for "[Get access on behalf of a user](…)", "[Age Verification per il consenso
 * dei genitori](…)"): two words at least, the English's but for their capitals, one of them
 * after the first a word the English writes small, that the locale translates and that joins
 * no name ("for", "and"); the rest of the link text holds words the English title does not.
 * Not a name's head: the title opens with no name the locale keeps ("Microsoft identity
 * platform and …", "Office error code …"), and the English does not name the head by an
 * acronym in brackets ("Enterprise business continuity management (EBCM) with …").
 */
function titleHeadsLeft(s: SegmentCheck, tr: string): { link: InlineLink; start: number; end: number }[] {
  if (!s.tr.has('[') || !s.en.has('[')) return [];
  const english = new Map(s.en.links.filter((l) => l.kind === 'markdown').map((l) => [normalizeUrl(l.url, s.locale), l.text]));
  const out: { link: InlineLink; start: number; end: number }[] = [];
  for (const link of s.tr.links) {
    const title = link.kind === 'markdown' ? english.get(normalizeUrl(link.url, s.locale)) : undefined;
    if (title === undefined) continue;
    const ours = link.text.trim().split(/\s+/);
    const theirs = title.trim().split(/\s+/);
    let n = 0;
    while (n < ours.length && n < theirs.length && ours[n].toLowerCase() === theirs[n].toLowerCase()) n++;
    if (n < MIN_HEAD_WORDS || n === theirs.length || n === ours.length) continue;
    const head = theirs.slice(0, n);
    if (!/^[A-Za-z]/.test(head[0]) || s.learned.protectedName(head[0].replace(/[^\w.-]+$/, ''), s.locale) || /\(/.test(head.join(' '))) continue;
    if (!head.slice(1).some((w) => /^[a-z]+$/.test(w) && !NAME_PAIRING.has(w) && s.learned.translatedWord(w, s.locale, true))) continue;
    const titleWords = new Set(title.toLowerCase().match(/[\p{L}]+/gu) ?? []);
    const rest = ours.slice(n).join(' ').toLowerCase().match(/[\p{L}]+/gu) ?? [];
    if (rest.filter((w) => !titleWords.has(w)).length < MIN_TRANSLATED_REST) continue;
    const start = link.textStart - s.tr.base + link.text.indexOf(ours[0]);
    const end = start + ours.slice(0, n).join(' ').length;
    if (tr.slice(start, end) !== ours.slice(0, n).join(' ')) continue;
    out.push({ link, start, end });
  }
  return out;
}

/** A capitalized word of four letters or more, as a token: the word raised after a name. */
const RAISED_WORD = /^[A-Z][a-z]{3,}$/;

/**
 * An ordinary word the English writes small right after a name ("$200 in Azure credits",
 * "Microsoft Edge versions 80"), left in the translation and capitalized as if it were part of
 * the name ("$200 în Azure Credits timp de …"): the name is one the locale keeps, an acronym or a
 * number; the English writes the word only in small letters, and the pair as the translation
 * has it but for the word's capital; the translation's own words go on after it (no capitalized
 * word, no word of the English: a longer name, "Microsoft 365 Deployment Advisor", is not
 * told apart from a name so); and the workspace translates the word even where its English
 * capitalizes it ({@link LearnedTerms.translatedAsName}: "Group", "Portal" are parts of names
 * kept often). Not in bold (a UI label), quotes or code, nor where the English names the pair by
 * an acronym in brackets.
 */
function raisedAfterName(s: SegmentCheck, tr: string): Token[] {
  if (OTHER_SCRIPT.test(tr)) return [];
  const en = plainText(s.en);
  let search: SearchText | undefined;
  const places = (word: string) => wholeWordPlaces((search ??= searchText(en)), word);
  const tokens = tokensOf(tr);
  const out: Token[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const name = tokens[i - 1];
    if (!RAISED_WORD.test(t.text) || tr.slice(name.end, t.start) !== ' ') continue;
    const lower = t.text.toLowerCase();
    const pair = `${name.text} ${lower}`;
    const at = en.indexOf(pair);
    if (at === -1 || /[\w-]/.test(en[at - 1] ?? ' ') || /[\w-]/.test(en[at + pair.length] ?? ' ') || /^\s*\(\s*[A-Z]{2,}/.test(en.slice(at + pair.length))) continue;
    if (places(t.text).some((p) => en.startsWith(t.text, p))) continue;
    if (!(isAcronym(name.text) || /^\d+$/.test(name.text) || s.learned.protectedName(name.text, s.locale))) continue;
    const next = tokens[i + 1];
    if (next && /^\s+$/.test(tr.slice(t.end, next.start)) && (/^[A-Z]/.test(next.text) || places(next.text).length > 0)) continue;
    if (!s.learned.translatedWord(lower, s.locale, true) || !s.learned.translatedAsName(t.text) || quotedOrCode(tr, t)) continue;
    const at2 = s.tr.base + t.start;
    if (s.tr.emphasis.spans.some((e) => e.contentStart <= at2 && at2 < e.contentEnd)) continue;
    out.push(t);
  }
  return out;
}

/** An English link text that stands whole, as whole words, inside a longer link text of the translation. */
function englishTitleIn(text: string, english: ReadonlyMap<string, string>): string | undefined {
  const lower = text.toLowerCase();
  for (const title of english.keys()) {
    if (title.length === 0 || title.length >= lower.length) continue;
    const at = lower.indexOf(title);
    if (at === -1 || /[\p{L}\p{N}]/u.test(lower[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(lower[at + title.length] ?? '')) continue;
    return text.slice(at, at + title.length);
  }
  return undefined;
}

/** The segment is translated outside the link: its text without the link text is not the English's. */
function translatedAround(s: SegmentCheck, link: InlineLink): boolean {
  const tr = s.tr.text;
  const outside = (tr.slice(0, link.textStart - s.tr.base) + tr.slice(link.textEnd - s.tr.base)).replace(/\([^)]*\)|[\s[\]().,:;!?*]+/g, ' ').trim();
  const en = s.en.text.replace(/\([^)]*\)|[\s[\]().,:;!?*]+/g, ' ').trim();
  return outside.length > 0 && !en.toLowerCase().includes(outside.toLowerCase());
}

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0].replace(/[.'’]+$/, '');
    // Words joined by hyphens ("in-App", "Turn-Off") are words; a path, a cmdlet or an error's name stays one token.
    if (/^[A-Za-z]+(?:-[A-Za-z]+)+$/.test(t) && !/^[A-Z][a-z]+-[A-Z][a-z]*[A-Z]/.test(t) && !ERROR_NAME.test(t)) {
      let at = m.index;
      for (const part of t.split('-')) {
        out.push({ text: part, start: at, end: at + part.length });
        at += part.length + 1;
      }
      continue;
    }
    out.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

/**
 * Whether a word of the translation may be left English, by what {@link leftRuns} asks of each
 * word first: one of the English's small words (a word of ASCII letters and apostrophes, in any
 * capitals), that the locale translates or, amid another script, does not know. Such a word
 * stands in the translation lowered, with no ASCII letter or digit on either side (a token's
 * edges); false only when no word of the English does, so that no run is lost.
 */
function mayHoldLeftWord(s: SegmentCheck, tr: string, english: ReadonlySet<string>, otherScript: boolean): boolean {
  const lower = tr.toLowerCase();
  // Lowering kept every character's place (no "İ" grew into two): the edges of a place are read in the translation itself.
  const aligned = lower.length === tr.length;
  for (const word of english) {
    if (!standsIn(lower, word, aligned ? tr : undefined)) continue;
    if (s.learned.translatedWord(word, s.locale, true)) return true;
    if (otherScript && word.length >= 6 && s.learned.unknownWord(word, s.locale)) return true;
  }
  return false;
}

/** `word` stands in `lower`; when `text` is given (of the same length), with no ASCII letter or digit of it right before or after. */
function standsIn(lower: string, word: string, text: string | undefined): boolean {
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    if (!text || (!isAsciiAlnum(text.charCodeAt(at - 1)) && !isAsciiAlnum(text.charCodeAt(at + word.length)))) return true;
  }
  return false;
}

/** The runs of English words the translation left, worth a reviewer's look. */
function leftRuns(s: SegmentCheck, tr: string, tokens: readonly Token[], english: ReadonlySet<string>, otherScript: boolean): Token[][] {
  let en: SearchText | undefined;
  const joined = (a: Token, b: Token) => BETWEEN.test(tr.slice(a.end, b.start));
  const capital = (t: Token | undefined) => !!t && /^[A-Z0-9]/.test(t.text);
  const titleStarts = linkTextStarts(s);
  let keptLabels: readonly EmphasisSpan[] | undefined;
  const inKeptLabel = (t: Token) => (keptLabels ??= keptBoldLabels(s)).some((b) => b.contentStart - s.tr.base <= t.start && t.end <= b.contentEnd - s.tr.base);
  // A capitalized word that opens a link's text is capitalized as the title's first word, not as a name's.
  const name = (t: Token | undefined) => capital(t) && !(titleStarts.has(t!.start) && isLeftCapital(t!));
  const isLeft = (i: number): boolean => {
    const t = tokens[i];
    if (!WORD.test(t.text)) return false;
    // The lookups first: most words are not in the English or not words the locale translates,
    // and the look at the text around the word is the costly part.
    const lower = t.text.toLowerCase();
    if (!english.has(lower)) return false;
    if (!s.learned.translatedWord(lower, s.locale, true) && !(otherScript && /^[a-z]/.test(t.text) && t.text.length >= 6 && s.learned.unknownWord(lower, s.locale) && amidOtherScript(tr, t))) return false;
    if (quotedOrCode(tr, t)) return false;
    if (compoundOfTheLocale(tr, t, s.en.text) || codeInEnglish((en ??= searchText(s.en.text)), t.text)) return false;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (/^[a-z]/.test(t.text)) {
      // A small word inside a name ("Word for Windows", "Defender for Office 365") belongs to the name;
      // after a title's first word ("[Manage your OneDrive …]") it is the title's.
      // Amid another script, a noun between a name and an identifier ("Message Center post MC146155") joins no name: only a joining word would.
      return !(name(before) && capital(after) && joined(before!, t) && joined(t, after!) && !(otherScript && !NAME_JOINERS.has(t.text) && IDENTIFIER.test(after!.text)));
    }
    return isLeftCapital(t) && !(capital(before) && joined(before!, t) && !isLeftCapital(before!)) && !(capital(after) && joined(t, after!) && !isLeftCapital(after!));
  };
  // A capitalized word counts when it is a word the locale translates and not a name the workspace keeps.
  const isLeftCapital = (t: Token) => WORD.test(t.text) && english.has(t.text.toLowerCase()) && s.learned.translatedWord(t.text.toLowerCase(), s.locale, true) && !s.learned.protectedName(t.text, s.locale);
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.forEach((t, i) => {
    const left = isLeft(i);
    if (left && (run.length === 0 || joined(run[run.length - 1], t))) {
      run.push(t);
      return;
    }
    if (run.length) runs.push(run);
    run = left ? [t] : [];
  });
  if (run.length) runs.push(run);
  // A run wholly inside bold labels kept as the English's is those labels; one with a word outside them ("the **All done!**") is not.
  return runs.filter((r) => !r.every(inKeptLabel) && !inEnglishLabel(s, tr, r) && !partOfName(s, tr, r) && worthReporting(s, tr, tokens, r, otherScript));
}

/**
 * The run stands inside a bold label of the English that the translation keeps whole, but for
 * case ("alegeți **Check out now**" with the bold stretched over the verb, "[groupmailbox]" for
 * "**groupmailbox**" in Chinese): a UI name or a value kept as the screen shows it, wherever the
 * translation's bold went (what the emphasis rules report), not English left behind.
 */
function inEnglishLabel(s: SegmentCheck, tr: string, run: readonly Token[]): boolean {
  if (!s.en.has('*')) return false;
  const bolds = boldsOf(s.en);
  const start = run[0].start;
  const end = run[run.length - 1].end;
  return bolds.keys.some((label, i) => {
    if (label === '' || bolds.words[i].length > MAX_LABEL_WORDS) return false;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(label).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
    for (let m = re.exec(tr); m; m = re.exec(tr)) if (m.index <= start && end <= m.index + m[0].length) return true;
    return false;
  });
}

/** A UI label has at most this many words; a longer bold is a sentence or a message, which the locale translates. */
const MAX_LABEL_WORDS = 6;

/**
 * The translation's bolds that keep a bold label of the English as it stands, but for case
 * ("**Not junk**  >  **Not junk**", "**options**" for "**Options**"): a UI name left as the
 * screen shows it while the steps around it are translated, not English left behind.
 */
function keptBoldLabels(s: SegmentCheck): EmphasisSpan[] {
  const tr = boldsOf(s.tr);
  if (tr.spans.length === 0 || !s.en.has('*')) return [];
  const english = new Set(boldsOf(s.en).keys);
  // A bold link's destination is no word of its label ("**[Your products](https://…)**").
  const labelWords = (i: number) => (tr.texts[i].includes('](') ? wordsOf(withoutLinkDestinations(tr.texts[i])) : tr.words[i]).length;
  return tr.spans.filter((_, i) => english.has(tr.keys[i]) && labelWords(i) <= MAX_LABEL_WORDS);
}

/** Where the text of each of the translation's Markdown links starts in its plain text (past spaces and emphasis markers). */
function linkTextStarts(s: SegmentCheck): Set<number> {
  const out = new Set<number>();
  if (!s.tr.has('[')) return out;
  const tr = plainText(s.tr);
  for (const link of s.tr.links) {
    if (link.kind !== 'markdown') continue;
    let at = link.textStart - s.tr.base;
    while (at < link.textEnd - s.tr.base && /\s/.test(tr[at])) at++;
    out.add(at);
  }
  return out;
}

/**
 * The run belongs to a name: a name of the English written in small letters ("Microsoft to do"
 * for "To Do": protected-term's finding), or a run the translation joins to its own word as a
 * name ("Open license -sopimus").
 */
function partOfName(s: SegmentCheck, tr: string, run: readonly Token[]): boolean {
  const last = run[run.length - 1];
  const en = s.en.text;
  const text = tr.slice(run[0].start, last.end);
  // With the name's word right before it ("Aad Connect health" for "AAD Connect Health").
  const name = /(?:^|[^\w.+-])([A-Z0-9][\w.+-]*) $/.exec(tr.slice(Math.max(0, run[0].start - 40), run[0].start))?.[1];
  if (nameOfTheEnglish(en, text, run.length) || (name !== undefined && nameOfTheEnglish(en, `${name} ${text}`, run.length + 1))) return true;
  return /^ -\p{Ll}/u.test(tr.slice(last.end)) || qualifierOfName(en, tr, run) || keptWithItsName(s, tr, run);
}

/** Of the words after a name at the start of a sentence, how many are read, and how many of them are in small letters at least. */
const SENTENCE_READ = 6;
const SENTENCE_SMALL = 3;

/** The text after a name goes on as a sentence: its next word and most of the few after it in small letters. */
function goesOnInSmallLetters(rest: string): boolean {
  const words = rest.match(/[A-Za-z]+/g)?.slice(0, SENTENCE_READ) ?? [];
  return words.length > 0 && /^\s+[a-z]/.test(rest) && words.filter((w) => /^[a-z]/.test(w)).length >= SENTENCE_SMALL;
}

/** Words a name keeps after it at most, for {@link keptWithItsName}. */
const MAX_NAME_WORDS = 2;

/**
 * The words in small letters follow a name the translation keeps, as in the English, and the
 * workspace's translations keep the name with them whole ("Exchange connector", "Outlook
 * mobile", "Open license": {@link LearnedTerms.nameWithWordsKept}): the name of a product or a
 * feature, not English left; where the others translate the words ("Microsoft 365 admin
 * center" in most locales), they are still reported.
 */
function keptWithItsName(s: SegmentCheck, tr: string, run: readonly Token[]): boolean {
  if (run.length > MAX_NAME_WORDS || !/^[a-z]/.test(run[0].text)) return false;
  const text = tr.slice(run[0].start, run[run.length - 1].end).toLowerCase();
  const before = /([A-Za-z0-9][\w.+-]*) $/.exec(tr.slice(Math.max(0, run[0].start - 60), run[0].start))?.[1].toLowerCase();
  if (!before) return false;
  const en = plainText(s.en);
  for (const name of nameRunsOf(s.en)) {
    if (name.words[name.words.length - 1].text.toLowerCase() !== before) continue;
    const phrase = nameWithWords(en, name).find((p) => p.length === name.text.length + 1 + text.length);
    if (phrase !== undefined && phrase.slice(name.text.length + 1).toLowerCase() === text && s.learned.nameWithWordsKept(phrase, s.locale, true)) return true;
  }
  return false;
}

/**
 * The run is a name the English writes in capitals, word for word: re-cased by the translation
 * ("Unified support" for "Unified Support", "Microsoft to do" for "To Do": protected-term's to
 * report), or kept as written where the English's capitals are a name's and not a title's: the
 * English writes it inside a sentence, after a word or before one in small letters ("the My
 * Apps portal", "Microsoft To Do requires"), not as the first words of a sentence or a link text
 * ("[Turn Off Focused Inbox](…)": a title, whose small words are capitalized with the rest).
 */
function nameOfTheEnglish(en: string, text: string, words: number): boolean {
  if (words < 2) return false;
  const re = new RegExp(`(?<![\\w'’-])${escapeRegExp(text).replace(/\s+/g, '\\s+')}(?![\\w'’-])`, 'gi');
  for (let m = re.exec(en); m; m = re.exec(en)) {
    if (!m[0].split(/\s+/).every((w) => /^[A-Z0-9]/.test(w))) continue;
    if (m[0] !== text && /^[a-z]/.test(text)) return true;
    // A sentence around it: a word in small letters right before or after, and no sentence or link text starting with it;
    // at the start of a sentence, only a name the translation re-cased where the English's sentence goes on in small
    // letters ("Unified Support and Premier customers can …"), not a title's capitals.
    const before = en.slice(0, m.index).replace(/[\s*_"“”]+$/, '');
    const rest = en.slice(m.index + m[0].length);
    if (before === '' || /[.:!?]$/.test(before)) {
      if (m[0] !== text && goesOnInSmallLetters(rest)) return true;
      continue;
    }
    if (/[[|>(]$/.test(before)) continue;
    const after = /^[\s*_"“”]*([A-Za-z]+)/.exec(rest)?.[1];
    if (/(?:^|\s)[a-z][\w'’-]*$/.test(before) || (after !== undefined && /^[a-z]/.test(after))) return true;
  }
  return false;
}

/** Prepositions that join a name to what qualifies it: "Microsoft 365 for business", "Software as a Service". */
const NAME_JOINERS = new Set('for as on of in at by to with'.split(' '));
const MAX_QUALIFIER_WORDS = 3;

/**
 * Small words that continue the name before them, as the English writes them together
 * ("365 for business", "Software as a Service", "Pay as you go"): a preposition and at most
 * two more words, right after a capitalized word or a number.
 */
function qualifierOfName(en: string, tr: string, run: readonly Token[]): boolean {
  const first = run[0];
  if (run.length > MAX_QUALIFIER_WORDS || !NAME_JOINERS.has(first.text)) return false;
  const before = /([A-Z0-9][\w.+/-]*) $/.exec(tr.slice(Math.max(0, first.start - 40), first.start));
  if (!before) return false;
  const phrase = `${before[1]} ${tr.slice(first.start, run[run.length - 1].end)}`;
  const at = en.indexOf(phrase);
  return at !== -1 && !/[\w]/.test(en[at - 1] ?? ' ') && !/[\w]/.test(en[at + phrase.length] ?? ' ');
}

/** A hyphenated compound the translation formed and the English does not write ("intranet-sivustojen", "check-out" for "check out"). */
function compoundOfTheLocale(tr: string, t: Token, en: string): boolean {
  if (!(tr[t.start - 1] === '-' || tr[t.end] === '-')) return false;
  const from = tr.lastIndexOf(' ', t.start) + 1;
  const to = tr.indexOf(' ', t.end);
  const compound = tr.slice(from, to < 0 ? tr.length : to).replace(/[.,;:!?)\]]+$/, '');
  // A slug ("small-business-solutions") is code, wherever it stands.
  if (/^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(compound)) return true;
  if (en.toLowerCase().includes(compound.toLowerCase())) return false;
  // An ending joined to an English word ("institute-ul") leaves it English; a word of the locale makes a compound.
  const parts = compound.split('-').filter((p) => p.length > 0);
  if (parts.length < 2) return false;
  const english = new Set(en.toLowerCase().split(/[^\p{L}]+/u));
  return parts.every((p) => english.has(p.toLowerCase())) || parts.some((p) => p.length >= 4 && !english.has(p.toLowerCase()));
}

/** The word stands in the English only as part of code ("shell:startup", "/external"). */
function codeInEnglish(en: SearchText, word: string): boolean {
  let any = false;
  for (const at of wholeWordPlaces(en, word)) {
    any = true;
    const before = en.text[at - 1] ?? ' ';
    const after = en.text[at + word.length] ?? ' ';
    if (!/[:@/=_\\.]/.test(before) && !/[:@=_\\]/.test(after)) return false;
  }
  return any;
}

/**
 * Inside a placeholder ("<email address>"), quotes (a UI string or error kept as shown:
 * "not found"), or joined to code ("shell:startup", "name@workday-…", a query option "$filter",
 * a slug "a-b-c").
 */
function quotedOrCode(tr: string, t: Token): boolean {
  const before = tr[t.start - 1] ?? ' ';
  const after = tr[t.end] ?? ' ';
  if (/[:@/=_$]/.test(before) || /[:@/=_]/.test(after)) return true;
  // The value of a metadata key ("ms.topic: article"), in a front matter turned into a segment.
  if (/(?:^|\s)[\w-]*[._][\w.-]*:\s+$/.test(tr.slice(Math.max(0, t.start - 40), t.start))) return true;
  if (/-/.test(before) && /-/.test(tr.slice(t.end, t.end + 1)) ) return true;
  const n = marksBefore(tr, t.start);
  return n.lt > n.gt || n.leftDouble > n.rightDouble || n.low > n.leftDouble || n.leftGuillemet > n.rightGuillemet || n.leftCorner > n.rightCorner || n.straight % 2 === 1;
}

/**
 * How many of each opening and closing mark stand before `end`, in one pass. Angle brackets count
 * as a placeholder's ("<application>"): a menu path's separator, with a space before it ("A  >  B"),
 * closes none.
 */
function marksBefore(tr: string, end: number) {
  const n = { lt: 0, gt: 0, leftDouble: 0, rightDouble: 0, low: 0, leftGuillemet: 0, rightGuillemet: 0, leftCorner: 0, rightCorner: 0, straight: 0 };
  for (let i = 0; i < end; i++) {
    switch (tr.charCodeAt(i)) {
      case 0x3c: n.lt++; break; // <
      case 0x3e: if (i > 0 && tr.charCodeAt(i - 1) !== 0x20) n.gt++; break; // >, not after a space
      case 0x300c: case 0x300e: n.leftCorner++; break; // 「 『
      case 0x300d: case 0x300f: n.rightCorner++; break; // 」 』
      case 0x201c: n.leftDouble++; break; // “
      case 0x201d: n.rightDouble++; break; // ”
      case 0x201e: n.low++; break; // „
      case 0xab: n.leftGuillemet++; break; // «
      case 0xbb: n.rightGuillemet++; break; // »
      case 0x22: n.straight++; break; // "
    }
  }
  return n;
}

/** Letters of another script on both sides of the word, past the spaces: "移除 offboarded 或", not "(fullname)". */
function amidOtherScript(tr: string, t: Token): boolean {
  const before = tr.slice(0, t.start).trimEnd().slice(-1);
  const after = tr.slice(t.end).trimStart().slice(0, 1);
  return OTHER_SCRIPT.test(before) && OTHER_SCRIPT.test(after);
}

function worthReporting(s: SegmentCheck, tr: string, tokens: readonly Token[], run: readonly Token[], otherScript: boolean): boolean {
  if (run.length >= 2) {
    // Capitalized words alone are a name ("Common Data Service") unless a word of a sentence is among them ("Turn Off Focused Inbox").
    return run.some((t) => /^[a-z]/.test(t.text)) || run.some((t) => SENTENCE_WORDS.has(t.text.toLowerCase()));
  }
  const word = run[0].text;
  if (lowerCasedName(s, word)) return false;
  if (otherScript) return ((/^[a-z]/.test(word) || capitalOnlyAtStart(s, run[0])) && word.length >= 4) || functionWordAmid(s, run[0]);
  // One word alone in a Latin-script sentence: only a long one the locale has never kept,
  if (/^[a-z]/.test(word)) return word.length >= MIN_SINGLE_WORD && s.learned.neverKept(word.toLowerCase(), s.locale, true);
  // or an ordinary word of the English that the translation capitalized amid the English's words, taking them for a name.
  return word.length >= MIN_RAISED_WORD && raisedAmidEnglish(s, tr, tokens, tokens.indexOf(run[0]));
}

/**
 * A name the translation wrote in small letters ("dezactivați briefing-ul" for "disable
 * Briefing"): the English writes it with its capital here, and the workspace's English nearly
 * always does. A name re-cased is protected-term's to report, not English left behind.
 */
function lowerCasedName(s: SegmentCheck, word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  const name = word[0].toUpperCase() + word.slice(1);
  return s.learned.alwaysCapitalized(name) && new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u').test(s.en.text);
}

const MIN_RAISED_WORD = 3;
const PAIR_JOINERS = new Set(['and', 'or']);
/** Words of the English in a row, the raised word among them, that make a stretch of English rather than a word borrowed. */
const MIN_RAISED_STRETCH = 3;

/**
 * A capitalized word of the translation, not at the start of its sentence, that the English
 * writes only in small letters, standing among words of the English ("Hier ist What es New in
 * Information Technology" for "Here's what's new in Information Technology", "[Manage Profiles or
 * Identities in Outlook per Mac]"): machine translation took the words for a name and left them.
 * A word the English capitalizes is a name or a label; a loanword the locale capitalizes (German
 * nouns: "in Form einer") stands among the translation's own words. Not in bold (a UI label kept
 * as shown) nor in a gloss in brackets ("Abonnementberater (Partner of Record)").
 */
function raisedAmidEnglish(s: SegmentCheck, tr: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^[A-Z][a-z]+$/.test(t.text)) return false;
  const before = tr.slice(0, t.start).replace(/[\s"'“”„«»(]+$/, '');
  if (before === '' || /[.:!?>|]$/.test(before)) return false;
  const at = s.tr.base + t.start;
  if (s.tr.emphasis.spans.some((e) => e.contentStart <= at && at < e.contentEnd)) return false;
  const en = plainText(s.en);
  const re = new RegExp(`(?<![A-Za-z'’-])${t.text}(?![A-Za-z'’-])`, 'gi');
  let any = false;
  for (let m = re.exec(en); m; m = re.exec(en)) {
    if (m[0] !== t.text.toLowerCase()) return false;
    any = true;
  }
  if (!any) return false;
  // The stretch of the English's words in a row around the word.
  // Read as the translation's tokens are: whole, and each part of words joined by hyphens.
  const english = new Set((en.toLowerCase().match(/[a-z0-9][\w.'’/\\-]*[a-z0-9]|[a-z0-9]/g) ?? []).flatMap((w) => [w, ...w.split('-')]));
  const joined = (a: Token, b: Token) => /^[\s,&'’-]*$/.test(tr.slice(a.end, b.start));
  const ours = (k: number) => english.has(tokens[k].text.toLowerCase());
  let first = i;
  let last = i;
  while (first > 0 && joined(tokens[first - 1], tokens[first]) && ours(first - 1)) first--;
  while (last + 1 < tokens.length && joined(tokens[last], tokens[last + 1]) && ours(last + 1)) last++;
  if (last - first + 1 < MIN_RAISED_STRETCH) return false;
  if (/\(\s*$/.test(tr.slice(0, tokens[first].start)) && /^\s*\)/.test(tr.slice(tokens[last].end))) return false;
  // A word the locale never keeps; else the stretch reads as English, not as a name borrowed whole ("Best Practices",
  // "Hybrid Configuration Wizard"), when it holds a small word the locale translates ("… to Microsoft Edge Policy Mapping").
  if (s.learned.neverKept(t.text.toLowerCase(), s.locale, true)) return true;
  // Not "and" or "or" alone: two words joined by one are a pair borrowed whole ("per Drag and Drop").
  for (let k = first; k <= last; k++) if (k !== i && /^[a-z]+$/.test(tokens[k].text) && !PAIR_JOINERS.has(tokens[k].text) && s.learned.translatedWord(tokens[k].text, s.locale, true)) return true;
  return false;
}

/**
 * A short word of English sentences ("to", "of", "and") standing alone between letters of
 * another script ("**副本 to**" for "**Copy to**", "設定預算 at 帳戶範圍"): too short to be
 * taken alone elsewhere, but there no name or label holds it, and the translation's own words
 * close it in on both sides.
 */
function functionWordAmid(s: SegmentCheck, t: Token): boolean {
  return /^[a-z]+$/.test(t.text) && SENTENCE_WORDS.has(t.text) && amidOtherScript(plainText(s.tr), t);
}

/** Nouns after a word in the English that make it the name of a piece of code ("the Deadline attribute"). */
const CODE_NOUN = /^[\s*_`]*(?:attribute|element|property|parameter|field|method|cmdlet|class|object|function|variable)s?\b/i;

/**
 * A capitalized word amid another script that the English capitalizes only because it starts
 * a sentence, a title or a link's text ("將影片 Upload 至 Microsoft Stream" for "Upload a video
 * to Microsoft Stream", "[View directory 同步處理錯誤](…)"): an ordinary word left, not a UI
 * label ("select **Upload**"), a name (which the workspace keeps) or the name of a piece of
 * code ("[Deadline attribute]"). A link text kept whole as the English's is
 * {@link englishLinkTexts}'s to judge (an API's title, "[Create serviceprincipal](…)", stays).
 */
function capitalOnlyAtStart(s: SegmentCheck, t: Token): boolean {
  if (!/^[A-Z][a-z]+$/.test(t.text) || s.learned.protectedName(t.text, s.locale)) return false;
  if (keptLinkText(s, t)) return false;
  const en = s.en.text;
  const re = new RegExp(`(?<![A-Za-z])${t.text}(?![A-Za-z])`, 'g');
  let any = false;
  for (let m = re.exec(en); m; m = re.exec(en)) {
    any = true;
    const before = en.slice(0, m.index).replace(/[*_\s]+$/, '');
    if (before !== '' && !/[[.:!?]$/.test(before)) return false;
    if (CODE_NOUN.test(en.slice(m.index + m[0].length))) return false;
  }
  return any;
}

/** The word stands in a link of the translation whose text is the English's link text, as written but for case. */
function keptLinkText(s: SegmentCheck, t: Token): boolean {
  const english = new Set(s.en.links.map((l) => l.text.trim().toLowerCase()));
  const word = new RegExp(`(?<![a-z])${t.text.toLowerCase()}(?![a-z])`);
  return s.tr.links.some((l) => english.has(l.text.trim().toLowerCase()) && word.test(l.text.toLowerCase()));
}
