import { wordEnd } from '../../inline/words';
import type { InlineText } from '../../inline/inlineText';
import type { EmphasisSpan, InlineLink, Word } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { reportCounted, segmentRule, type Occurrence } from '../segmentRule';
import { languageOf } from './compare';
import { phraseTwice, repeatedPhrase, sameLowered, type RepeatedPhrase } from './repeatedPhrase';
import { wordAgainNear } from './wordAgainNear';

/** Words that rightly stand twice in a row in some languages (German "die die", Finnish "sen sen sijaan", Romanian "o dată dată", a given date). */
const LEGITIMATE = new Set(['die', 'der', 'das', 'den', 'dem', 'des', 'sie', 'er', 'es', 'in', 'that', 'had', 'is', 'il', 'la', 'le', 'sen', 'dată']);

/**
 * Words a language rightly says twice in a row, by language: its grammar (French "vous vous
 * connectez", Dutch "dat dat", Swedish "det det") and its doubled words that mean one thing
 * (Italian "passo passo", step by step, and "via via", gradually; Turkish "adım adım", "tek tek",
 * "ayrı ayrı"; Hindi "अलग अलग", "धीरे धीरे", "कभी कभी", "एक एक").
 */
const LEGITIMATE_IN: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(['nous', 'vous']),
  nl: new Set(['dat']),
  sv: new Set(['det']),
  da: new Set(['det']),
  nb: new Set(['det']),
  no: new Set(['det']),
  it: new Set(['passo', 'via']),
  tr: new Set(['adım', 'tek', 'ayrı', 'sık', 'yavaş', 'teker', 'birer', 'ara']),
  hi: new Set(['अलग', 'धीरे', 'कभी', 'एक', 'बार', 'साथ', 'जैसे']),
};

/** A word the locale's language rightly says twice in a row. */
function legitimate(word: string, locale: string | undefined): boolean {
  if (LEGITIMATE.has(word)) return true;
  return LEGITIMATE_IN[languageOf(locale)]?.has(word) === true;
}

/**
 * A cheap first look, before the words are read: two words in a row that are alike but for
 * case, whatever is between them, with words read as the rule reads them (so "E-Mail E-Mail"
 * is seen as well as "Mail Mail"). Lower-casing goes a character at a time but for `İ` (which
 * it makes two) and `Σ` (which depends on what follows): a text with either is lower-cased
 * whole first.
 */
function maybeRepeated(text: string): boolean {
  if (text.indexOf('\u0130') !== -1 || text.indexOf('\u03a3') !== -1) return repeatedRun(text.toLowerCase(), sameChars);
  return repeatedRun(text, sameButCase);
}

/**
 * {@link maybeRepeated} of a side's text, read on the side's words (which the rule reads
 * anyway) where they are the text's: the text is its prose, and holds neither `İ` nor `Σ`.
 */
function maybeRepeatedIn(side: InlineText): boolean {
  const text = side.text;
  if (side.prose !== text || text.indexOf('\u0130') !== -1 || text.indexOf('\u03a3') !== -1) return maybeRepeated(text);
  const words = side.words;
  const base = side.base;
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1];
    const b = words[i];
    const length = b.end - b.start;
    if (a.end - a.start === length && sameButCase(text, a.start - base, b.start - base, length)) return true;
  }
  return false;
}

function repeatedRun(s: string, same: (s: string, a: number, b: number, length: number) => boolean): boolean {
  let previous = -1;
  let previousEnd = -1;
  for (let i = 0; i < s.length; ) {
    const end = wordEnd(s, i);
    if (end === i) {
      i++;
      continue;
    }
    if (end - i === previousEnd - previous && same(s, previous, i, end - i)) return true;
    previous = i;
    previousEnd = end;
    i = end;
  }
  return false;
}

function sameChars(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

/** The two stretches lower-cased are the same (ASCII compared directly). */
function sameButCase(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = s.charCodeAt(a + k);
    const y = s.charCodeAt(b + k);
    if (x === y) continue;
    if (x >= 128 || y >= 128) return s.slice(a, a + length).toLowerCase() === s.slice(b, b + length).toLowerCase();
    if ((x | 32) !== (y | 32) || (x | 32) < 97 || (x | 32) > 122) return false;
  }
  return true;
}

