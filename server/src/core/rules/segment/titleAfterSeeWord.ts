import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';

/**
 * Chinese writes no space between "see" (請參閱) and what it points to, and machine translation
 * often opens the link one word late: "請參閱設定 [密碼單一登入](url)" for "see [Configure password
 * single sign-on](url)", or in the middle of a word, "請參閱匯 [入電子郵件…](url)" (匯入, import).
 * Where the English link follows "see" right away, the words between the translation's "see" and
 * its link are the title's first. Read from the corpus's zh-TW links; the Simplified forms of the
 * same words are written beside them.
 */
const SEE_THEN_WORDS: Readonly<Record<string, RegExp>> = {
  zh: /(?:請參閱|參閱|請參考|請見|请参阅|参阅|请参考|请见)([\u3400-\u9fff]{1,3})[ \u00a0]*$/u,
};

/**
 * Words a title does not start with, or that the English may have outside its link too: the
 * coverbs and particles that Chinese puts before a complete title ("在", in; "將", the object
 * marker; "為", for; "關於", about), pronouns and "this" ("您的", "本"), "how" ("如何"). Left
 * before a link that holds the whole title, they are no defect.
 */
const NOT_A_TITLE_START = /^(?:在|將|為|針對|關於|由|從|對|以|於|與|和|或|及|的|您|我|已|如何|把|向|給|讓|用|透過|搭配|此|本|這|該|下列|以下|有關|如需|将|为|针对|关于|从|对|与|给|让|通过|这|该|有关)/u;

/** The English link comes right after the reader's verb ("see [Title](url)", "refer to [Title](url)"). */
const ENGLISH_SEE_BEFORE = /\b(?:see|check|refer\s+to|review|read)[ \u00a0]*$/iu;

/**
 * The words between the translation's "see" and its link ("設定" of "請參閱設定 [密碼單一登入](url)"),
 * where the English link follows "see" right away and they are not a word a title does not
 * start with: the link starts after the title's first words.
 */
export function titleAfterSeeWord(s: SegmentCheck, link: InlineLink, english: InlineLink): string | undefined {
  const pattern = SEE_THEN_WORDS[languageOf(s.locale)];
  if (!pattern || !/^[\s]*[\u3400-\u9fff\p{L}]/u.test(link.text)) return undefined;
  if (!ENGLISH_SEE_BEFORE.test(s.en.text.slice(Math.max(0, english.start - s.en.base - 20), english.start - s.en.base))) return undefined;
  const words = pattern.exec(s.tr.text.slice(Math.max(0, link.start - s.tr.base - 20), link.start - s.tr.base))?.[1];
  return words && !NOT_A_TITLE_START.test(words) ? words : undefined;
}

/** The English link ends its sentence: nothing but punctuation, spaces or emphasis markers after it. */
const ENGLISH_ENDS_AFTER = /^[\s.:;,!?)*_]*$/u;
/**
 * Chinese characters right after the link (past one space), then only the sentence's punctuation
 * to the end of the segment: the words the translation ends on.
 */
const HAN_TO_END: Readonly<Record<string, RegExp>> = {
  zh: /^[ \u00a0]?([\u3400-\u9fff]{1,6})[\s。．.，,：:；;！!？?]*$/u,
};
/**
 * What Chinese rightly writes after a complete title: a particle or postposition ("的", "中",
 * "上", "裡"), or "the article" the locale says a title is ("一文", "文章").
 */
const NOT_A_TITLE_END = /^(?:的|之|中|上|裡|里|內|内|了)|^一?文(?:章)?$/u;

/**
 * The English sentence ends with a link right after the reader's verb ("see [Open the Exchange
 * Management Shell](url)."), and the Chinese translation goes on after its link with a word to
 * the end of the sentence ("請參閱 [開啟 Exchange 管理命令](url) 介面。"): that word is the title's
 * last, left outside the link, as nothing else of the English follows the title. Particles and
 * "the article" after a whole title are the locale's own. Returns the words after the link.
 */
export function titleEndAfterLink(s: SegmentCheck, link: InlineLink, english: InlineLink): string | undefined {
  const pattern = HAN_TO_END[languageOf(s.locale)];
  if (!pattern || !/[\u3400-\u9fff\p{L}]/u.test(link.text)) return undefined;
  if (!ENGLISH_ENDS_AFTER.test(s.en.text.slice(english.end - s.en.base))) return undefined;
  if (!ENGLISH_SEE_BEFORE.test(s.en.text.slice(Math.max(0, english.start - s.en.base - 20), english.start - s.en.base))) return undefined;
  const words = pattern.exec(s.tr.text.slice(link.end - s.tr.base))?.[1];
  return words && !NOT_A_TITLE_END.test(words) ? words : undefined;
}

/**
 * One or two words right after the link (past one space), then only the sentence's punctuation
 * to the end of the segment, in a language written with spaces. A hyphen first is a case ending
 * or compound joined to the title ("[Title] -kohdassa"), no word of its own.
 */
const WORDS_TO_END = /^ ?(\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*)?)[\s.:;,!?]*$/u;

/**
 * Languages that put the sentence's verb, or its particle, after the link that "see" points to
 * ("ziehen Sie [Title](url) zurate", "[Title](url) überprüfen"; an auxiliary a title leaves at
 * its end, which the labelling guide excuses): a word after the link says nothing of the title.
 */
const VERB_AFTER_OBJECT = new Set(['de', 'nl', 'ja', 'ko', 'tr']);

/**
 * {@link titleEndAfterLink} in a language written with spaces: the English sentence ends with a
 * link right after "see", and the translation goes on after its link with one or two words to the
 * end of the sentence ("consultați [dezactivarea mesajelor](url) prioritare." for "see [Turn off
 * Focused Inbox](url).", "[Backup](url) ja palauttaminen"), not a connecting word of the
 * locale alone: they are the title's last words, left outside the link.
 */
export function titleWordsAfterLink(s: SegmentCheck, link: InlineLink, english: InlineLink): string | undefined {
  const language = languageOf(s.locale);
  if (HAN_TO_END[language] || VERB_AFTER_OBJECT.has(language) || !/\p{L}/u.test(link.text)) return undefined;
  if (!ENGLISH_ENDS_AFTER.test(s.en.text.slice(english.end - s.en.base))) return undefined;
  if (!ENGLISH_SEE_BEFORE.test(s.en.text.slice(Math.max(0, english.start - s.en.base - 20), english.start - s.en.base))) return undefined;
  const words = WORDS_TO_END.exec(s.tr.text.slice(link.end - s.tr.base))?.[1];
  if (!words) return undefined;
  if (!words.includes(' ')) {
    if (s.learned.functionWord(words, s.locale)) return undefined;
    // A postposition that governs the whole title ("[… OneNoten](url) avulla", by means of), unless the link ends on the hyphen of a compound it cuts ("[… Outlook.com-](url) sovelluksessa").
    if (POSTPOSITIONS.has(language) && !/-\s*$/.test(link.text)) return undefined;
  }
  return words;
}

/**
 * Languages with postpositions, which a title's translation may end on ("avulla", "varten",
 * "kautta"), after a link that covers the whole title: one word after the link is not enough.
 */
const POSTPOSITIONS = new Set(['fi', 'et', 'hu']);
