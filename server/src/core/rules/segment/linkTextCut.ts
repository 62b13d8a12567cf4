import type { InlineText } from '../../inline/inlineText';
import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { segmentRule } from '../segmentRule';
import { isWhitespace } from '../../inline/chars';
import { quote } from './compare';
import { nameRunsOf } from '../../terms/names';
import { headNounAfterLink, headNounBeforeLink } from './headNouns';
import { isSeeWord, seeWordsPulledIn } from './seeWords';
import { selectVerbPulledIn } from './selectVerbs';
import { leadInPulledIn } from './leadInPulledIn';
import { titleAfterSeeWord, titleEndAfterLink, titleWordsAfterLink } from './titleAfterSeeWord';
import { verbAfterLink } from './verbAfterLink';
import { clauseInLink } from './clauseInLink';
import { hanWordCut, hanWordCutAtStart, type HanCut } from './hanWordCut';
import { titleHeadBeforeLink } from './titleHeadBeforeLink';
import { titleVerbBeforeLink } from './titleVerbBeforeLink';
import { connectorAtLinkEnd } from './connectorAtLinkEnd';
import { conjunctionAtEdge, conjunctionBeforeLink } from './conjunctionAtEdge';
import { wordsOutsideWholeLink } from './wholeLinkCut';
import { compoundCutBeforeLink } from './compoundCutBeforeLink';
import { wordCutAtLinkEnd } from './wordCutAtLinkEnd';
import { quotedTitleCut } from './quotedTitleCut';
import { phraseCutAtLink, type PhraseCut } from './phraseCutAtLink';
import { bracketCut, bracketPartner, nameOfEnglish, straightQuoteCut, capitalizesNouns, isEnglishFunctionWord, keptNamesOf, nameCutBy, onlyFunctionWords, unmatchedBracket, wordsOf } from './spanBounds';

/** A link text that starts with a hyphen joined to a word: an ending or a compound's tail of the word before the link (`SharePoint Online [-järjestelmänvalvojana …]`, `30 [-tägige Nachfrist]`). */
const LEADING_JOINED_HYPHEN = /^\s*-(?=\p{L})/u;

/** Punctuation a link's text does not start with: what belongs before the link (a Chinese or Japanese comma too, `[、接收…]`). */
const LEADING_PUNCTUATION = /^\s*[:;,>)\]、，；：]/;