export const repeatedWord = segmentRule({
  code: 'repeated-word',
  description:
    'A word repeated in a row in the translation ("the the", "Kaikki kaikki"), where its English does not repeat it (a UI label beside the same word outside it is no repeat, unless the label is that word alone: "pagina utilizatori **utilizatori**"), or as two items of a list or on both sides of "and" or "or" where the English has two words ("tallentaminen, tallentaminen ja", "inoltrati/inoltrati", "kuvia tai kuvia"); or a phrase said twice in a row or as two items of a list ("browserul de sistem de sistem", "se blochează, se blochează sau"), or around a connecting word ("la risoluzione dei problemi e la risoluzione dei problemi") or a noun on both sides of a name ("grup Microsoft 365 grup"); a Chinese word on both sides of "and" or "or" ("設定和設定"); "and" said twice, as a word and as "&" ("sicurezza e & conformità"), or a German preposition before its own contraction ("zu zur").',
  defaultSeverity: 'information',
  fixable: true,
  // The connecting words a phrase said twice stands around are learned from the workspace.
  learnsFromWorkspace: true,
  checkSegment(s) {
    const { l10n } = s;
    const doubled = saidTwice(s);
    if (doubled) {
      s.report({
        message: doubled.ampersand
          ? l10n.t('"{text}": "and" is said twice in a row, as a word and as "&".', { text: doubled.text })
          : l10n.t('"{text}": two prepositions in a row, the second of which already holds the first.', { text: doubled.text }),
        start: doubled.start,
        end: doubled.end,
      });
    }
    let englishTwice: boolean | undefined;
    let englishForms: boolean | undefined;
    const usesTwice = () => (englishTwice ??= usesALabelTwice(s.en.words));
    const usesFormsTwice = () => (englishForms ??= usesAWordTwice(s.en.words, true));
    // Chinese writes no spaces between words: a word said twice there is none of the words read below.
    const chinese = chineseWordTwice(s, usesTwice) ?? chineseListedTwice(s);
    if (chinese) {
      s.report({
        message: l10n.t('"{word}" is repeated; the English does not repeat it.', { word: chinese.word }),
        start: chinese.start,
        end: chinese.end,
        fix: { title: l10n.t('Remove the repeated "{word}"', { word: chinese.word }), edits: [{ start: chinese.removeFrom ?? chinese.start, end: chinese.end, newText: '' }] },
      });
    }
    const bracketed = saidAgainInBrackets(s);
    if (bracketed) reportPhrase(s, bracketed);
    // Every look below needs a word said again close to itself: most translations have none.
    if (!wordAgainNear(s.tr.prose)) return;
    const paired = pairedTwice(s, usesFormsTwice);
    if (paired) {
      s.report({
        message: l10n.t('"{word}" is repeated; the English does not repeat it.', { word: paired.word }),
        start: paired.start,
        end: paired.end,
        fix: { title: l10n.t('Remove the repeated "{word}"', { word: paired.word }), edits: [{ start: paired.removeFrom, end: paired.removeTo, newText: '' }] },
      });
    }
    if (!maybeRepeatedIn(s.tr)) {
      // Nothing repeated in a row: a phrase or a noun said twice may still be.
      const phrase = repeatedPhrase(s, usesFormsTwice) ?? phraseTwice(s, (end, next) => listContinues(s, end, next) && !saysAgainSoon(s.en.words));
      if (phrase) reportPhrase(s, phrase);
      return;
    }
    const words = s.tr.words;
    const found: Repeat[] = [];
    let englishRepeat: boolean | undefined;
    for (let i = 1; i < words.length; i++) {
      const a = words[i - 1];
      const b = words[i];
      // Written alike: a capital on one only is a label beside a particle or verb ("**Ein** ein", "Aus aus"), unless the sentence starts there ("Kaikki kaikki").
      if (b.text !== a.text && !capitalOfSentence(s.tr, a, b)) continue;
      const word = b.text.toLowerCase();
      // A number, a version or a code ("000 000", "v2 v2", "0x00 0x00"): values, listed as they are.
      if (/\p{N}/u.test(word) || legitimate(word, s.locale)) continue;
      const between = s.tr.slice({ start: a.end, end: b.start });
      // The word in plain text right before a bold label or link that is that word alone ("pagina utilizatori **utilizatori**"): said twice.
      const label = wholeLabelAfter(s.tr, a, b, between);
      if (!label) {
        if (!/^\s+$/.test(between) && !listedTwice(s, between, b.end, words[i + 1])) continue;
        // A word beside a bold label or link that starts with it ("Valitse **Valitse jäsenet**"): the label is quoted, not repeated.
        if (container(s.tr, a.start) !== container(s.tr, b.start)) continue;
      }
      // The English says a word twice in a row too ("had had", "that that"): the translation's two are its two.
      if (repeats(s.en.words, word) || (englishRepeat ??= repeatsAny(s.en))) continue;
      // The plain copy beside the label is one too many even where the English names the label twice ("**Groups** > [Groups]").
      if (label) {
        found.push({ start: a.start, end: a.end, edits: [{ start: a.start, end: label.removeTo, newText: '' }], word: a.text });
        continue;
      }
      // The second copy right before a bold label or link: the label's first word left outside it ("Valitse Valitse **jäsenet**"), an emphasis defect.
      // Not "and" or "or", which start no label: "[a](u) ja ja [b](u)" says it twice between two links.
      if (!listGoesOn(word, s.locale) && LABEL_OPENS.test(s.tr.text.slice(b.end - s.tr.base, b.end - s.tr.base + 4)) && !LABEL_OPENS.test(s.tr.text.slice(a.end - s.tr.base, a.end - s.tr.base + 4))) continue;
      // Two copies where the English itself uses a capitalized word twice, a name or a UI label ("uninstall Office with the Office
      // Deployment Tool", "Users > Active users"): likely the translation's two. Not a word of its prose ("feedback … feedback"),
      // which says nothing about a stutter elsewhere ("categoria corespunzătoare corespunzătoare").
      if ((i + 1 >= words.length || words[i + 1].text !== b.text) && (i < 2 || words[i - 2].text !== b.text) && usesTwice()) continue;
      found.push({ start: b.start, end: b.end, edits: [{ start: a.end, end: b.end, newText: '' }], word: b.text });
    }
    // No word said twice: a phrase may be ("de sistem de sistem").
    const phrase = found.length === 0 ? phraseTwice(s, (end, next) => listContinues(s, end, next) && !saysAgainSoon(s.en.words)) : undefined;
    if (phrase) reportPhrase(s, phrase);
    reportCounted(s, found, {
      message: (count, first) => (count === 1 ? l10n.t('"{word}" is repeated; the English does not repeat it.', { word: first.word }) : l10n.t('{count} words are repeated in a row, first "{word}"; the English repeats none.', { count, word: first.word })),
      fixTitle: (count, first) => (count === 1 ? l10n.t('Remove the repeated "{word}"', { word: first.word }) : l10n.t('Remove the {count} repeated words', { count })),
    });
  },
});

