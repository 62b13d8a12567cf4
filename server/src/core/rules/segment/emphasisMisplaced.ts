import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { labelKey } from '../../terms/observe';
import { plainText } from '../../terms/plainText';
import { isStrictCode } from '../../terms/names';
import { segmentRule } from '../segmentRule';
import { spacedPhrasePlaces } from '../../text/wholeWord';
import { boldCutShort } from './boldCutShort';
import { hasEmphasisMarker } from './emphasisLost';
import { quote } from './compare';
import { capitalizesNouns, hasNoText, nameCutBy, onlyFunctionWords, startsWithEnglishFunctionWord, unmatchedBracket, wordsOf } from './spanBounds';

/** Scripts written without spaces between words, where words cannot be told apart by spaces. */
const NO_SPACES = /[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff]/;

export const emphasisMisplaced = segmentRule({
  code: 'emphasis-misplaced',
  description:
    'Bold on the wrong words: bold that holds no words (only a bracket or a full stop), only connecting words of the language ("**zu**", "**de**"), that cuts a name in two ("Office **365"), that cuts a bracketed phrase in two ("**(tulossa** pian)"), or that holds only the first word of a label whose other words follow it ("**Anulați** abonamentul" for **Cancel subscription**). Also the bold of a label before its colon that ends short of the colon (`**帳單** 位址：`) or runs on past it (`**Soluție: În** …`).',
  defaultSeverity: 'warning',
  fixable: false,
  learnsFromWorkspace: true,
  checkSegment(s) {
    if (!hasEmphasisMarker(s.tr) || !hasEmphasisMarker(s.en)) return;
    const en = s.en.emphasis.spans.filter((x) => x.strong);
    if (en.length === 0) return;
    const enTexts = en.map((x) => content(s, x, 'en'));
    if (enTexts.some(hasNoText)) return;
    const spaced = !NO_SPACES.test(s.tr.text);
    // A one-word English value ("NO", "On") may well be a small word of the language too ("EI").
    // Each English bold's words, read once.
    const enWords = enTexts.map(wordsOf);
    const englishIsFunctionWords = enTexts.some((t, k) => (enWords[k].length <= 2 && startsWithEnglishFunctionWord(t)) || (enWords[k].length === 1 && enWords[k][0].length <= 3));
    const { l10n } = s;
    const trBold = s.tr.emphasis.spans.filter((x) => x.strong);
    let leftOut: Report | undefined;
    for (const [i, span] of trBold.entries()) {
      const text = content(s, span, 'tr');
      // Bold on what the English makes bold, as written, is right whatever it holds.
      if (enTexts.some((t) => t.trim() === text.trim())) continue;
      // The English bold in the same place is one word ("Mail", "Power"): the translation's may be a small word too.
      const counterpartOneWord = trBold.length === en.length && enWords[i].length === 1;
      // Made only for a message: most bolds are right.
      const shown = () => `"**${quote(text, 40)}**"`;
      let message: string | undefined;
      if (hasNoText(text)) message = l10n.t('The bold {bold} holds no words; in the English, bold marks a label.', { bold: shown() });
      else if (spaced && !englishIsFunctionWords && !counterpartOneWord && onlyFunctionWords(s, text)) message = l10n.t('The bold {bold} covers only connecting words, not the label the English makes bold.', { bold: shown() });
      else {
        const name = nameCutBy(s, { start: span.contentStart - s.tr.base, end: span.contentEnd - s.tr.base });
        if (name) message = l10n.t('The bold {bold} cuts the name "{name}" in two.', { bold: shown(), name });
        else if (unmatchedBracket(text) && !enTexts.some((t) => unmatchedBracket(t))) message = l10n.t('The bold {bold} cuts the bracketed text in two: it holds one of the brackets {brackets}, and the other is outside it.', { bold: shown(), brackets: unmatchedBracket(text)! });
        else {
          const kept = stretchedOver(s, text, enTexts);
          if (kept) message = l10n.t('The bold {bold} covers more than "{label}", which the English makes bold.', { bold: shown(), label: quote(kept, 40) });
          else if (!leftOut && spaced) {
            const word = capitalLeftOut(s, span, text, enTexts);
            if (word) leftOut = { message: l10n.t('The bold {bold} starts with a small letter after "{word}", which is outside it: the bold has moved off the label the English makes bold.', { bold: shown(), word }), start: span.start, end: span.end };
          }
        }
      }
      if (!message) continue;
      s.report({ message, start: span.start, end: span.end });
      return;
    }
    // How the locale translates the label says more than a capital left outside the bold.
    const cut = labelBeforeColon(s, en, trBold) ?? labelCut(s, en) ?? leftOut ?? (spaced ? boldCutShort(s, en, trBold) : undefined);
    if (cut) s.report(cut);
  },
});

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
function stretchedOver(s: SegmentCheck, text: string, enTexts: readonly string[]): string | undefined {
  const plain = withoutLinkDestinations(text);
  for (const label of enTexts) {
    const trimmed = label.trim();
    if (/:$/.test(trimmed) && /:\s+\p{L}/u.test(plain) && !/:/.test(trimmed.slice(0, -1))) return trimmed;
    if (!(isStrictCode(trimmed) || /^\$\w+$/.test(trimmed) || /^[A-Z]{2,}$/.test(trimmed))) continue;
    const at = wholeWordAt(plain, trimmed);
    if (at === -1) continue;
    // Words apart from the label's own (an inflection joined to it, "-cmdletin", is the label's).
    const extra = [...wordsOf(plain.slice(0, at)), ...wordsOf(plain.slice(at + trimmed.length).replace(/^\S*/, ''))];
    if (extra.filter((w) => !s.learned.functionWord(w, s.locale)).length >= 1) return trimmed;
  }
  return undefined;
}