export const linkTextCut = segmentRule({
  code: 'link-text-cut',
  description:
    'A link on the wrong words: its text starts with punctuation that belongs before it (`[: …]`, `[> …]`) or with a hyphen that joins it to the word before (`Omat sovellukset [-portaaliin kirjautuminen](url)`; or, before the link, `Azure- [portaaliin](url)` for `[Azure portal](url)`), covers only connecting words of the language (`[zur](url)`), starts in the middle of the title the English links (`Remedierea [problemelor …](url)`, `Limiti [di archiviazione](url)`), cuts a name, a bracketed phrase or a quotation in two (`[Azure Active](url) Directory`, `「 [存取要求」清單](url)`, `"Überprüfen von [Schutzprotokollen"](url)`), runs on past the name the English links (`[Microsoft Store aus.](url)`), ends inside the quotation brackets that Japanese and Chinese put around a title, words of the title after it (`「[プライバシー ダッシュボード](url)でデータを表示する」`), ends or starts with the "and", "or" or "&" of a title that joins two things and leaves the other half outside (`[Tulostimen lisääminen tai](url) poistaminen`) or starts right after it, the first half and the conjunction before the link (`Produkte & [Dienste](url)`), runs on to the end of a German clause over words the English leaves after its link (`[melden Sie sich mit dem neuen Konto an](url)` for `[Sign in](url) with the new account`), opens in Chinese after the first word of the title, left between "see" and the link (`請參閱設定 [印表機佇列](url)`) starts with a preposition after the head of the title, left between "see" and the link or after it in the middle of the sentence (`vedere informazioni [sui gruppi di Microsoft 365](url)` for `see [Learn about Microsoft 365 Groups](url)`), or takes in the words that send the reader to it, which the English leaves outside (`Weitere [Informationen finden Sie unter Benutzer verwalten](url)`; besides a short list per language, the rendering of "see", "refer to" or "visit" that the locale\'s translations write right before such links, learned from the workspace). In Italian, Romanian, French, Spanish or Portuguese, a link that ends on the word that joins it to the noun after it (`[dashboard di integrità del](url) servizio`). In Chinese, a link that ends in the middle of a word, the rest of it right after the link (`[註冊應用](url)程式`, where the translations of the locale write `應用程式` as one word, or the same translation writes the word whole elsewhere), or with a demonstrative whose noun stands after it (`[閱讀此](url)資訊`); or a link that starts in the middle of a word, its head right before the link (`存取 [權限原則](url)`, where they write `存取權限` as one word). In a language written with spaces, a link that ends in the middle of a word that the locale\'s translations write whole, the rest of it right after the link, joined or after a space (`[… Outlookin verkko](url)versiossa`). A link that cuts a phrase of two words, one inside it and one right beside it, that the same translation writes side by side elsewhere (`[Come inviare messaggi di posta](url) elettronica … la posta elettronica`). Also a link that covers a much smaller part of its sentence than the English link of its own (`Verwalten des Zugriffs auf [Microsoft 365 Defender](url)`). A link that leaves two words or more outside where the English segment is its link alone (`Informazioni su [come eseguire la migrazione …](url)` for `[Learn about how to migrate …](url)`). In German, Romanian and Italian, also a link that leaves outside the verbs its English title opens with, written before the link (`Deinstallieren von [Microsoft Teams](url)` for `[Uninstall Microsoft Teams](url)`, `Adăugarea și eliminarea [membrilor](url)`, `Modificare un [nome utente](url)`). A link that ends before the last words of the title, left after it where the English sentence ends with its link after "see" (`請參閱 [移動或複製](url)檔案。` for `see [Move or copy files](url).`, `consultați [dezactivarea mesajelor](url) prioritare.` for `see [Turn off Focused Inbox](url).`). And a link on a step of a menu path that holds much less than the step the English links, the rest before the link or lost (`Metode de > [plată](url)`, `**Abrechnung** > [Dienste](url)` for `**Billing** > [Purchase services](url)`).',
  defaultSeverity: 'warning',
  fixable: false,
  learnsFromWorkspace: true,
  checkSegment(s) {
    if (!s.tr.has(']') || !s.en.has(']')) return;
    // The English links by URL, in order: each translation link takes the first one left (a search per link would be quadratic).
    const englishByUrl = new Map<string, InlineLink[]>();
    s.en.links.forEach((l, k) => {
      if (l.kind !== 'markdown' && l.kind !== 'html') return;
      const queue = englishByUrl.get(s.enUrls[k]);
      if (queue) queue.push(l);
      else englishByUrl.set(s.enUrls[k], [l]);
    });
    const { l10n } = s;
    s.tr.links.forEach((link, i) => {
      if (link.kind !== 'markdown' && link.kind !== 'html') return;
      const english = englishByUrl.get(s.trUrls[i])?.shift();
      if (!english) return;
      const text = link.text;
      if (!text.trim()) return; // link-text-empty's case
      // Made only for a message: most links are right.
      const shown = () => `"[${quote(text, 40)}]"`;
      // The English link's words, read once for the tests below.
      const englishWords = wordsOf(english.text);
      // The link text's words, read the first time a test asks (several do, most links are settled before).
      let linkWords: string[] | undefined;
      const linkWordsOf = () => (linkWords ??= wordsOf(text));
      let message: string | undefined;
      let head: string | undefined;
      let outside: string | undefined;
      let word: string | undefined;
      let pulled: string | undefined;
      let noun: { noun: string; english: string } | undefined;
      let verb: string | undefined;
      let joined: { word: string; atEnd: boolean } | undefined;
      let clause: string | undefined;
      let first: string | undefined;
      let cut: HanCut | undefined;
      let headBefore: { head: string; word: string } | undefined;
      let connector: { word: string; next: string } | undefined;
      let words: string | undefined;
      let phrase: PhraseCut | undefined;
      let split: { word: string; after: string } | undefined;
      let quoted: { words: string; close: string } | undefined;
      // A path's separator inside the link, after a step that is there ("[帳單]**[ > [購買服務]](url)**"), cuts nothing.
      const stepBefore = text.trim().startsWith('>') && /[\]*]\s*$/.test(s.tr.text.slice(0, link.start - s.tr.base));
      if (LEADING_PUNCTUATION.test(text) && !LEADING_PUNCTUATION.test(english.text) && !stepBefore) {
        message = l10n.t('The link text {link} starts with "{char}", which belongs before the link.', { link: shown(), char: text.trim()[0] });
      } else if (LEADING_JOINED_HYPHEN.test(text) && !LEADING_JOINED_HYPHEN.test(english.text)) {
        message = l10n.t('The link text {link} starts with "-{word}", which joins it to the word before the link: the link has moved off the words the English links, "{english}".', { link: shown(), word: wordsOf(text)[0] ?? '', english: quote(english.text, 60) });
      } else if (contentWords(english.text, englishWords) && onlyFunctionWords(s, text)) {
        message = l10n.t('The link text {link} is only connecting words; the English links "{english}".', { link: shown(), english: quote(english.text, 60) });
      } else {
        const name = nameCutBy(s, { start: link.textStart - s.tr.base, end: link.textEnd - s.tr.base });
        const leftOut = name ? undefined : titleWordLeftOut(s, link, english.text, englishWords, linkWordsOf);
        const connecting = name || leftOut ? undefined : startsWithConnectingWord(s, link, english.text, englishWords);
        if (name) message = l10n.t('The link text {link} cuts the name "{name}" in two.', { link: shown(), name });
        else if (runsOnPastName(s, text, english.text)) message = l10n.t('The link text {link} runs on past "{name}", the name the English links.', { link: shown(), name: quote(english.text.trim(), 60) });
        else if (leftOut) message = l10n.t('The link text {link} starts in the middle of the title: "{word}" before it starts the title the English links, "{english}".', { link: shown(), word: leftOut, english: quote(english.text, 60) });
        else if (bracketCut(text, english.text)) {
          const brackets = unmatchedBracket(text)!;
          const where = bracketPartner(text, brackets, s.tr.text.slice(0, link.start - s.tr.base), s.tr.text.slice(link.end - s.tr.base));
          message =
            where === 'outside'
              ? l10n.t('The link text {link} cuts the bracketed text in two: it holds one of the brackets {brackets}, and the other is outside it.', { link: shown(), brackets })
              : where === 'lost'
                ? l10n.t('The link text {link} holds one of the brackets {brackets}, and the sentence has lost the other.', { link: shown(), brackets })
                : l10n.t('The link text {link} holds the brackets {brackets} the wrong way round, the closing one first.', { link: shown(), brackets });
        }
        else if (straightQuoteCut(s, text, english.text)) message = l10n.t('The link text {link} cuts the quotation in two: one of its quotation marks (") is inside the link, the other outside it.', { link: shown() });
        else if ((quoted = quotedTitleCut(s, link, english))) message = l10n.t('The link text {link} ends inside the quotation brackets around the title: "{words}" stands after the link, before "{close}", outside it (the English links "{english}").', { link: shown(), words: quote(quoted.words, 40), close: quoted.close, english: quote(english.text, 60) });
        else if (connecting) message = l10n.t('The link text {link} starts with the connecting word "{word}", after "{before}": the start of the title the English links, "{english}", is left outside the link.', { link: shown(), word: connecting.word, before: connecting.before, english: quote(english.text, 60) });
        else if (coversLessThanEnglish(s, link, english, englishWords)) message = l10n.t('The link text {link} covers a much smaller part of the sentence than the English link "{english}": words of what the English links are left outside the link.', { link: shown(), english: quote(english.text, 60) });
        else if ((word = titleWordLeftOut(s, link, english.text, englishWords, linkWordsOf, true))) message = l10n.t('The link text {link} starts in the middle of the title: "{word}" before it starts the title the English links, "{english}".', { link: shown(), word, english: quote(english.text, 60) });
        else if ((outside = nameLeftOutside(s, link, english))) message = l10n.t('The link text {link} leaves out "{name}", which the English links ("{english}"): the name stands right beside the link, outside it.', { link: shown(), name: outside, english: quote(english.text, 60) });
        else if ((head = englishHeadOutside(s, link, englishWords, linkWordsOf()))) message = l10n.t('The link text {link} starts in the middle of the title the English links, "{english}": "{head}" of it is outside the link, or lost.', { link: shown(), english: quote(english.text, 60), head });
        else if ((pulled = seeWordsPulledIn(s.locale, text, english.text) ?? selectVerbPulledIn(s.locale, text, english.text, s.en.text.slice(0, english.start - s.en.base)) ?? leadInPulledIn(s, link, english))) message = l10n.t('The link text {link} takes in "{words}", which the English leaves outside the link.', { link: shown(), words: pulled.trim() });
        else if ((verb = verbAfterLink(s, link, english.text))) message = l10n.t('The link text {link} ends before "{word}", a word of the title the English links ("{english}"): it stands right after the link, outside it.', { link: shown(), word: verb, english: quote(english.text, 60) });
        else if ((noun = headNounBeforeLink(s, link, english))) message = l10n.t('The link text {link} leaves out "{noun}", the head noun of the title the English links ("{word}" of "{english}"): it stands right before the link, outside it.', { link: shown(), noun: noun.noun, word: noun.english, english: quote(english.text, 60) });
        else if ((noun = headNounAfterLink(s, link, english))) message = l10n.t('The link text {link} leaves out "{noun}", the head noun of the title the English links ("{word}" of "{english}"): it stands right after the link, outside it.', { link: shown(), noun: noun.noun, word: noun.english, english: quote(english.text, 60) });
        else if ((joined = conjunctionAtEdge(s, link, english)))
          message = joined.atEnd
            ? l10n.t('The link text {link} ends with the conjunction "{word}": the rest of the title the English links ("{english}") stands after the link, outside it.', { link: shown(), word: joined.word, english: quote(english.text, 60) })
            : l10n.t('The link text {link} starts with the conjunction "{word}": the start of the title the English links ("{english}") stands before the link, outside it.', { link: shown(), word: joined.word, english: quote(english.text, 60) });
        else if ((word = conjunctionBeforeLink(s, link, english))) message = l10n.t('The link text {link} starts after the conjunction "{word}": the start of the title the English links ("{english}") stands before it, outside the link.', { link: shown(), word, english: quote(english.text, 60) });
        else if ((first = titleAfterSeeWord(s, link, english))) message = l10n.t('The link text {link} starts after "{words}", the start of the title the English links ("{english}"): it stands between "see" and the link, outside it.', { link: shown(), words: first, english: quote(english.text, 60) });
        else if ((clause = clauseInLink(s, link, english))) message = l10n.t('The link text {link} runs on to the end of its clause, over the words the English leaves after its link "{english}" ("{words} …").', { link: shown(), english: quote(english.text, 60), words: clause });
        else if ((headBefore = titleHeadBeforeLink(s, link, english.text))) message = l10n.t('The link text {link} starts with the connecting word "{word}", after "{before}": the start of the title the English links, "{english}", is left outside the link.', { link: shown(), word: headBefore.word, before: headBefore.head, english: quote(english.text, 60) });
        else if ((word = titleVerbBeforeLink(s, text, link.start, english.text))) message = l10n.t('The link text {link} starts in the middle of the title: "{word}" before it starts the title the English links, "{english}".', { link: shown(), word, english: quote(english.text, 60) });
        else if ((connector = connectorAtLinkEnd(s, link, english))) message = l10n.t('The link text {link} ends with "{word}", which joins it to "{next}" right after the link, outside it: the phrase is cut in two (the English links "{english}").', { link: shown(), word: connector.word, next: connector.next, english: quote(english.text, 60) });
        else if ((cut = hanWordCut(s, link) ?? hanWordCutAtStart(s, link)))
          message = cut.atStart
            ? l10n.t('The link text {link} starts in the middle of a word or phrase: this language nearly always writes "{before}" right before "{first}", here outside the link, before it.', { link: shown(), before: cut.before, first: cut.after })
            : cut.elsewhere
              ? l10n.t('The link text {link} ends in the middle of a word or phrase: this translation writes "{word}" as one elsewhere, but here "{next}…" of it stands right after the link, outside it.', { link: shown(), word: cut.elsewhere, next: cut.after })
              : cut.demonstrative
            ? l10n.t('The link text {link} ends with "{word}", which points at the noun after it: "{next}…" stands right after the link, outside it.', { link: shown(), word: cut.before, next: cut.after })
            : l10n.t('The link text {link} ends in the middle of a word or phrase: this language nearly always writes more after "{before}", here "{next}…", which stands right after the link, outside it.', { link: shown(), before: cut.before, next: cut.after });
        else if ((phrase = phraseCutAtLink(s, link)))
          message = phrase.atStart
            ? l10n.t('The link text {link} starts in the middle of a phrase: this translation writes "{outside} {inside}" together elsewhere, but here "{outside}" stands right before the link, outside it.', { link: shown(), inside: phrase.inside, outside: phrase.outside })
            : l10n.t('The link text {link} ends in the middle of a phrase: this translation writes "{inside} {outside}" together elsewhere, but here "{outside}" stands right after the link, outside it.', { link: shown(), inside: phrase.inside, outside: phrase.outside });
        else if ((words = wordsOutsideWholeLink(s, link, english))) message = l10n.t('The link text {link} leaves "{words}" outside the link: the English links the whole segment, "{english}".', { link: shown(), words: quote(words, 40), english: quote(english.text, 60) });
        else if ((word = compoundCutBeforeLink(s, link, english))) message = l10n.t('The link text {link} starts after "{word}", the first part of a compound or name the English links ("{english}"): it stands before the link, outside it.', { link: shown(), word, english: quote(english.text, 60) });
        else if ((split = wordCutAtLinkEnd(s, link))) message = l10n.t('The link text {link} ends in the middle of the word "{word}": "{next}" of it stands right after the link, outside it.', { link: shown(), word: split.word, next: split.after });
        else if ((words = titleEndAfterLink(s, link, english) ?? titleWordsAfterLink(s, link, english))) message = l10n.t('The link text {link} ends before "{words}", the end of the title the English links ("{english}"): it stands after the link, outside it, where the English sentence ends with its link.', { link: shown(), words, english: quote(english.text, 60) });
        else if (pathStepCut(s, link, english, englishWords)) message = l10n.t('The link text {link} holds much less than "{english}", the step of a menu path that the English links: the rest of the step stands outside the link, or is lost.', { link: shown(), english: quote(english.text, 60) });
      }
      if (message) s.report({ message, start: link.textStart, end: link.textEnd });
    });
  },
});

