import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { segmentRule } from '../segmentRule';
import { quote } from './compare';
import { nameCutBy, onlyFunctionWords, startsWithEnglishFunctionWord, wordsOf } from './spanBounds';

/** Punctuation a link's text does not start with: what belongs before the link. */
const LEADING_PUNCTUATION = /^\s*[:;,>)\]]/;

export const linkTextCut = segmentRule({
  code: 'link-text-cut',
  description:
    'A link on the wrong words: its text starts with punctuation that belongs before it (`[: …]`, `[> …]`), covers only connecting words of the language (`[zur](url)`), cuts a name in two (`[Azure Active](url) Directory`) or runs on past the name the English links (`[Microsoft Store aus.](url)`).',
  defaultSeverity: 'warning',
  fixable: false,
  learnsFromWorkspace: true,
  checkSegment(s) {
    if (!s.tr.has(']') || !s.en.has(']')) return;
    const used = new Set<InlineLink>();
    const { l10n } = s;
    s.tr.links.forEach((link, i) => {
      if (link.kind !== 'markdown' && link.kind !== 'html') return;
      const english = s.en.links.find((l, k) => !used.has(l) && (l.kind === 'markdown' || l.kind === 'html') && s.enUrls[k] === s.trUrls[i]);
      if (!english) return;
      used.add(english);
      const text = link.text;
      if (!text.trim()) return; // link-text-empty's case
      const shown = `"[${quote(text, 40)}]"`;
      let message: string | undefined;
      // A path's separator inside the link, after a step that is there ("[帳單]**[ > [購買服務]](url)**"), cuts nothing.
      const stepBefore = text.trim().startsWith('>') && /[\]*]\s*$/.test(s.tr.text.slice(0, link.start - s.tr.base));
      if (LEADING_PUNCTUATION.test(text) && !LEADING_PUNCTUATION.test(english.text) && !stepBefore) {
        message = l10n.t('The link text {link} starts with "{char}", which belongs before the link.', { link: shown, char: text.trim()[0] });
      } else if (wordsOf(english.text).length >= 2 && !startsWithEnglishFunctionWord(english.text) && onlyFunctionWords(s, text)) {
        message = l10n.t('The link text {link} is only connecting words; the English links "{english}".', { link: shown, english: quote(english.text, 60) });
      } else {
        const name = nameCutBy(s, { start: link.textStart - s.tr.base, end: link.textEnd - s.tr.base });
        if (name) message = l10n.t('The link text {link} cuts the name "{name}" in two.', { link: shown, name });
        else if (runsOnPastName(s, text, english.text)) message = l10n.t('The link text {link} runs on past "{name}", the name the English links.', { link: shown, name: quote(english.text.trim(), 60) });
      }
      if (message) s.report({ message, start: link.textStart, end: link.textEnd });
    });
  },
});

/**
 * The English links a name of capitalized words ("Office Service Health Dashboard"), which the
 * translation keeps inside its link text with words of the sentence around it, separated by
 * spaces ("[Office Service Health Dashboard aufgeführt sind.](url)"); an ending joined to the
 * name ("Azure AD Connectin", "Office 365 E1 -sovellukseen") or connecting words of the
 * locale alone are fine.
 */
function runsOnPastName(s: SegmentCheck, text: string, english: string): boolean {
  const name = english.trim();
  const words = name.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  const at = text.indexOf(name);
  if (at === -1) return false;
  const before = text.slice(0, at);
  const after = text.slice(at + name.length);
  // Words apart from the name: whole words, not an inflection joined to it, nor one joined by " -" (Finnish "Office 365 E1 -sovellukseen").
  const extra = [...(before.trim() && /\s$/.test(before) ? wordsOf(before) : []), ...(/^\s/.test(after) && !/^\s+-/.test(after) ? wordsOf(after) : [])];
  return extra.length > 0 && !extra.every((w) => s.learned.functionWord(w, s.locale));
}