/** A phrase, then the same phrase but for case in round brackets right after it: "Hop count (Hop count)", "TVA (TVA)". */
const SAID_AGAIN_IN_BRACKETS = /(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N} .-]{1,40}?)\s*[(（]\s*\1\s*[)）]/iu;

/**
 * A phrase said again in brackets right after itself, where the English brackets no phrase after
 * itself: machine translation renders a name and its acronym by one phrase ("mașini virtuale
 * (mașini virtuale)" for "virtual machines (VMs)", "Mehrwertsteuer (Mehrwertsteuer)" for "value
 * added tax (VAT)"), or brackets a copy of the words before ("Hop count (Hop count)").
 */
function saidAgainInBrackets(s: SegmentCheck): RepeatedPhrase | undefined {
  const prose = s.tr.prose;
  if (prose.indexOf('(') === -1 && prose.indexOf('（') === -1) return undefined;
  const m = SAID_AGAIN_IN_BRACKETS.exec(prose);
  if (!m || !/\p{L}/u.test(m[1]) || SAID_AGAIN_IN_BRACKETS.test(s.en.prose)) return undefined;
  return { start: s.tr.base + m.index, end: s.tr.base + m.index + m[0].length, phrase: m[1] };
}

/** Reports a phrase said twice, where the English says it once. */
function reportPhrase(s: SegmentCheck, phrase: RepeatedPhrase): void {
  const { l10n } = s;
  s.report({ message: l10n.t('"{phrase}" is said twice; the English says it once.', { phrase: phrase.phrase }), start: phrase.start, end: phrase.end });
}

/**
 * The first word starts the segment or a sentence and the second is the same word in small
 * letters: the capital is the sentence's, not a label's ("Kaikki kaikki postilaatikot").
 */
function capitalOfSentence(side: InlineText, a: Word, b: Word): boolean {
  if (a.text.slice(1) !== b.text.slice(1) || a.text[0] === b.text[0] || a.text[0].toLowerCase() !== b.text[0] || !/^\p{Ll}/u.test(b.text)) return false;
  const before = side.prose.slice(0, a.start - side.base);
  return /(?:^|[.!?]\s)\s*$/u.test(before);
}

/** The word "and" of each language, as it may stand beside an "&" that already says it. */
const AND: Readonly<Record<string, string>> = { de: 'und', fi: 'ja', it: 'e|ed', ro: 'și|si', es: 'y|e', pt: 'e', fr: 'et', nl: 'en', sv: 'och', da: 'og', nb: 'og', no: 'og' };
/** "and" beside "&", in a language written with spaces: "sicurezza e & conformità", "tietoturva- & ja". */
const andPattern = (and: string) => new RegExp(`(?<![\\p{L}\\p{M}])(?:(?:and|${and})\\s*&(?:amp;)?(?![#\\p{L}\\p{N}]+;)|&(?:amp;)?\\s*(?:and|${and})(?![\\p{L}\\p{M}]))`, 'u');
const AND_PATTERNS = new Map<string, RegExp>();
/** "and" beside "&" in Chinese: "安全性與 &amp; 合規性". */
const CHINESE_AND = /[與与和及]\s*&(?:amp;)?(?![#\p{L}\p{N}]+;)|&(?:amp;)?\s*[與与和及]/u;
/** The English writes "and" beside "&" itself. */
const ENGLISH_AND = /\band\s*&|&(?:amp;)?\s*and\b/i;
/**
 * German prepositions doubled, the second one holding the first with its article: "zu zur Seite"
 * ("zur" is "zu der"), "von vom", "bei beim", "in im", "an am".
 */
const GERMAN_PREPOSITIONS: readonly (readonly [string, readonly string[]])[] = [
  ['zu', ['zum', 'zur']],
  ['von', ['vom']],
  ['bei', ['beim']],
  ['in', ['im']],
  ['an', ['am']],
];

/**
 * The first of {@link GERMAN_PREPOSITIONS} in the prose, as
 * `/(?<![\p{L}\p{M}-])(?:zu zu[mr]|von vom|bei beim|in im|an am)(?![\p{L}\p{M}])/u` finds it:
 * read at each space rather than tried at every place (the pairs start with common letters).
 */
function germanPrepositions(prose: string): { start: number; end: number } | undefined {
  for (let p = prose.indexOf(' '); p !== -1; p = prose.indexOf(' ', p + 1)) {
    // Each pair has "u", "n" or "i" before its space and "z", "v", "b", "i" or "a" after it.
    const before = prose.charCodeAt(p - 1);
    const after = prose.charCodeAt(p + 1);
    if ((before !== 117 && before !== 110 && before !== 105) || (after !== 122 && after !== 118 && after !== 98 && after !== 105 && after !== 97)) continue;
    for (const [first, seconds] of GERMAN_PREPOSITIONS) {
      const start = p - first.length;
      if (start < 0 || !prose.startsWith(first, start)) continue;
      for (const second of seconds) {
        const end = p + 1 + second.length;
        if (prose.startsWith(second, p + 1) && !letterMarkOrHyphenBefore(prose, start) && !letterOrMarkAt(prose, end)) return { start, end };
      }
    }
  }
  return undefined;
}

const LETTER_OR_MARK_AT = /^[\p{L}\p{M}]/u;
const LETTER_MARK_OR_HYPHEN_BEFORE = /[\p{L}\p{M}-]$/u;

/** The character (a whole code point) before `at` is a letter, a mark or a hyphen. */
function letterMarkOrHyphenBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
  return LETTER_MARK_OR_HYPHEN_BEFORE.test(text.slice(Math.max(0, at - 2), at));
}

/** The character (a whole code point) at `at` is a letter or a mark. */
function letterOrMarkAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_MARK_AT.test(text.slice(at, at + 2));
}