/**
 * Bold that starts with a small letter right after a capitalized word of the translation,
 * where every bold of the English is a capitalized label: the label's first word is left
 * outside ("Käynnistä **uudelleen.**" for **Restart**, "valitse Lisää **laajennus.**").
 * Not after the sentence's first word, nor after a name of the English ("Outlookissa
 * **tiedosto**": Outlook, inflected), nor in German after a noun.
 */
function capitalLeftOut(s: SegmentCheck, span: EmphasisSpan, text: string, enTexts: readonly string[]): string | undefined {
  if (!/^\p{Ll}/u.test(text) || !enTexts.every((t) => /^\p{Lu}/u.test(t.trim()))) return undefined;
  if (enTexts.some((t) => t.trim().toLowerCase() === text.trim().toLowerCase())) return undefined;
  const before = s.tr.text.slice(0, span.start - s.tr.base);
  // The capitalized word right before the bold and its space: searched for after the space before it (the word holds none), not along the whole sentence.
  const from = before.lastIndexOf(' ', before.length - 2) + 1;
  const m = /(\p{Lu}\p{Ll}+) $/u.exec(before.slice(from));
  if (!m) return undefined;
  const rest = before.slice(0, from + m.index).trimEnd();
  // Inside the sentence: after a word or a comma, not at its start, after a label or a table's bar (its last character, a surrogate pair at most).
  if (!/[\p{L}\p{N},;)]$/u.test(rest.slice(-2))) return undefined;
  const word = m[1];
  // German writes every noun with a capital ("die Schaltfläche **neuer Ordner**"): there, only after the
  // imperative's "Sie" ("Wählen Sie **dann** …") is a capital no sign of a label's first word left out.
  if (capitalizesNouns(s.locale) && word !== 'Sie') return undefined;
  const english = s.en.text;
  if (wholeWordAt(english, word) !== -1) return undefined;
  // An English name inflected ("Outlookissa", "Teamsin").
  if (english.split(/[^\p{L}]+/u).some((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && word.startsWith(w))) return undefined;
  return word;
}

function wholeWordAt(text: string, word: string): number {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + word.length] ?? ' ')) return i;
  }
  return -1;
}

/**
 * A bold label whose translation this locale has a settled rendering for ("Restart" →
 * "Käynnistä uudelleen"), present in the translation with the bold on only part of it.
 */
function labelCut(s: SegmentCheck, en: readonly EmphasisSpan[]): Report | undefined {
  // The translation as the labels are looked for in it, made once a label has a settled translation (most have none).
  let read: { tr: string; bold: { span: EmphasisSpan; start: number; end: number }[]; spaced: boolean } | undefined;
  for (const x of en) {
    const label = labelKey(content(s, x, 'en'));
    const translated = trimFunctionWords(s, s.learned.labelTranslation(label, s.locale));
    if (!translated || translated.length < 3) continue;
    read ??= {
      tr: plainText(s.tr).toLowerCase(),
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

/** `text.replace(/\]\([^)]*\)/g, ']')` in linear time: once no `)` follows, no later `](` can close either. */
function withoutLinkDestinations(text: string): string {
  let out = '';
  let copied = 0;
  for (let open = text.indexOf(']('); open !== -1; open = text.indexOf('](', copied)) {
    const close = text.indexOf(')', open + 2);
    if (close === -1) break;
    out += `${text.slice(copied, open)}]`;
    copied = close + 1;
  }
  return out + text.slice(copied);
}
