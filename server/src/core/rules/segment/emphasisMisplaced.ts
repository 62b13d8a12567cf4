import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { plainText } from '../../terms/plainText';
import { lowerCaseKeepingOffsets } from '../../text/lowerCase';
import type { LearnedTerms } from '../../terms/learnedTerms';
import { isStrictCode } from '../../terms/names';
import { segmentRule } from '../segmentRule';
import { spacedPhrasePlaces } from '../../text/wholeWord';
import { boldCutShort, boldEndsOnConnector, boldGluedToRest } from './boldCutShort';
import { boldKeepsOnlyLabelEdge, boldKeepsPartOfLabel } from './boldKeepsPartOfLabel';
import { boldOnCompoundHalf, boldOnSuffix } from './boldOnSuffix';
import { boldLeavesSharedStart } from './boldLeavesSharedStart';
import { boldAcrossComma, boldTookVerbAfterComma } from './boldAcrossComma';
import { emphasisInsideSplitWord } from './emphasisInsideSplitWord';
import { boldOnScreenNoun, boldOpensInsideScreenNoun, labelBesideScreenNoun } from './labelBesideScreenNoun';
import { boldOnVerb } from './boldOnVerb';
import { clickPulledIn, pronounPulledIn } from './sentenceWordsInBold';
import { isScreenNoun, screenNounAfter, screenNounEndsBold, screenNounPulledIn } from './screenNouns';
import { boldsOf } from './bolds';
import { boldEndsInsideRepeatedPhrase } from './boldEndsInsideRepeatedPhrase';
import { boldSymbolLabel } from './boldSymbolLabel';
import { boldTookEnglishWord } from './boldTookEnglishWord';
import { boldEdgeWords } from './boldEdgeWords';
import { boldOpensInsideQuote, boldShrunk } from './boldShrunk';
import { hasEmphasisMarker } from './emphasisLost';
import { languageOf, quote } from './compare';
import { clauseVerbInBold, readsVerbBesideLabel, selectVerb, selectVerbAfterLabel, selectVerbBeforeLabel, startsWithEnglishSelectVerb } from './selectVerbs';
import { bracketPartner, capitalizesNouns, hasNoText, isEnglishFunctionWord, nameCutBy, nameOfEnglish, onlyFunctionWords, startsWithEnglishFunctionWord, unmatchedBracket, wholeWordAt, withoutLinkDestinations, wordsOf } from './spanBounds';

/** Scripts written without spaces between words, where words cannot be told apart by spaces. */
const NO_SPACES = /[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff]/;