/**
 * A thing said twice that is not one word twice: "and" beside the "&" that says it already
 * (where the English writes only the "&"), or a German preposition before its own contraction.
 */
function saidTwice(s: SegmentCheck): { start: number; end: number; text: string; ampersand: boolean } | undefined {
  const prose = s.tr.prose;
  const language = languageOf(s.locale);
  if (prose.indexOf('&') !== -1 && s.en.text.indexOf('&') !== -1 && !ENGLISH_AND.test(s.en.prose)) {
    let pattern: RegExp | undefined;
    if (language === 'zh' || language === 'ja') pattern = CHINESE_AND;
    else if (AND[language]) pattern = AND_PATTERNS.get(language) ?? AND_PATTERNS.set(language, andPattern(AND[language])).get(language);
    const m = pattern?.exec(prose);
    if (m) return { start: s.tr.base + m.index, end: s.tr.base + m.index + m[0].length, text: m[0], ampersand: true };
  }
  if (language === 'de') {
    const m = germanPrepositions(prose);
    if (m) return { start: s.tr.base + m.start, end: s.tr.base + m.end, text: prose.slice(m.start, m.end), ampersand: false };
  }
  return undefined;
}

/** A word of two to four Chinese characters written twice with nothing between ("設定設定"): Chinese has no spaces to tell words apart. */
const CHINESE_TWICE = /([\u3400-\u4dbf\u4e00-\u9fff]{2,4})\1/gu;
/**
 * Verbs Chinese rightly says twice, "ABAB", to soften them ("討論討論", talk it over), and
 * counting words said twice ("一個一個", one by one): written so in ordinary prose.
 */
const CHINESE_REDUPLICATED = new Set(['討論', '研究', '考慮', '檢查', '休息', '學習', '練習', '整理', '準備', '介紹', '瞭解', '了解', '商量', '嘗試', '一個', '一次', '一點', '讨论', '考虑', '检查', '学习', '练习', '准备', '介绍', '尝试', '一个', '一点']);
/**
 * Characters that, right after the second copy, make it the start of another word ("使用使用者",
 * use the user's; "程式程式碼", the program's code; "擁有擁有者", have an owner; "設定設定為",
 * set the setting to): the two are different words that share a start. Read on the corpus, where
 * these continuations make up the repeats the translations write again and again.
 */
const CHINESE_WORD_GOES_ON = new Set(['者', '碼', '為', '至', '的', '檔', '廳', '於', '到', '成', '码', '为', '档', '厅', '于']);

/**
 * A word of two to four Chinese characters written twice in a row, in a Chinese translation
 * where its English says nothing twice: machine translation rendering one English word twice
 * ("延遲延遲"). Not a verb said twice to soften it, nor a word whose second copy starts a longer
 * word, nor a pair with the particle "的" ("群組的群組管理員": the groups' group admins).
 */
function chineseWordTwice(s: SegmentCheck, usesTwice: () => boolean): { start: number; end: number; word: string; removeFrom?: number } | undefined {
  if (languageOf(s.locale) !== 'zh') return undefined;
  const text = s.tr.text;
  const m = firstMatch(text, CHINESE_TWICE, (word, end) => CHINESE_REDUPLICATED.has(word) || word.includes('的') || CHINESE_WORD_GOES_ON.has(text[end] ?? ''));
  // The English says a word twice itself ("Busy on Busy", "map crawled map crawled"): the translation's two may be its two.
  if (!m || usesTwice() || repeatsAny(s.en) || saysAgainSoon(s.en.words)) return undefined;
  const word = m[1];
  return { start: s.tr.base + m.index + word.length, end: s.tr.base + m.index + m[0].length, word };
}

/**
 * The first match of a global pattern whose first group `passOver` does not pass over (given
 * where the match ends), looked for again one character on from each one passed over.
 */