/** A translation's link covers under this share of what the English's covers (each as a part of its sentence): words were left outside it. */
const SHARE_CUT = 0.4;

/**
 * The English links a phrase or a title of two words or more (not "this article", not a step
 * of a menu path after `>`); the translation's link text, weighed as a part of its sentence,
 * is under {@link SHARE_CUT} of the English's part of its own: the rest of what the English
 * links was left outside the link ("Weitere Informationen finden Sie unter Verwalten des
 * Zugriffs auf [Microsoft 365 Defender](url)" for "see [Manage access to Microsoft 365
 * Defender](url)", "使用混合式設定 [嚮導](url)" for "the [Hybrid Configuration wizard](url)").
 * Letters are counted, a Chinese, Japanese or Korean character as three (about what an
 * English word's letters say per character), so that scripts compare.
 */
function coversLessThanEnglish(s: SegmentCheck, link: InlineLink, english: InlineLink, words: readonly string[]): boolean {
  if (words.length < 2 || isEnglishFunctionWord(words[0])) return false;
  if (afterPathStep(s.en.text, english.start - s.en.base)) return false;
  const enAll = s.en.derived(proseWeight);
  const trAll = s.tr.derived(proseWeight);
  if (enAll === 0 || trAll === 0) return false;
  const en = s.en.wordCountIn({ start: english.textStart, end: english.textEnd }).letters;
  const tr = s.tr.wordCountIn({ start: link.textStart, end: link.textEnd }).letters;
  const enShare = weight(english.text, en) / enAll;
  const trShare = weight(link.text, tr) / trAll;
  return trShare < SHARE_CUT * enShare;
}