export const emphasisMisplaced = segmentRule({
  code: 'emphasis-misplaced',
  description:
    'Bold on the wrong words: bold that holds no words (only a bracket or a full stop), only connecting words of the language ("**zu**", "**de**"), or two of them at its edges around the label ("**Contoso Hub este un**"), that cuts a name in two ("Office **365"), that cuts a bracketed phrase in two ("**(tulossa** pian)"), or that holds only the first word of a label whose other words follow it ("**Anulați** abonamentul" for **Cancel subscription**), or that leaves the first words of a label outside, its capitalized first word and one or two in small letters ("Kaikki paitsi **ulkoiset käyttäjät**" for **Everyone except external users**), or only some of the words a translation keeps from a label, another of them right outside ("Stack **Trace**" for **Stack Trace**), that ends on the word that joins the label\'s nouns, the rest of the label right after it ("**Impostazioni di** sicurezza" for **Security settings**), or only what a hyphen joins to the label outside it ("Lisää laajennus **-painike**" for the **Add extension** button), or only part of the settled rendering in the locale of a word of the label ("**passaggi per la risoluzione** dei problemi" for **troubleshooting steps**), or only a small piece of a message the English makes bold whole ("發生錯誤。 **30016-4**" for **Something went wrong 30016-4**). Also bold or italics that run on past a code token the English marks alone ("*AllowGuestUpload-asetuksen arvoksi*" for *AllowGuestUpload*), the bold of a label before its colon that ends short of the colon (`**帳單** 位址：`) or runs on past it (`**Soluție: În** …`), a bold that holds other symbols than a label the English writes in symbols only ("( **..** .)" for "( **...** )"), a bold that holds only the sentence\'s verb of selecting, the label outside it ("**Selectați** Următorul" for "Select **Next**"), a German bold that opens with "Sie", the subject of the verb before it, and another word of the sentence ("Wählen **Sie Gerät entfernen aus.**" for "Select **Remove device**"), a bold that opens with the noun of clicking and its preposition ("Fai **clic su Fatture**" for "Click **Invoices**"), a German bold that opens with the noun of the screen the English leaves after its label ("die **Option "Archivieren"**" for "the **Archive** option"), a bold that holds a name or number the English leaves outside its bold ("**Visio-Lizenzen zuweisen**" for "To **assign** Visio licenses"), and a bold that ends inside a phrase the translation writes whole elsewhere, where the English too says its label\'s end again ("**Modificați cheia** de produs, … cheia de produs" for "**Change product key**, … product key"). Also a bold that leaves outside it the words another bold opens with, where two labels of the English start alike ("**Mutare în sus sau** Mutare în **jos**"), that ends with the first half of a compound whose end follows "and" or "or" ("**suojaus-** ja käyttäjätietopalvelujen"), that runs across a Chinese clause\'s comma ("**方塊中，**") or past a comma into the next clause\'s verb of selecting ("**modificați, selectați**"), bold or italics that cut a word written apart ("käyttö **oikeus taso**"), and a Finnish, Italian or Romanian label left plain beside its noun of the screen while a bold is on other words ("Vahvista **valitsemalla** Poista-painike"), and a bold on the noun of the screen alone, the label after it plain ("il **pulsante** Aggiorna" for "the **Upgrade** button"), or that opens inside a noun of the screen of three words ("casella **di controllo Invia**"). Also a bold, or a step of the menu path it holds, that ends with the sentence\'s verb of selecting or going ("indem Sie **Ja auswählen,**" for "by selecting **Yes**", "In **Gestisci fare clic** su" for "Under **Manage**, click"). And a bold after a connecting word (a determiner, a possessive) written with a capital in the middle of the sentence, as a label\'s first word is ("das Kontrollkästchen Diese **Regel überwachen**"). And a bold that keeps of a label of three words or more only its first or its last words as written, the rest translated outside it ("**Office 365:n** lisätallennustilan lisäosa" for "**Office 365 Extra File Storage**", "Accesați **Microsoft Store**" for "**Go to Microsoft Store**").',
  defaultSeverity: 'warning',
  fixable: false,
  learnsFromWorkspace: true,
  checkSegment(s) {
    if (!hasEmphasisMarker(s.tr) || !hasEmphasisMarker(s.en)) return;
    const enBolds = boldsOf(s.en);
    const en = enBolds.spans;
    if (en.length === 0) {
      const italic = italicStretchedOver(s) ?? (NO_SPACES.test(s.tr.text) ? undefined : emphasisInsideSplitWord(s));
      if (italic) s.report(italic);
      return;
    }
    const enTexts = enBolds.texts;
    const trBolds = boldsOf(s.tr);
    const trBold = trBolds.spans;
    if (enTexts.some(hasNoText)) {
      const symbols = boldSymbolLabel(s, en, trBold);
      if (symbols) s.report(symbols);
      return;
    }
    const spaced = !NO_SPACES.test(s.tr.text);
    // A one-word English value ("NO", "On") may well be a small word of the language too ("EI").
    const enWords = enBolds.words;
    const englishIsFunctionWords = enTexts.some((t, k) => (enWords[k].length <= 2 && startsWithEnglishFunctionWord(t)) || (enWords[k].length === 1 && enWords[k][0].length <= 3));
    const { l10n } = s;
    // The English bolds as stretchedOver reads them, read when a bold of the translation first asks (most are settled before).
    let labels: readonly EnglishLabel[] | undefined;
    let leftOut: Report | undefined;
    let pulledIn: Report | undefined;
    const enTrimmed = enTexts.map((t) => t.trim());
    for (const [i, span] of trBold.entries()) {
      const text = trBolds.texts[i];
      // Bold on what the English makes bold, as written, is right whatever it holds.
      if (enTrimmed.includes(text.trim())) continue;
      // The English bold in the same place is one word ("Mail", "Power"): the translation's may be a small word too;
      // two of them only for a word of quantity or place ("More" → "mai multe"), not for a label ("enabled" → "für das").
      // But not "and", "or", German's "Sie" or a separable verb's particle, which render no label of a word ("Wählen **Sie** > …", "Hinzufügen **aus.**" for **Add**).
      const boldWords = trBolds.words[i];
      const particle = trBold.length === en.length && enWords[i].length === 1 && noLabelWord(s, boldWords, enWords[i][0]);
      const counterpartOneWord = !particle && trBold.length === en.length && enWords[i].length === 1 && (boldWords.length <= 1 || SMALL_ENGLISH_WORDS.has(enWords[i][0].toLowerCase()));
      // Made only for a message: most bolds are right.
      const shown = () => `"**${quote(text, 40)}**"`;
      let message: string | undefined;
      if (hasNoText(text)) message = l10n.t('The bold {bold} holds no words; in the English, bold marks a label.', { bold: shown() });
      else if (spaced && (particle || (!englishIsFunctionWords && !counterpartOneWord && onlyFunctionWords(s, text)))) message = l10n.t('The bold {bold} covers only connecting words, not the label the English makes bold.', { bold: shown() });
      else {
        const name = nameCutBy(s, { start: span.contentStart - s.tr.base, end: span.contentEnd - s.tr.base });
        if (name) message = l10n.t('The bold {bold} cuts the name "{name}" in two.', { bold: shown(), name });
        else if (unmatchedBracket(text) && !enTexts.some((t) => unmatchedBracket(t))) {
          const brackets = unmatchedBracket(text)!;
          const where = bracketPartner(text, brackets, s.tr.text.slice(0, span.start - s.tr.base), s.tr.text.slice(span.end - s.tr.base));
          message =
            where === 'outside'
              ? l10n.t('The bold {bold} cuts the bracketed text in two: it holds one of the brackets {brackets}, and the other is outside it.', { bold: shown(), brackets })
              : where === 'lost'
                ? l10n.t('The bold {bold} holds one of the brackets {brackets}, and the sentence has lost the other.', { bold: shown(), brackets })
                : l10n.t('The bold {bold} holds the brackets {brackets} the wrong way round, the closing one first.', { bold: shown(), brackets });
        }
        else {
          const kept = stretchedOver(s, text, (labels ??= enTexts.map(readLabel)));
          if (kept) message = l10n.t('The bold {bold} covers more than "{label}", which the English makes bold.', { bold: shown(), label: quote(kept, 40) });
          else if (!leftOut && spaced) {
            const word = capitalLeftOut(s, span, text, enTexts);
            if (word) leftOut = { message: l10n.t('The bold {bold} starts with a small letter after "{word}", which is outside it: the bold has moved off the label the English makes bold.', { bold: shown(), word }), start: span.start, end: span.end };
            else {
              const first = connectingWordLeftOut(s, span, text);
              if (first) leftOut = { message: l10n.t('"{word}", right before the bold {bold}, is written with a capital in the middle of the sentence, as the first word of a label is: the label\'s first word is outside its bold.', { bold: shown(), word: first }), start: span.start, end: span.end };
            }
          }
          if (!pulledIn && spaced) {
            const labels = trBold.length === en.length ? [en[i]] : en;
            const word = wordPulledIn(s, text, labels) ?? phrasePulledIn(s, text, labels) ?? pronounPulledIn(s, span, text, enTexts);
            const noun = word ? undefined : screenNounPulledIn(s, trBolds.words[i], en);
            const words = word || noun ? undefined : clickPulledIn(s, text, enTexts);
            if (word ?? noun) pulledIn = { message: l10n.t('The bold {bold} starts with "{word}", a word of the sentence before the label: the English makes only the label bold.', { bold: shown(), word: (word ?? noun)! }), start: span.start, end: span.end };
            else if (words) pulledIn = { message: l10n.t('The bold {bold} starts with "{words}", words of the sentence before the label: the English makes only the label bold.', { bold: shown(), words }), start: span.start, end: span.end };
          }
        }
      }
      if (!message) continue;
      s.report({ message, start: span.start, end: span.end });
      return;
    }
    // How the locale translates the label says more than a capital left outside the bold.
    const cut = labelBeforeColon(s, en, trBold) ?? labelCut(s) ?? boldKeepsPartOfLabel(s, en, trBold) ?? boldKeepsOnlyLabelEdge(s, en, trBold) ?? (spaced ? (boldOnSuffix(s, en, trBold) ?? boldOnCompoundHalf(s, trBold) ?? boldLeavesSharedStart(s, en, trBold)) : undefined) ?? leftOut ?? (spaced ? (boldCutShort(s, en, trBold) ?? boldEndsOnConnector(s, en, trBold) ?? boldGluedToRest(s, en, trBold)) : undefined) ?? pulledIn ?? boldOnVerb(s, trBold, enTexts) ?? verbPulledIntoLabel(s, trBold, enTexts) ?? clauseVerbPulledIn(s, trBold, enTexts) ?? screenNounInBold(s, trBold, en) ?? (spaced ? (boldEdgeWords(s, trBold) ?? boldTookVerbAfterComma(s, trBold, enTexts)) : (partOfBracketLabel(s, trBold, enTexts) ?? boldAcrossComma(s, trBold, enTexts))) ?? boldShrunk(s, en, trBold) ?? boldTookEnglishWord(s, en, trBold) ?? (spaced ? boldEndsInsideRepeatedPhrase(s, en, trBold) : undefined) ?? boldOpensInsideQuote(s, en, trBold) ?? (spaced ? labelPartCut(s) : undefined) ?? italicStretchedOver(s) ?? (spaced ? (emphasisInsideSplitWord(s) ?? labelBesideScreenNoun(s) ?? boldOnScreenNoun(s) ?? boldOpensInsideScreenNoun(s)) : undefined);
    if (cut) s.report(cut);
  },
});