function firstMatch(text: string, pattern: RegExp, passOver: (word: string, end: number, start: number) => boolean): RegExpExecArray | undefined {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!passOver(m[1], m.index + m[0].length, m.index)) return m;
    pattern.lastIndex = m.index + 1;
  }
  return undefined;
}

/**
 * A word of two to four Chinese characters, or a phrase of up to sixteen that starts and ends
 * with one and may hold Latin words ("現有的 Office 安裝"), on both sides of "and" or "or" (和, 與,
 * 及, 或) or of the list comma (、): "設定和設定", "限制與限制", "所有連絡人或所有連絡人"; each copy may
 * stand in the brackets or quotes that mark a UI label ("[垃圾郵件] 或 [垃圾郵件]", 「…」).
 */
const CHINESE_LISTED_TWICE = /([\u3400-\u4dbf\u4e00-\u9fff](?:[\u3400-\u4dbf\u4e00-\u9fff]{1,3}|[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9 ]{3,14}[\u3400-\u4dbf\u4e00-\u9fff]))(?:\s*[\]」])?\s*[和與与及或、]\s*(?:[[「]\s*)?\1/gu;

/**
 * Characters that, right before the first copy, make it the end of a longer word: "租使用者"
 * (tenant) or "使用者" (user), "行動電話" (mobile phone) and "電話語音" (telephony), "網路釣魚詐騙"
 * (phishing scam) and "詐騙攻擊" (spoofing attack). Read on the corpus, where these made the
 * false alarms of the list shape.
 */
const CHINESE_WORD_ENDS_HERE = new Set(['租', '動', '魚']);

/**
 * Two English words of a list rendered by one Chinese word, said on both sides of "and", "or"
 * or the list comma ("設定和設定", for "set up and configure"; "垃圾郵件和垃圾郵件", for "spam and
 * junk email"). Not where the second copy starts a longer word ("路由器或路由器的", the router's)
 * or the first ends one ("租使用者或使用者", tenant or user), nor where the English says a word
 * again, or a form of it, within a few words ("font or font size", "labels, label policies", "user
 * or user groups"), or uses a content word twice anywhere ("deactivate a role … or when a role
 * activation expires"): the translation's two may be its two.
 */
function chineseListedTwice(s: SegmentCheck): { start: number; end: number; word: string; removeFrom: number } | undefined {
  if (languageOf(s.locale) !== 'zh') return undefined;
  const text = s.tr.text;
  const m = firstMatch(text, CHINESE_LISTED_TWICE, (word, end, start) => CHINESE_WORD_GOES_ON.has(text[end] ?? '') || CHINESE_WORD_ENDS_HERE.has(text[start - 1] ?? '') || CHINESE_REDUPLICATED.has(word));
  if (!m || saysFormAgainSoon(s.en.words) || usesAWordTwice(s.en.words, true)) return undefined;
  const word = m[1];
  const end = s.tr.base + m.index + m[0].length;
  return { start: end - word.length, end, word, removeFrom: s.tr.base + m.index + word.length };
}

/**
 * The English says a word of three letters or more, or a form of it, again within four words
 * ("font or font size", "labels, label policies", "policies and policy packages", "applications
 * and type of applications"). A form: the shorter word but its last letter starts the longer.
 */
function saysFormAgainSoon(words: readonly { text: string }[], passOver?: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text.toLowerCase();
    if (w.length < 3 || passOver?.has(w)) continue;
    for (let j = i + 1; j <= i + AGAIN_WITHIN + 1 && j < words.length; j++) {
      const o = words[j].text.toLowerCase();
      const [short, long] = o.length < w.length ? [o, w] : [w, o];
      if (short.length >= 3 && long.startsWith(short.length >= 4 ? short.slice(0, -1) : short)) return true;
    }
  }
  return false;
}

/** How many words on the English may say a word again and still say it twice: "Busy on Busy", "map crawled map crawled". */
const AGAIN_WITHIN = 3;

/** The English says a word of four letters or more again within a few words. */
function saysAgainSoon(words: readonly { text: string }[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text.toLowerCase();
    if (w.length < 4) continue;
    for (let j = i + 1; j <= i + AGAIN_WITHIN && j < words.length; j++) if (words[j].text.toLowerCase() === w) return true;
  }
  return false;
}

/**
 * The words that go on a list, by language: "and" and "or" ("configurarea, configurarea și
 * implementarea", for "setting up, configuring, and deploying").
 */
const LIST_GOES_ON: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(['und', 'oder', 'sowie']),
  fi: new Set(['ja', 'tai', 'sekä']),
  it: new Set(['e', 'ed', 'o', 'od', 'oppure']),
  ro: new Set(['și', 'si', 'sau', 'ori']),
  fr: new Set(['et', 'ou']),
  es: new Set(['y', 'e', 'o', 'u']),
  pt: new Set(['e', 'ou']),
  nl: new Set(['en', 'of']),
  sv: new Set(['och', 'eller']),
  da: new Set(['og', 'eller']),
  nb: new Set(['og', 'eller']),
  no: new Set(['og', 'eller']),
};

/** A word that goes on a list in the locale's language, or in English. */
function listGoesOn(word: string, locale: string | undefined): boolean {
  const w = word.toLowerCase();
  if (w === 'and' || w === 'or') return true;
  return LIST_GOES_ON[languageOf(locale)]?.has(w) === true;
}