/** A link on a step of a menu path holds at most this part of the English step's weight: the step is cut short. */
const STEP_CUT = 0.6;
/** The English steps weighed are this heavy at least (letters, a Chinese character as three): "Your products", not "Add". */
const MIN_STEP_WEIGHT = 8;

/**
 * The English links a step of a menu path, of two words or more, after its `>` ("**Billing** >
 * [Purchase services](url)"); the translation's link text, without the connecting words at its
 * edges, weighs at most {@link STEP_CUT} of the English step without a leading function word
 * ("Your" of "Your products", which a translation may drop): the rest of the step stands before
 * the link, often moved before the `>` ("Metode de > [plată](url)", "Utilizatori > [activi](url)"),
 * or is lost ("**Abrechnung** > [Dienste](url)"). Weighed by itself, not as a part of its
 * sentence as {@link coversLessThanEnglish} does: a path step is short in every language.
 */
function pathStepCut(s: SegmentCheck, link: InlineLink, english: InlineLink, words: readonly string[]): boolean {
  if (words.length < 2 || !afterPathStep(s.en.text, english.start - s.en.base)) return false;
  const step = (isEnglishFunctionWord(words[0]) ? words.slice(1) : words).join(' ');
  const en = weight(step, letters(step));
  if (en < MIN_STEP_WEIGHT) return false;
  const own = wordsOf(link.text);
  let first = 0;
  let last = own.length;
  while (first < last && s.learned.functionWord(own[first], s.locale)) first++;
  while (last > first && s.learned.functionWord(own[last - 1], s.locale)) last--;
  const kept = own.slice(first, last).join(' ');
  return weight(kept, letters(kept)) <= STEP_CUT * en;
}