/** English words of quantity or place that a translation may render with two of its connecting words ("More" → "mai multe", "Above" → "über dem"). */
const SMALL_ENGLISH_WORDS = new Set('more less most all any none other others here there now also only before after above below about up down off out over back'.split(' '));

/**
 * Words that render no one-word label, per language: "and", "or" and "then", and German's polite
 * "Sie" and the particles of its separable verbs ("auswählen", "anklicken").
 */
const NO_LABEL: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(['sie', 'aus', 'an', 'auf', 'zu', 'und', 'oder', 'dann']),
  fi: new Set(['ja', 'tai', 'sitten']),
  it: new Set(['e', 'o', 'quindi']),
  ro: new Set(['și', 'sau', 'apoi']),
};
/** English labels such a word does render ("**Aus**" for **Off**, "**Sie**" for **You**, "**Ja**" for **And**). */
const ENGLISH_RENDERED_SO = new Set(['off', 'on', 'out', 'in', 'to', 'you', 'at', 'up', 'and', 'or', 'then']);

/** A bold (its words, {@link wordsOf}) that holds only one of {@link NO_LABEL} where the English's one-word label is none of the words those render. */
function noLabelWord(s: SegmentCheck, words: readonly string[], english: string): boolean {
  return words.length === 1 && NO_LABEL[languageOf(s.locale)]?.has(words[0].toLowerCase()) === true && !ENGLISH_RENDERED_SO.has(english.toLowerCase());
}

/** A colon that ends a label: full-width, or Latin before a space or the end (not Finnish "365:n"). */
const COLON = /：|:(?=\s|$)/;

/**
 * The English opens with a bold label and its colon ("**Bill-to address**: The address…",
 * "**Manage costs:** [Prevent…](url)"), and so does the translation, but its bold ends
 * before the label does: words stand between the bold and the colon ("**Das Gerät ist mit
 * der Domäne** verbunden:", "**帳單** 位址："), or the bold runs on past the colon
 * ("**Soluție: În** rapoartele", for "**Workaround**: In recent reports").
 */