/**
 * A word said twice as two items of a list, where the English lists different words: machine
 * translation rendering two English words by one ("määrittämisestä, määrittämisestä ja
 * käyttöönotosta", for "setting up, configuring, and deploying"; "inoltrati/inoltrati", for
 * "forwarded/relayed"). After a comma, the list must go on right after the second copy (a comma,
 * "and", "or"): German rightly says a verb twice across a comma, one ending a clause and one
 * starting the next ("wenn Sie es verwenden, verwenden Sie"). The English must list with the same
 * mark and say no word again close to itself ("All apps/Owned apps", "time only or time, subject":
 * the translation's two may be its two).
 */
function listedTwice(s: SegmentCheck, between: string, end: number, next: Word | undefined): boolean {
  if (between === '/') return s.en.text.indexOf('/') !== -1 && !saysAgainSoon(s.en.words);
  return /^, +$/.test(between) && s.en.text.indexOf(',') !== -1 && listContinues(s, end, next) && !saysAgainSoon(s.en.words);
}

/** What follows a list item's second copy, ending at `end`: a comma, or "and" or "or" after a space. */
function listContinues(s: SegmentCheck, end: number, next: Word | undefined): boolean {
  const prose = s.tr.prose;
  const at = end - s.tr.base;
  if (/^,\s/.test(prose.slice(at, at + 2))) return true;
  return next !== undefined && listGoesOn(next.text, s.locale) && /^ +$/.test(prose.slice(at, next.start - s.tr.base));
}

/**
 * A word on both sides of "and" or "or" ("kuvia tai kuvia", for "images or pictures";
 * "keskeyttäminen tai keskeyttäminen", for "suspend or pause"): two English words rendered by
 * one; "l'inoltro o l'inoltro", for "relaying or forwarding", the elided article part of the word.
 * Not where the English says a word again, or a form of it, within a few words ("font or font
 * size"; its function words, "for relaying or forwarding", say nothing), or one that ends in it
 * ("install or re-install", "asenna tai asenna uudelleen"; "Ctrl+click or right-click"), or uses a
 * content word twice (`usesFormsTwice`) and pairs nothing with "and", "or" or "/": the translation's
 * two may be the English's two. Not a name in capitals ("AAD oder AAD Hybrid"), nor an article.
 */