/**
 * A menu path's `>` stands right before offset `end` of the text, with only spaces and bold, italic or
 * escape markers between (`**Settings** > [Mail](url)`): what follows is a step of the path. Read back
 * from `end`, rather than by expressions over the whole text before it (asked for every link).
 */
function afterPathStep(text: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && (text[k] === '\\' || text[k] === '*' || text[k] === '_' || isWhitespace(text[k]))) k--;
  return k >= 0 && text[k] === '>';
}

/** The letters of a text, its Chinese, Japanese and Korean characters counted three times. */
function weight(text: string, letters: number): number {
  return letters + 2 * cjkCharacters(text);
}

/** How many Chinese, Japanese and Korean characters (U+3040–30FF, U+3400–9FFF, U+AC00–D7AF) the text holds, counted without making a list of them (a side's whole prose is counted). */
function cjkCharacters(text: string): number {
  // Most texts hold none: one search of the expression, in place of a look at each character.
  if (!CJK_CHARACTER.test(text)) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) n++;
  }
  return n;
}

/** A Chinese, Japanese or Korean character, as {@link cjkCharacters} counts them. */
const CJK_CHARACTER = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** The {@link weight} of a side's prose, worked out once for its links. */
function proseWeight(side: InlineText): number {
  return weight(side.prose, side.wordLength);
}