function labelBeforeColon(s: SegmentCheck, en: readonly EmphasisSpan[], tr: readonly EmphasisSpan[]): Report | undefined {
  const first = en[0];
  const bold = tr[0];
  if (!bold || s.en.text.slice(0, first.start - s.en.base).trim() || s.tr.text.slice(0, bold.start - s.tr.base).trim()) return undefined;
  const label = content(s, first, 'en').trim();
  const afterEnglish = s.en.text.slice(first.end - s.en.base, first.end - s.en.base + 2).trimStart();
  // The English's label: a colon ends it, inside the bold or right after it, and none is inside it.
  const colonInside = label.endsWith(':');
  if (!colonInside && !afterEnglish.startsWith(':')) return undefined;
  if (COLON.test(colonInside ? label.slice(0, -1) : label) || hasNoText(label)) return undefined;
  const text = content(s, bold, 'tr');
  const shown = `"**${quote(text, 40)}**"`;
  const { l10n } = s;
  const inside = COLON.exec(text);
  if (inside) {
    // Past the colon, the bold holds words of the sentence after the label.
    if (!/[\p{L}\p{N}]/u.test(text.slice(inside.index + 1))) return undefined;
    return { message: l10n.t('The bold {bold} runs on past the colon that ends the label "{label}", which the English makes bold.', { bold: shown, label: quote(label, 40) }), start: bold.start, end: bold.end };
  }
  const after = s.tr.text.slice(bold.end - s.tr.base, bold.end - s.tr.base + 40);
  const colon = COLON.exec(after);
  if (!colon) return undefined;
  const between = after.slice(0, colon.index);
  // Only a bracket, a space or a marker between the bold and the colon: the label is whole.
  if (hasNoText(between) || /[*_[\]`<]/.test(between)) return undefined;
  return { message: l10n.t('The bold {bold} ends before the colon: "{rest}" between them belongs to the label "{label}", which the English makes bold whole.', { bold: shown, rest: quote(between.trim(), 30), label: quote(label, 40) }), start: bold.start, end: bold.end };
}

/**
 * An English bold text that is code or a value ("$False", "TRUE", "Set-Mailbox") kept as
 * written inside a translation's bold that runs on over another word that is not a
 * function word; or an English bold that ends in a colon ("**Note:**") whose translation's
 * bold runs on past the colon.
 */
function stretchedOver(s: SegmentCheck, text: string, labels: readonly EnglishLabel[]): string | undefined {
  const plain = withoutLinkDestinations(text);
  for (const { trimmed, code } of labels) {
    if (/:$/.test(trimmed) && /:\s+\p{L}/u.test(plain) && !/:/.test(trimmed.slice(0, -1))) return trimmed;
    if (!code) continue;
    const at = wholeWordAt(plain, trimmed);
    if (at === -1) continue;
    // Words apart from the label's own (an inflection joined to it, "-cmdletin", is the label's).
    const extra = [...wordsOf(plain.slice(0, at)), ...wordsOf(plain.slice(at + trimmed.length).replace(/^\S*/, ''))];
    if (extra.filter((w) => !s.learned.functionWord(w, s.locale)).length >= 1) return trimmed;
  }
  return undefined;
}

/** An English bold or italic text as {@link stretchedOver} reads it, once for all the translation's: trimmed, and whether it is a code token. */
interface EnglishLabel {
  readonly trimmed: string;
  readonly code: boolean;
}

function readLabel(text: string): EnglishLabel {
  const trimmed = text.trim();
  return { trimmed, code: isCodeToken(trimmed) };
}

/**
 * A token no locale writes otherwise: code or a value ("$False", "TRUE", "Set-Mailbox"), a
 * parameter ("-Identity"), or an identifier of three words or more run together
 * ("AllowMeetingRegistration", "userPrincipalName"; not a product's name, "SharePoint").
 */
function isCodeToken(text: string): boolean {
  return isStrictCode(text) || /^\$\w+$/.test(text) || /^[A-Z]{2,}$/.test(text) || /^-[A-Za-z]\w+$/.test(text) || (/^[A-Za-z]\w+$/.test(text) && (text.match(/[a-z][A-Z]/g)?.length ?? 0) >= 2);
}

/**
 * The English sets a code token in italics ("set *AllowMeetingRegistration* to False"), and the
 * translation's italics hold it with words of the sentence that the English leaves outside
 * ("*AllowMeetingRegistration-asetuksen arvoksi*"): the italics ran on past the token. Read as
 * the bold of code is ({@link stretchedOver}): an ending joined to the token is its own.
 */
function italicStretchedOver(s: SegmentCheck): Report | undefined {
  const enTexts = s.en.emphasis.spans.filter((x) => !x.strong).map((x) => content(s, x, 'en').trim());
  if (!enTexts.some(isCodeToken)) return undefined;
  for (const span of s.tr.emphasis.spans) {
    if (span.strong) continue;
    const text = content(s, span, 'tr');
    if (enTexts.includes(text.trim())) continue;
    const kept = stretchedOver(s, text, enTexts.filter(isCodeToken).map(readLabel));
    if (!kept) continue;
    const { l10n } = s;
    return { message: l10n.t('The italics {italic} cover more than "{label}", which the English sets in italics.', { italic: `"*${quote(text, 40)}*"`, label: quote(kept, 40) }), start: span.start, end: span.end };
  }
  return undefined;
}

/**
 * A German preposition that a verb of clicking, going or searching takes before the label
 * ("Klicken Sie auf", "Wechseln Sie zu", "Suchen Sie nach"), then a capitalized word.
 */
const VERB_PREPOSITION_THEN_CAPITAL = /^(?:auf|zu|nach) \p{Lu}/u;

/**
 * Bold that starts with a small letter right after a capitalized word of the translation,
 * where every bold of the English is a capitalized label: the label's first word is left
 * outside ("Käynnistä **uudelleen.**" for **Restart**, "valitse Lisää **laajennus.**").
 * Not after the sentence's first word, nor after a name of the English ("Outlookissa
 * **tiedosto**": Outlook, inflected), nor in German after a noun. Also the first words of a
 * label, its capitalized first word and up to two in small letters, left outside ("Kaikki
 * paitsi **ulkoiset käyttäjät.**" for **Everyone except external users**), where no more words
 * stand outside and inside than the English label has, and one ({@link firstWordsLeftOut}).
 */
function capitalLeftOut(s: SegmentCheck, span: EmphasisSpan, text: string, enTexts: readonly string[]): string | undefined {
  if (!/^\p{Ll}/u.test(text) || !enTexts.every((t) => /^\p{Lu}/u.test(t.trim()))) return undefined;
  if (enTexts.some((t) => t.trim().toLowerCase() === text.trim().toLowerCase())) return undefined;
  const before = s.tr.text.slice(0, span.start - s.tr.base);
  // The capitalized word right before the bold and its space: searched for after the space before it (the word holds none), not along the whole sentence.
  const from = before.lastIndexOf(' ', before.length - 2) + 1;
  const m = /(\p{Lu}\p{Ll}+) $/u.exec(before.slice(from));
  if (!m) return firstWordsLeftOut(s, before, text, enTexts);
  const rest = before.slice(0, from + m.index).trimEnd();
  // Inside the sentence: after a word or a comma, not at its start, after a label or a table's bar (its last character, a surrogate pair at most).
  if (!/[\p{L}\p{N},;)]$/u.test(rest.slice(-2))) return undefined;
  const word = m[1];
  // German writes every noun with a capital ("die Schaltfläche **neuer Ordner**"): there, only after the
  // imperative's "Sie" ("Wählen Sie **dann** …") is a capital no sign of a label's first word left out.
  if (capitalizesNouns(s.locale) && word !== 'Sie') return undefined;
  // After "Sie", one word in bold where the English's label is one word is that label with the small letter of a German verb
  // ("wählen Sie **exportieren** aus" for **Export**), not a label's first word left out; unless a connecting word ("Klicken Sie **auf** Weiter").
  if (word === 'Sie' && wordsOf(text).length === 1 && !s.learned.functionWord(wordsOf(text)[0], s.locale) && enTexts.some((t) => wordsOf(t).length === 1)) return undefined;
  // After "Sie", the preposition the verb takes and then the capitalized label, whole ("Klicken Sie **auf Weiter**"):
  // one connecting word inside the bold, the label not left out.
  if (word === 'Sie' && VERB_PREPOSITION_THEN_CAPITAL.test(text)) return undefined;
  if (word === 'Sie' && labelWithSmallFirstWord(s, text, enTexts)) return undefined;
  // A word of the English, or one of its names inflected ("Outlookissa", "Teamsin").
  return nameOfEnglish(s.en.text, word) ? undefined : word;
}

/** The pronouns of polite address German writes with a capital wherever they stand ("an Ihr **Finanzinstitut**"): no label's first word. */
const POLITE = new Set(['Sie', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres', 'Ihnen']);

/**
 * A connecting word of the locale (a determiner, a possessive: "Diese", "Meine", "Alle") written
 * with a capital in the middle of the sentence, right before a bold that opens with a capital:
 * the first word of the label, left outside its bold ("das Kontrollkästchen Diese **Regel mit
 * Schweregrad überwachen**" for the **Audit this rule with severity level** check box, "nur an
 * Meine **Kontakte**" for **My contacts only**). Read where capitalLeftOut cannot, in German
 * above all, whose nouns have a capital anyway. Not German's pronouns of polite address, nor a
 * word of the English as written.
 */
function connectingWordLeftOut(s: SegmentCheck, span: EmphasisSpan, text: string): string | undefined {
  if (!/^\p{Lu}/u.test(text.trimStart())) return undefined;
  const before = s.tr.text.slice(Math.max(0, span.start - s.tr.base - 40), span.start - s.tr.base);
  const word = CONNECTING_CAPITAL_BEFORE.exec(before)?.[1];
  if (!word || POLITE.has(word) || !s.learned.functionWord(word.toLowerCase(), s.locale)) return undefined;
  return wholeWordAt(s.en.text, word) === -1 ? word : undefined;
}

/** A capitalized word right before the bold, after a word in small letters or a comma and a space. */
const CONNECTING_CAPITAL_BEFORE = /(?<=[\p{Ll},] )(\p{Lu}\p{Ll}+) $/u;

/**
 * A bold that holds a German label whole, its first word in small letters as German writes an
 * adjective, a possessive or a verb, a noun after it ("Wählen Sie **neue Nachricht** aus" for
 * **New message**, "**mein Profil**", "**anderes Konto verwenden**"): no more words than the
 * English's longest label, and the first none of the language's connecting words, which would
 * open a phrase of the sentence ("**im Feld** Verwalten", "**die Option Schnellreparatur**").
 */
function labelWithSmallFirstWord(s: SegmentCheck, text: string, enTexts: readonly string[]): boolean {
  const words = wordsOf(text);
  if (words.length < 2 || !/^\p{Lu}/u.test(words[1])) return false;
  const first = words[0].toLowerCase();
  if (s.learned.functionWord(first, s.locale) || NO_LABEL[languageOf(s.locale)]?.has(first)) return false;
  return words.length <= Math.max(...enTexts.map((t) => wordsOf(t).length));
}

/** A capitalized word and one or two words in small letters right before a bold, with nothing but spaces between them. */
const FIRST_WORDS_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}+)((?:\s\p{Ll}+){1,2})\s$/u;

/**
 * The first words of a label left outside its bold: a capitalized word and one or two words in
 * small letters right before a bold that starts with a small letter and has no capital in its
 * second word ("Kaikki paitsi **ulkoiset käyttäjät.**", "scegliere Attiva o disattiva
 * **funzionalità di Windows.**"). The words outside and inside together are no more than the
 * English's longest bold label and one: more, and the words outside are the sentence's
 * ("Verificați dacă câmpul **activități**" for the **Activities** field). Not after the sentence's
 * first word or a comma, nor where the capitalized word is a name of the English, inflected or
 * not ("Storesta käyttämällä **työpaikan**"), or the locale's verb of selecting ("Valitse
 * **vastaanottajan toimialue on**"); not in a language that writes every noun with a capital.
 */
function firstWordsLeftOut(s: SegmentCheck, before: string, text: string, enTexts: readonly string[]): string | undefined {
  if (capitalizesNouns(s.locale)) return undefined;
  // A capital in the bold's second word: the label is inside it, after a word of the sentence ("**sitten Tilit**").
  if (/^\S+\s+\p{Lu}/u.test(text.trim())) return undefined;
  const m = FIRST_WORDS_BEFORE.exec(before);
  if (!m) return undefined;
  const [capital, small] = [m[1], m[2].trim()];
  const outside = 1 + wordsOf(small).length;
  if (outside + wordsOf(text).length > Math.max(...enTexts.map((t) => wordsOf(t).length)) + 1) return undefined;
  // Inside the sentence, after a word: not its first word, nor one after a comma or a label.
  if (!/[\p{L}\p{N}]$/u.test(before.slice(0, m.index).trimEnd())) return undefined;
  if (selectVerb(s.locale, capital)) return undefined;
  // A name of the English, in any case ("Inbox" for "inbox rule") or inflected ("Storesta").
  const english = s.en.text;
  if (wholeWordAt(english.toLowerCase(), capital.toLowerCase()) !== -1 || nameOfEnglish(english, capital)) return undefined;
  return `${capital} ${small}`;
}

/**
 * A bold that takes in the verb of selecting, typing or going that the locale writes beside the
 * label, which the English leaves outside its bold: in Chinese the verb and then the label's
 * bracket ("**輸入 [郵件選項]**", "**按一下 [傳送** ]" for "type **Mail Options**", "click **Send**";
 * the locale writes "按一下 [ **傳送** ]"), in Thai the verb before the label ("**เลือก
 * การตั้งค่า**"), in Japanese and Korean the particle and verb after it ("**[設定] を選択**します",
 * "**설정을 선택**합니다" for "Select **Settings**"). Not where an English bold itself opens with
 * such a verb ("**Choose Contoso as the default**", "**Choose files**": its translation rightly does too).
 */
function verbPulledIntoLabel(s: SegmentCheck, trBold: readonly EmphasisSpan[], enTexts: readonly string[]): Report | undefined {
  if (!readsVerbBesideLabel(s.locale) || enTexts.some(startsWithEnglishSelectVerb)) return undefined;
  const { l10n } = s;
  for (const span of trBold) {
    const text = content(s, span, 'tr');
    const bold = `"**${quote(text, 40)}**"`;
    const word = selectVerbBeforeLabel(s.locale, text);
    if (word) return { message: l10n.t('The bold {bold} starts with "{word}", a word of the sentence before the label: the English makes only the label bold.', { bold, word }), start: span.start, end: span.end };
    const words = selectVerbAfterLabel(s.locale, text);
    if (words) return { message: l10n.t('The bold {bold} ends with "{words}", words of the sentence after the label: the English makes only the label bold.', { bold, words }), start: span.start, end: span.end };
  }
  return undefined;
}

/**
 * A bold that ends with the sentence's verb of selecting or going, or a step of the menu path it
 * holds that does ({@link clauseVerbInBold}): "indem Sie **Ja auswählen,**" for "by selecting
 * **Yes**", "zu **Websiteeinstellungen wechseln > Website Features**", "In **Gestisci fare clic**
 * su" for "Under **Manage**, click".
 */
function clauseVerbPulledIn(s: SegmentCheck, trBold: readonly EmphasisSpan[], enTexts: readonly string[]): Report | undefined {
  for (const span of trBold) {
    const text = content(s, span, 'tr');
    const found = clauseVerbInBold(s.locale, text, enTexts);
    if (!found) continue;
    const { l10n } = s;
    const bold = `"**${quote(text, 60)}**"`;
    return {
      message: found.step
        ? l10n.t('The step "{step}" of the menu path in the bold {bold} ends with "{words}", the sentence\'s verb: the English makes only the label bold.', { step: quote(found.step, 40), bold, words: found.verb })
        : l10n.t('The bold {bold} ends with "{words}", words of the sentence after the label: the English makes only the label bold.', { bold, words: found.verb }),
      start: span.start,
      end: span.end,
    };
  }
  return undefined;
}

/** {@link screenNounEndsBold} as a report: "**ホーム タブで**" for "On the **Home** tab". */
function screenNounInBold(s: SegmentCheck, trBold: readonly EmphasisSpan[], en: readonly EmphasisSpan[]): Report | undefined {
  const found = screenNounEndsBold(s, trBold, en);
  if (!found) return undefined;
  const { l10n } = s;
  const bold = `"**${quote(content(s, found.span, 'tr'), 40)}**"`;
  return { message: l10n.t('The bold {bold} ends with "{words}", words of the sentence after the label: the English makes only the label bold.', { bold, words: found.words }), start: found.span.start, end: found.span.end };
}

/**
 * In Chinese or Japanese, a bold inside a label in ASCII brackets, with words of the label outside
 * it, inside the brackets ("[套用 **至所有郵件**]", "[ **彈出** 視窗封鎖程式]"): the bold covers only
 * part of the label, or the brackets took in words of the sentence. One bold to a bracket (two
 * are a menu path's steps), not a link's text, not a bold that holds what the English makes
 * bold as written, nor one long enough to hold the whole English label ("[ **執行下列** 欄位]" for
 * "**Do the following** field": the brackets, not the bold, are off), unless the words outside are the
 * label's first characters, before the bold ("[傳送 **郵件選項設定** ]" for "**Send Mail Options**").
 */
function partOfBracketLabel(s: SegmentCheck, trBold: readonly EmphasisSpan[], enTexts: readonly string[]): Report | undefined {
  const prose = s.tr.prose;
  const longestLabel = Math.max(...enTexts.map((t) => wordsOf(t).filter((w) => !isEnglishFunctionWord(w)).length));
  for (const span of trBold) {
    const from = span.start - s.tr.base;
    const to = span.end - s.tr.base;
    const open = prose.lastIndexOf('[', from);
    const close = prose.indexOf(']', to);
    if (open === -1 || close === -1 || LINK_AFTER.test(prose[close + 1] ?? '')) continue;
    const before = prose.slice(open + 1, from);
    const after = prose.slice(to, close);
    if (/[[\]*]/.test(before) || /[[\]*]/.test(after) || hasNoText(before + after)) continue;
    const text = content(s, span, 'tr');
    if (enTexts.some((t) => t.trim() === text.trim())) continue;
    // A bold long enough for the English label (one and a half characters to each of its words that mean something) holds it whole: the brackets took in words of the sentence.
    // Not when the words outside are two characters or more, all before the bold: the bold then starts inside the label ("[傳送 **郵件選項**]").
    if ((text.match(CJK_CHAR)?.length ?? 0) >= 1.5 * longestLabel && !labelStartLeftOut(before, after)) continue;
    const { l10n } = s;
    return {
      message: l10n.t('The bold "**{bold}**" covers only part of the bracketed label: "{rest}", inside the same brackets, is outside the bold.', { bold: quote(text, 40), rest: quote(`${before.trim()} ${after.trim()}`.trim(), 30) }),
      start: span.start,
      end: span.end,
    };
  }
  return undefined;
}

const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/**
 * Inside the brackets, words only before the bold, and two characters or more of them: the first
 * characters of the label, left outside a bold that starts in the middle of it ("[傳送 **郵件選項**]"
 * for "**Send Mail Options**"). One character alone is more often a word of the sentence the brackets
 * took in ("[先 **移至郵件選項**]", "first", for "**Go to Mail Options** first").
 */
function labelStartLeftOut(before: string, after: string): boolean {
  return !after.trim() && !CLAUSE_PUNCTUATION.test(before) && (before.match(CJK_CHAR)?.length ?? 0) >= 2;
}

/** A comma or a full stop: brackets that hold one took in a clause of the sentence, not a label's first characters. */
const CLAUSE_PUNCTUATION = /[，。；：,;]/;

/** What follows a link's text: its destination, or a blanked one. */
const LINK_AFTER = /[([\u0001]/;

/** A bold that opens with a word in small letters, then a capitalized word: "**scheda Impostazioni**", "**l'opzione Ripristino** rapido". */
const SMALL_THEN_CAPITAL = /^\s*((?:\p{Ll}+['’])?(\p{Ll}[\p{L}\p{M}]*))\s+\p{Lu}/u;

/** A bold of this many words or more is a phrase, whose translation may well reorder it ("**informații Entourage dintr-o arhivă…**"). */
const LONG_LABEL = 5;

/** English words in the two before a bold label that a translation may well put inside the bold with it: "then **Close**" → "**quindi Chiudi**". */
const WORD_BEFORE_LABEL = new Set('then and or also'.split(' '));
/** English prepositions right before a bold label, which a translation may put inside the bold with it: "Under **Choose…**" → "**sub Alegeți…**". */
const PREPOSITION_BEFORE_LABEL = new Set('under in on from at to for with by of'.split(' '));

/**
 * Every bold of the English is a capitalized label; the translation's bold opens with a word in
 * small letters that the English does not have, before a capitalized word: the bold was
 * stretched over a word of the sentence before the label ("**selectați Setări**" for "select
 * **Settings**", "la **scheda Impostazioni**" for "the **Settings** tab"). `labels` are the
 * English bolds this one may stand for (the one in its place when both sides have as many). Not
 * a connecting word of the locale, nor where that word may be the English's own: a word of the
 * label ("**piano A1**" for "**A1 plan**": the English label has more words than the
 * translation's capitalized rest, unless the word is a noun of the screen that translates the
 * English's noun right after its bold, "**l'opzione Ripristino** rapido" for "the **Quick Repair**
 * option"; or the label is a phrase of five words or more) or the translation of a small word right before the English
 * bold or the word before it ("then **Close**", "then select **Next**", "Under **Choose…**"), unless that word is the locale's verb of
 * selecting, which translates neither ("quindi **selezionare Avanti**"); nor in a language that writes every noun with a
 * capital.
 */
function wordPulledIn(s: SegmentCheck, text: string, labels: readonly EmphasisSpan[]): string | undefined {
  if (capitalizesNouns(s.locale)) return undefined;
  const m = SMALL_THEN_CAPITAL.exec(text);
  if (!m) return undefined;
  const [whole, word, stem] = m;
  if (s.learned.functionWord(word, s.locale) || s.learned.functionWord(stem, s.locale)) return undefined;
  const english = s.en.text.toLowerCase();
  if (wholeWordAt(english, stem) !== -1 || wholeWordAt(english, word) !== -1) return undefined;
  const rest = wordsOf(text.slice(whole.length - 1)).length;
  // A verb of selecting ("selectați") translates no "then" or preposition of the English.
  const verb = selectVerb(s.locale, word);
  // A noun of the screen ("opzione", "fila") that translates the English's noun right after the label ("the **Quick Repair** option").
  const noun = isScreenNoun(s.locale, stem);
  for (const x of labels) {
    const label = content(s, x, 'en').trim();
    const words = wordsOf(label).length;
    if (!/^\p{Lu}/u.test(label) || words >= LONG_LABEL) return undefined;
    if (noun && screenNounAfter(s, x)) continue;
    // A verb of selecting before a label shorter than the English's ("**selectați Înscriere**" for "select **Opt in**") is pulled in all the same.
    if (verb) continue;
    if (words > rest) return undefined;
    // The two words before the English bold ("then select **Next**").
    const before = wordsOf(s.en.text.slice(Math.max(0, x.start - s.en.base - 30), x.start - s.en.base)).slice(-2);
    if (before.some((w) => WORD_BEFORE_LABEL.has(w.toLowerCase())) || PREPOSITION_BEFORE_LABEL.has(before[before.length - 1]?.toLowerCase() ?? '')) return undefined;
  }
  return word;
}

/** Two words in small letters, then a capitalized one: "**näytön alareunassa Tallenna**". */
const TWO_SMALL_THEN_CAPITAL = /^\s*(\p{Ll}[\p{L}\p{M}-]*)\s+(\p{Ll}[\p{L}\p{M}-]*)\s+\p{Lu}/u;

/**
 * In Finnish, which writes a label's first word with a capital, a bold that opens with two words
 * in small letters before its capitalized words ("**näytön alareunassa Tallenna**" for "select
 * **Save** at the bottom of the screen", "**valitse sitten Tallenna**"): the bold took in a phrase
 * of the sentence, where on the screen or how. Not where the English label is a phrase of five
 * words or more, or starts with a small letter (the translation may well open with small words of
 * its own), nor where either word is in the English, nor where both are connecting words.
 */
function phrasePulledIn(s: SegmentCheck, text: string, labels: readonly EmphasisSpan[]): string | undefined {
  if (languageOf(s.locale) !== 'fi') return undefined;
  const m = TWO_SMALL_THEN_CAPITAL.exec(text);
  if (!m) return undefined;
  const [, first, second] = m;
  if (s.learned.functionWord(first, s.locale) && s.learned.functionWord(second, s.locale)) return undefined;
  const english = s.en.text.toLowerCase();
  if (wholeWordAt(english, first) !== -1 || wholeWordAt(english, second) !== -1) return undefined;
  for (const x of labels) {
    const label = content(s, x, 'en').trim();
    if (!/^\p{Lu}/u.test(label) || wordsOf(label).length >= LONG_LABEL) return undefined;
  }
  return first;
}

/**
 * A bold label whose translation this locale has a settled rendering for ("Restart" →
 * "Käynnistä uudelleen"), present in the translation with the bold on only part of it.
 */
function labelCut(s: SegmentCheck): Report | undefined {
  // The translation as the labels are looked for in it, made once a label has a settled translation (most have none).
  let read: { tr: string; bold: { span: EmphasisSpan; start: number; end: number }[]; spaced: boolean } | undefined;
  for (const label of boldsOf(s.en).keys) {
    const translated = renderingsOf(s, label).whole;
    if (!translated || translated.length < 3) continue;
    read ??= {
      tr: lowerCaseKeepingOffsets(plainText(s.tr)),
      bold: s.tr.emphasis.spans.filter((y) => y.strong).map((y) => ({ span: y, start: y.contentStart - s.tr.base, end: y.contentEnd - s.tr.base })),
      spaced: !NO_SPACES.test(s.tr.text),
    };
    const { tr, bold, spaced } = read;
    const covered = (p: { start: number; end: number }) => bold.some((c) => c.start <= p.start && p.end <= c.end);
    const places = spacedPhrasePlaces(tr, translated, spaced);
    // A place where the bold holds the whole label settles it; so does the label left in English, in bold.
    if (places.length === 0 || places.some(covered) || spacedPhrasePlaces(tr, label, spaced).some(covered)) continue;
    const { start: a, end: b } = places[0];
    const partial = bold.find((c) => c.start < b && a < c.end);
    if (!partial) continue;
    const { l10n } = s;
    return {
      message: l10n.t('"{label}" is bold in the English and translated "{translated}" elsewhere in this locale; here the bold covers only "{bold}".', { label, translated, bold: quote(tr.slice(partial.start, partial.end).trim(), 40) }),
      start: partial.span.start,
      end: partial.span.end,
    };
  }
  return undefined;
}

/**
 * A bold label of several words ("**troubleshooting steps**") one of whose words, or runs of
 * words, the locale has a settled rendering of several words for, as a label of its own
 * ("**Troubleshooting**" → "Risoluzione dei problemi"); the translation holds that rendering, and
 * its bold ends or starts inside it ("**passaggi per la risoluzione** dei problemi"): the bold
 * cut the label's translation short. Not where a bold holds that rendering whole elsewhere. Asked
 * only of a translation with spaces between its words.
 */
function labelPartCut(s: SegmentCheck): Report | undefined {
  let read: { tr: string; bold: { span: EmphasisSpan; start: number; end: number }[] } | undefined;
  for (const key of boldsOf(s.en).keys) {
    for (const { part, translated } of partsOf(s, key)) {
      read ??= {
        tr: lowerCaseKeepingOffsets(plainText(s.tr)),
        bold: s.tr.emphasis.spans.filter((y) => y.strong).map((y) => ({ span: y, start: y.contentStart - s.tr.base, end: y.contentEnd - s.tr.base })),
      };
      const { tr, bold } = read;
      const places = spacedPhrasePlaces(tr, translated, true);
      if (places.length === 0 || places.some((p) => bold.some((c) => c.start <= p.start && p.end <= c.end))) continue;
      const { start: a, end: b } = places[0];
      const partial = bold.find((c) => c.start < b && a < c.end);
      if (!partial) continue;
      const { l10n } = s;
      return {
        message: l10n.t('"{part}", of the English bold "{label}", is a label translated "{translated}" elsewhere in this locale; here the bold "{bold}" cuts it in two.', { part, label: quote(key, 40), translated, bold: quote(tr.slice(partial.start, partial.end).trim(), 40) }),
        start: partial.span.start,
        end: partial.span.end,
      };
    }
  }
  return undefined;
}

/**
 * The runs of a bold label's words ({@link labelKey}) that the locale has a settled rendering of
 * several words for, in the order {@link labelPartCut} asks about them: the longest runs first,
 * each from the left.
 */
function renderedParts(s: SegmentCheck, key: string): readonly RenderedPart[] {
  const words = key.split(' ');
  if (words.length < 2 || words.length > LONG_LABEL) return [];
  const found: RenderedPart[] = [];
  // Where each word starts in the key: a run of its words is cut out of it, not joined again from the words (a dozen runs per label).
  const starts = wordStarts(words);
  for (let n = words.length - 1; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      if (isEnglishFunctionWord(words[i]) || isEnglishFunctionWord(words[i + n - 1])) continue;
      const part = key.slice(starts[i], starts[i + n] - 1);
      const translated = trimFunctionWords(s, s.learned.labelTranslation(part, s.locale));
      // A rendering of one word cannot be cut by a bold's edge between words.
      if (translated && translated.includes(' ')) found.push({ part, translated });
    }
  }
  return found;
}

/** A run of a label's words and the locale's settled rendering of it, without function words at its ends. */
interface RenderedPart {
  readonly part: string;
  readonly translated: string;
}

/** What the locale's learned renderings say of a bold label: of the whole label, and (asked of fewer labels, so read when first asked) of runs of its words. */
interface LabelRenderings {
  readonly whole: string | undefined;
  parts?: readonly RenderedPart[];
}

/**
 * The learned renderings of bold labels ({@link renderingsOf}), per what was learned and locale, kept while
 * its generation stands: the same labels are bold in segment after segment ("Settings", "Save"), and each
 * asked for a dozen lookups of labelCut and labelPartCut.
 */
const RENDERINGS = new WeakMap<LearnedTerms, { generation: number; byLocale: Map<string | undefined, Map<string, LabelRenderings>> }>();

/** {@link LabelRenderings} of an English bold's key in the segment's locale, worked out once per key. */
function renderingsOf(s: SegmentCheck, key: string): LabelRenderings {
  let memo = RENDERINGS.get(s.learned);
  if (!memo || memo.generation !== s.learned.generation) RENDERINGS.set(s.learned, (memo = { generation: s.learned.generation, byLocale: new Map() }));
  let keys = memo.byLocale.get(s.locale);
  if (!keys) memo.byLocale.set(s.locale, (keys = new Map()));
  let found = keys.get(key);
  if (!found) keys.set(key, (found = { whole: trimFunctionWords(s, s.learned.labelTranslation(key, s.locale)) }));
  return found;
}

/** {@link renderedParts} of an English bold's key, worked out once per key as {@link renderingsOf} is. */
function partsOf(s: SegmentCheck, key: string): readonly RenderedPart[] {
  const found = renderingsOf(s, key);
  return (found.parts ??= renderedParts(s, key));
}

/** Where each of the words of a text split at single spaces starts, and where one more would (past its end and the space before). */
function wordStarts(words: readonly string[]): number[] {
  const starts = [0];
  for (const w of words) starts.push(starts[starts.length - 1] + w.length + 1);
  return starts;
}

/** A label's translation without the function words at its ends ("a cumpăra" reads "cumpăra"). */
function trimFunctionWords(s: SegmentCheck, text: string | undefined): string | undefined {
  if (!text) return undefined;
  const words = text.split(' ');
  while (words.length > 1 && s.learned.functionWord(words[0], s.locale)) words.shift();
  while (words.length > 1 && s.learned.functionWord(words[words.length - 1], s.locale)) words.pop();
  return words.join(' ');
}

function content(s: SegmentCheck, span: EmphasisSpan, side: 'en' | 'tr'): string {
  return (side === 'en' ? s.en : s.tr).slice({ start: span.contentStart, end: span.contentEnd });
}