function pairedTwice(s: SegmentCheck, usesFormsTwice: () => boolean): { start: number; end: number; word: string; removeFrom: number; removeTo: number } | undefined {
  const text = s.tr.prose;
  if (!LIST_GOES_ON[languageOf(s.locale)]) return undefined;
  const words = s.tr.words;
  const base = s.tr.base;
  const spaces = (a: Word, b: Word) => /^ +$/.test(text.slice(a.end - base, b.start - base));
  for (let i = 0; i + 2 < words.length; i++) {
    const [a, and, b] = [words[i], words[i + 1], words[i + 2]];
    if (a.text.length < 3 || a.text.length !== b.text.length || !sameLowered(a.text, b.text) || !listGoesOn(and.text, s.locale) || /^(?:and|or)$/i.test(and.text)) continue;
    // Or the second in brackets, as an alternative: "ändern (oder ändern)" for "Modify (or Change)".
    // The first may be a label in bold ("**ändern** (oder ändern)").
    const bracketed = /^(?:\*\*)? \($/.test(text.slice(a.end - base, and.start - base)) && text[b.end - base] === ')';
    if (/\p{N}/u.test(a.text) || !/\p{Ll}/u.test(a.text) || !(spaces(a, and) || bracketed) || !spaces(and, b)) continue;
    // A word the language rightly says twice: an article or pronoun ("das und das", for "the … and the …").
    if (legitimate(a.text.toLowerCase(), s.locale)) continue;
    // A name whose second copy starts a longer name ("Microsoft o Microsoft Cloud Solution Provider"): two names.
    if (/^\p{Lu}/u.test(b.text) && /^\p{Lu}/u.test(words[i + 3]?.text ?? '') && spaces(b, words[i + 3])) continue;
    const inside = container(s.tr, b.start);
    if (container(s.tr, a.start) !== inside && !bracketed) continue;
    if (repeatsAny(s.en)) return undefined;
    // The English pairs no two things: each "and" or "or" of it joins clauses ("For more info, or to learn how …", "for the
    // user and they will …"), so the translation's word on both sides may be the subject or head of each ("Informationen
    // oder Informationen zum …", "l'utente e l'utente dovrà").
    if (joinsOnlyClauses(s.en.prose)) return undefined;
    // A word of the English pair kept as written right beside a copy ("l'accesso e l'accesso alle API" for "sign-in and API
    // access"): the copies are the head each item qualifies, not the pair's two words rendered by one.
    if (pairWordBeside(s.en.words, words, i)) continue;
    // Inside a link, the English link's own words are what the pair renders ("[Einschränkungen und Einschränkungen](url)" for
    // "[restrictions and limitations](url)"): a word the English says again elsewhere ("file names and file types") is none of theirs.
    const linked = linkedEnglishWords(s, inside);
    if (linked) {
      if (saysFormAgainSoon(linked, ENGLISH_FUNCTION_WORDS) || endsInAnotherSoon(linked) || usesAWordTwice(linked, true)) return undefined;
      return { start: b.start, end: b.end, word: b.text, removeFrom: bracketed ? and.start - 2 : a.end, removeTo: bracketed ? b.end + 1 : b.end };
    }
    // Read around the English's own pairs: a word said again elsewhere ("Azure Active Directory (Azure AD) … secure and help") is none of theirs.
    if (aroundPairs(s.en.words).some((near) => saysFormAgainSoon(near, ENGLISH_FUNCTION_WORDS) || endsInAnotherSoon(near))) return undefined;
    // A content word the English uses twice, apart, may be the translation's two only where the English pairs nothing ("your users … Skype Consumer users").
    if (usesFormsTwice() && !ENGLISH_PAIRS.test(s.en.prose)) return undefined;
    return { start: b.start, end: b.end, word: b.text, removeFrom: bracketed ? and.start - 2 : a.end, removeTo: bracketed ? b.end + 1 : b.end };
  }
  return undefined;
}

/**
 * The words of the English link that a translation's link renders, where `inside` is a link
 * of the translation and both sides have as many links (the same place in each); undefined
 * otherwise, and for a link whose English text holds no "and", "or", "/" or "&" to pair.
 */
function linkedEnglishWords(s: SegmentCheck, inside: object | undefined): readonly Word[] | undefined {
  if (!inside || s.tr.links.length !== s.en.links.length) return undefined;
  const k = s.tr.links.indexOf(inside as InlineLink);
  if (k < 0) return undefined;
  const english = s.en.links[k];
  if (!ENGLISH_PAIRS.test(english.text)) return undefined;
  return s.en.words.filter((w) => w.start >= english.textStart && w.end <= english.textEnd);
}

/**
 * The English words around each "and" or "or" it says (as many on each side as a word said again
 * may stand apart, {@link AGAIN_WITHIN}, and one more): what a pair the translation says twice
 * renders. All the words where the English pairs with "/" or "&" only, which are not words.
 */
function aroundPairs(words: readonly Word[]): (readonly Word[])[] {
  const out: Word[][] = [];
  const reach = AGAIN_WITHIN + 1;
  words.forEach((w, i) => {
    if (/^(?:and|or)$/i.test(w.text)) out.push(words.slice(Math.max(0, i - reach), i + reach + 1));
  });
  return out.length ? out : [words];
}

/**
 * English words of three or four letters that say how the sentence goes, not what it is about:
 * one said again close by ("determined and recorded during transport and routing") or starting a
 * longer word ("for relaying or forwarding") says nothing of the pair a translation says twice.
 */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(['and', 'the', 'for', 'you', 'your', 'are', 'can', 'not', 'any', 'all', 'its', 'our', 'has', 'have', 'was', 'but', 'with', 'from', 'into', 'that', 'this', 'then', 'than', 'when', 'will', 'may', 'how', 'who', 'out', 'off', 'per', 'via']);

/**
 * The words that open a clause after "and" or "or" rather than a second thing of a pair: "to" of
 * an infinitive ("or to learn how"), a subject pronoun ("and they will"), a negated auxiliary ("or
 * didn't see").
 */
const CLAUSE_OPENERS = /^(?:to|they|you|we|he|she|it|i|there|didn't|don't|doesn't|can't|won't|isn't|aren't|wasn't|weren't|haven't|hasn't|couldn't|wouldn't|shouldn't)$/;

/**
 * Every "and" or "or" of the English opens a clause (see {@link CLAUSE_OPENERS}), but for a word
 * beside its own negation ("can and can't"), and it pairs nothing with "/" or "&".
 */
function joinsOnlyClauses(english: string): boolean {
  if (/[/&]/.test(english)) return false;
  let any = false;
  for (const m of english.matchAll(/([\p{L}'’]+)[\s,]+(?:and|or)\b[\s,]+([\p{L}'’]+)/giu)) {
    const next = m[2].toLowerCase().replace(/’/g, "'");
    // A word and its own negation are a pair ("can and can't", "do or don't").
    if (!CLAUSE_OPENERS.test(next) || next === `${m[1].toLowerCase()}n't` || next === `${m[1].toLowerCase()}'t`) return false;
    any = true;
  }
  return any;
}

/** How many words from a copy a word of the English pair may stand and still qualify it. */
const QUALIFIER_WITHIN = 3;

/**
 * A word of an English pair ("sign-in and API access": "sign-in", "API") stands as written,
 * within a few words, before the first copy of the translation's word at `i` (its words `i` and
 * `i + 2`, "and" between them) or after the second; not a pair the translation keeps whole.
 */
function pairWordBeside(english: readonly Word[], words: readonly Word[], i: number): boolean {
  const near = (text: string, from: number, to: number) => {
    for (let k = Math.max(0, from); k <= to && k < words.length; k++) if (words[k].text.toLowerCase() === text) return true;
    return false;
  };
  for (let j = 1; j + 1 < english.length; j++) {
    if (!/^(?:and|or)$/i.test(english[j].text)) continue;
    const [first, second] = [english[j - 1].text.toLowerCase(), english[j + 1].text.toLowerCase()];
    // A pair the translation keeps whole ("OneDrive and SharePoint" → "OneDrive ja SharePoint") is rendered by itself, not by the copies.
    if (near(first, 0, words.length) && near(second, 0, words.length)) continue;
    if (first.length > 1 && near(first, i - QUALIFIER_WITHIN, i - 1)) return true;
    if (second.length > 1 && near(second, i + 3, i + 2 + QUALIFIER_WITHIN)) return true;
  }
  return false;
}

/** The English joins two things with "and", "or", "/" or "&": a pair the translation may render by one word said twice. */
const ENGLISH_PAIRS = /\b(?:and|or)\b|[/&]/i;

/**
 * The English says a word, and within a few words one that ends in it or its plural: "install or
 * re-install", "Ctrl+click or right-click", "site collections or sub-sites". Not a function word
 * that only spells a longer word's end ("are" of "aware", "for" of "before").
 */
function endsInAnotherSoon(words: readonly { text: string }[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text.toLowerCase();
    if (w.length < 3 || ENGLISH_FUNCTION_WORDS.has(w)) continue;
    for (let j = Math.max(0, i - AGAIN_WITHIN - 1); j <= i + AGAIN_WITHIN + 1 && j < words.length; j++) {
      const o = words[j].text.toLowerCase();
      if (j !== i && o.length > w.length + 1 && (o.endsWith(w) || o.endsWith(`${w}s`))) return true;
    }
  }
  return false;
}

interface Repeat extends Occurrence {
  readonly word: string;
}

/** The bold or italic span, or link text, innermost around an offset, or undefined in plain text. */
function container(side: InlineText, at: number): object | undefined {
  let found: object | undefined;
  let size = Infinity;
  for (const e of side.emphasis.spans) {
    if (at >= e.contentStart && at < e.contentEnd && e.contentEnd - e.contentStart < size) {
      found = e;
      size = e.contentEnd - e.contentStart;
    }
  }
  for (const l of side.links) {
    if (at >= l.textStart && at < l.textEnd && l.textEnd - l.textStart < size) {
      found = l;
      size = l.textEnd - l.textStart;
    }
  }
  return found;
}

/**
 * The word `b` is the whole text of a bold or italic label or link that opens right after the
 * plain word `a` and white space ("utilizatori **utilizatori**", "Domänen [Domänen](url)"): machine
 * translation wrote the label's word once outside it. Where the plain copy ends, with its space.
 */
function wholeLabelAfter(side: InlineText, a: Word, b: Word, between: string): { removeTo: number } | undefined {
  if (!/^\s+(?:\*{1,2}|_{1,2}|\[)$/.test(between) || container(side, a.start) !== undefined) return undefined;
  const label = container(side, b.start);
  if (!label) return undefined;
  const [start, end] = 'contentStart' in label ? [(label as EmphasisSpan).contentStart, (label as EmphasisSpan).contentEnd] : [(label as InlineLink).textStart, (label as InlineLink).textEnd];
  if (start !== b.start || end !== b.end) return undefined;
  return { removeTo: a.end + (between.length - between.trimStart().length) };
}

/** An opening bold or italic marker, link or tag right after white space. */
const LABEL_OPENS = /^\s+(?:\*|_|\[|<)/;

/**
 * The English uses a content word (four letters or more) twice, apart; with `forms`, also two
 * forms of one word, one the other's start ("do not appear or are intermittently appearing"):
 * a phrase the translation says twice may then be the English's two.
 */
function usesAWordTwice(words: readonly { text: string }[], forms = false): boolean {
  const seen = new Set<string>();
  const stems: string[] = [];
  for (const w of words) {
    if (w.text.length < 4 || !/\p{L}/u.test(w.text)) continue;
    const k = w.text.toLowerCase();
    if (seen.has(k)) return true;
    seen.add(k);
    if (!forms || k.length < 5) continue;
    if (stems.some((o) => (o.length < k.length ? k.startsWith(o) : o.startsWith(k)))) return true;
    stems.push(k);
  }
  return false;
}

/**
 * Some word of the English stands twice in a row, but for case, with only white space, a comma
 * or emphasis markers between ("that that", "*and*, and"; not "**Groups** > **Groups**").
 */
function repeatsAny(side: InlineText): boolean {
  const words = side.words;
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1];
    const b = words[i];
    if (a.end - a.start !== b.end - b.start || a.text.toLowerCase() !== b.text.toLowerCase()) continue;
    if (/^[\s,*_]+$/.test(side.slice({ start: a.end, end: b.start })) && /\s/.test(side.slice({ start: a.end, end: b.start }))) return true;
  }
  return false;
}

/** The English uses a word of four letters or more twice, apart, capitalized at least once: a name or a UI label ("Users > Active users"). */
function usesALabelTwice(words: readonly { text: string }[]): boolean {
  const seen = new Map<string, boolean>();
  for (const w of words) {
    if (w.text.length < 4 || !/\p{L}/u.test(w.text)) continue;
    const k = w.text.toLowerCase();
    const capital = /^\p{Lu}/u.test(w.text);
    const before = seen.get(k);
    if (before !== undefined && (before || capital)) return true;
    seen.set(k, capital);
  }
  return false;
}

function repeats(words: readonly { text: string }[], word: string): boolean {
  for (let i = 1; i < words.length; i++) {
    if (words[i].text.toLowerCase() === word && words[i - 1].text.toLowerCase() === word) return true;
  }
  return false;
}