/** Scripts written without spaces between words, where a capital cannot mark where a title starts. */
const NO_SPACES = /[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/**
 * A capitalized word right before the link, with a space between, and a comma ("Määritä, [kuka voi …](url)": the title's comma before a clause);
 * after a space or after an elided article ("l'Utilitaire [de résolution …](url)").
 */
const CAPITAL_BEFORE = /(?:(?<![\p{L}\p{M}\p{N}'’-])|(?<=(?:^|\s)\p{Ll}{1,4}['’]))(\p{Lu}[\p{L}\p{M}'’-]*),? $/u;
/** An elided article or preposition at the end of a text, after a space: French "l'", "d'", Italian "dell'". */
const ELIDED_END = /\s\p{Ll}{1,4}['’]$/u;

/**
 * The English links a title that starts with a capital ("[Assign licenses to users](url)");
 * the translation's link text starts with a small letter, right after a capitalized word in
 * the middle of the sentence that the English does not have: the title's first word is left
 * outside the link ("consultați Remedierea [problemelor de sincronizare](url)", "vedere
 * Limiti [di archiviazione](url)"). Not after the sentence's first word, a comma or colon,
 * a function word of the locale or a name of the English ("Outlookissa"), nor in a language
 * that writes every noun with a capital. With `fromName`, the link text starts instead with a
 * capitalized word from inside the English title, not its first ("Tietoja
 * [SharePoint-raporteista.](url)" for "[About SharePoint reports](url)").
 */
function titleWordLeftOut(s: SegmentCheck, link: InlineLink, english: string, englishWords: readonly string[], linkWords: () => readonly string[], fromName = false): string | undefined {
  const title = english.trim();
  if (!/^\p{Lu}\p{Ll}/u.test(title) || englishWords.length < 2) return undefined;
  // The link starts with a small letter, or with a name from inside the English title, not its first word ("Kun [Office 365 käyttää …](url)" for "[When Office 365 applies …](url)").
  if (fromName ? !startsWithNameInside(linkWords()[0], englishWords) : !/^\p{Ll}/u.test(link.text.trim())) return undefined;
  // German writes every noun with a capital: the word before the link may be any noun of the sentence ("die Listen [blockierter Absender](url)").
  if (capitalizesNouns(s.locale) || NO_SPACES.test(s.tr.text)) return undefined;
  const before = s.tr.text.slice(0, link.start - s.tr.base);
  const m = CAPITAL_BEFORE.exec(before.slice(-60));
  if (!m) return undefined;
  const rest = before.slice(0, before.length - m[0].length).trimEnd().replace(ELIDED_END, '');
  if (!/[\p{L}\p{N}]$/u.test(rest)) return undefined;
  const word = m[1];
  // A connecting word mid-sentence says nothing of a title, unless it has a capital before a link that starts inside the English title: then the capital marks the title's start ("tutustu artikkeliin Kun [Office 365 käyttää …](url)"). A capitalized "see" ("Katso") starts a new sentence instead.
  if ((!fromName && s.learned.functionWord(word, s.locale)) || nameOfEnglish(s.en.text, word) || isSeeWord(s.locale, word)) return undefined;
  return word;
}


/** The link's first word is a capitalized word from inside the English title, not its first. */
function startsWithNameInside(first: string | undefined, englishWords: readonly string[]): boolean {
  return !!first && /^\p{Lu}/u.test(first) && first !== englishWords[0] && englishWords.indexOf(first, 1) !== -1;
}

/** The English link text is words that mean something: two or more not starting with a function word ("Manage users"), or one long word ("troubleshooting"). */
function contentWords(english: string, words: readonly string[]): boolean {
  if (words.length >= 2) return !isEnglishFunctionWord(words[0]);
  return words.length === 1 && words[0].length >= 5 && !/\d/.test(english) && !isEnglishFunctionWord(words[0]);
}

const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

/** The last word before a link, after a space: what the link's first word follows. */
const WORD_BEFORE = /(?<![\p{L}\p{M}\p{N}'’-])([\p{L}\p{M}][\p{L}\p{M}'’-]*) $/u;

/**
 * The English links a title from its first word, a capitalized word that means something
 * ("[Limits of SharePoint storage](url)"); the translation's link text starts with a
 * connecting word of the language (a preposition, a conjunction), right after a word of
 * the sentence that is none, and is shorter than the English title: the title's head is
 * left outside the link ("consultați Erori la conectarea [la SharePoint Online](url)",
 * "vedere Ripristinare un gruppo [di Microsoft 365 eliminato](url)").
 * Connecting words are learned from the workspace, so this holds in any language with
 * spaces between its words.
 */
function startsWithConnectingWord(s: SegmentCheck, link: InlineLink, english: string, englishWords: readonly string[]): { word: string; before: string } | undefined {
  const title = english.trim();
  const first = englishWords[0];
  if (!first || !/^\p{Lu}\p{Ll}/u.test(title) || englishWords.length < 2 || isEnglishFunctionWord(first)) return undefined;
  const word = /^\p{Ll}[\p{L}\p{M}]*(?=[\s'’]|$)/u.exec(link.text.trim())?.[0];
  if (!word || !s.learned.functionWord(word, s.locale) || NO_SPACES.test(s.tr.text)) return undefined;
  // A link text as long as the English title or longer holds the whole title, with a connecting word before it ("[i collegamenti Chiunque]" for "Anyone links").
  if (letters(link.text) >= letters(title)) return undefined;
  const before = s.tr.text.slice(0, link.start - s.tr.base);
  const m = WORD_BEFORE.exec(before.slice(-60));
  if (!m || s.learned.functionWord(m[1], s.locale)) return undefined;
  // Not the sentence's first word: the link then follows the sentence's verb or subject, not a title's head.
  const rest = before.slice(0, before.length - m[0].length).trimEnd();
  if (!/[\p{L}\p{N}]$/u.test(rest)) return undefined;
  return { word, before: m[1] };
}

/**
 * The English links a name of capitalized words ("Office Service Health Dashboard"), which the
 * translation keeps inside its link text with words of the sentence around it, separated by
 * spaces ("[Office Service Health Dashboard aufgeführt sind.](url)"); an ending joined to the
 * name ("Azure AD Connectin", "Office 365 E1 -sovellukseen") or connecting words of the
 * locale alone are fine.
 */
function runsOnPastName(s: SegmentCheck, text: string, english: string): boolean {
  const name = english.trim();
  // Most link texts do not hold the English link text as written: then its words need not be read.
  const at = text.indexOf(name);
  if (at === -1) return false;
  const words = name.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  const before = text.slice(0, at);
  const after = text.slice(at + name.length);
  // Words apart from the name: whole words, not an inflection joined to it, nor one joined by " -" (Finnish "Office 365 E1 -sovellukseen").
  const extra = [...(before.trim() && /\s$/.test(before) ? wordsOf(before) : []), ...(/^\s/.test(after) && !/^\s+-/.test(after) ? wordsOf(after) : [])];
  return extra.length > 0 && !extra.every((w) => s.learned.functionWord(w, s.locale));
}

/** The fewest words of the English title's tail, as written, that a link text alone can be said to start inside the title with. */
const TAIL_WORDS = 3;

/**
 * The translation keeps the English title (or its words) but its link starts at a later word of
 * it, the title's first words left outside: right before the link stands the English word that
 * comes before the link's first word in the title ("unter cannot [Add default 2010 Approval
 * Workflow](url)" for "[Can't add default 2010 Approval Workflow](url)", "請參閱 how [to 疑難排解…](url)"
 * for "[How to troubleshoot …](url)"), or the link text is the English title's last three words
 * or more, kept as written, after words of the translation that are not the title's
 * ("… Geräteverwaltung [in Azure Active Directory](url)" for "[Introduction to device management
 * in Azure Active Directory](url)"). Returns the words left outside.
 */
function englishHeadOutside(s: SegmentCheck, link: InlineLink, englishWords: readonly string[], words: readonly string[]): string | undefined {
  if (englishWords.length < 2 || words.length === 0) return undefined;
  const lower = englishWords.map((w) => w.toLowerCase());
  const first = words[0].toLowerCase();
  // The word right before the link, read only where the link's first word is a later word of the title (most links start as it does).
  let wordBefore: string | undefined;
  let read = false;
  for (let k = 1; k < lower.length; k++) {
    if (lower[k] !== first) continue;
    if (!read) {
      read = true;
      wordBefore = WORD_BEFORE_LINK.exec(s.tr.text.slice(Math.max(0, link.start - s.tr.base - 60), link.start - s.tr.base))?.[1]?.toLowerCase();
    }
    let m = 0;
    while (m < words.length && k + m < lower.length && words[m].toLowerCase() === lower[k + m]) m++;
    // The English word before the title's part in the link stands right before the link.
    if (wordBefore && wordBefore === lower[k - 1] && lower[k - 1].length > 1) return englishWords.slice(0, k).join(' ');
    // The link text is the title's tail as written, three words or more, and the title opens with a word that means something.
    if (m === words.length && k + m === lower.length && m >= TAIL_WORDS && !isEnglishFunctionWord(lower[0])) return englishWords.slice(0, k).join(' ');
  }
  return undefined;
}

/** The last word before a link, and the spaces after it. */
const WORD_BEFORE_LINK = /([\p{L}\p{M}'’]+)[\s\u00a0]*$/u;

/**
 * Two words side by side with one space between, each with a capital or a digit and of the
 * characters a name run's words are made of (ASCII letters and digits, `-` `.` `'` `’` `_`):
 * what two words of a run look like in a text ("Azure AD").
 */
const TWO_NAME_WORDS = /[A-Z0-9][\w.'’-]* [\w.'’-]*[A-Z0-9]/;

/** The text holds two words of one of the English's name runs, side by side with a space between ("Azure AD"). */
function holdsTwoWordsOfARun(s: SegmentCheck, text: string): boolean {
  // Without two such words side by side, no two words of a run are there: the English's runs need not be read (most link texts are a title in small letters).
  if (!TWO_NAME_WORDS.test(text)) return false;
  for (const run of nameRunsOf(s.en)) {
    const words = run.words;
    for (let i = 0; i + 1 < words.length; i++) if (text.includes(`${words[i].text} ${words[i + 1].text}`)) return true;
  }
  return false;
}

/** At most this many characters between a link and a name of its English title left beside it: a connecting word and its spaces. */
const BESIDE = 6;

/**
 * A name of the English link's text ("Azure AD" of "[Restrict access to Azure AD administration
 * portal](url)"), found nowhere else in the English, that the translation keeps whole but right
 * beside its link, outside it, with at most a connecting word between ("[l'impostazione Limita
 * accesso al portale di amministrazione](url) di Azure AD"): the link ends (or starts) short of
 * the title.
 */
function nameLeftOutside(s: SegmentCheck, link: InlineLink, english: InlineLink): string | undefined {
  // Each name is two words or more of a name run of the English, a space between: the English link holds its first two, or none of them.
  if (!holdsTwoWordsOfARun(s, english.text)) return undefined;
  const names = keptNamesOf(s);
  if (names.length === 0) return undefined;
  const textStart = link.textStart - s.tr.base;
  const textEnd = link.textEnd - s.tr.base;
  const linkStart = link.start - s.tr.base;
  const linkEnd = link.end - s.tr.base;
  for (const at of names) {
    if (!english.text.includes(at.name) || link.text.includes(at.name)) continue;
    if (s.en.text.split(at.name).length !== 2) continue;
    if (at.start < textEnd && textStart < at.end) continue;
    const gap = at.start >= linkEnd ? s.tr.text.slice(linkEnd, at.start) : at.end <= linkStart ? s.tr.text.slice(at.end, linkStart) : undefined;
    if (gap === undefined || gap.length > BESIDE || /[^\p{L}\s'’]/u.test(gap)) continue;
    // Only a connecting word of the locale, or nothing, between the link and the name.
    const between = wordsOf(gap);
    if (between.length > 1 || (between.length === 1 && !s.learned.functionWord(between[0], s.locale))) continue;
    return at.name;
  }
  return undefined;
}
