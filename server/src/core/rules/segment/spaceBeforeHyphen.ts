import type { InlineText } from '../../inline/inlineText';
import type { TextRange } from '../../inline/tokens';
import { reportCounted, segmentRule, type Occurrence } from '../segmentRule';

/** A space, a hyphen and a letter right after a link, bold or code: `[SaRA](url) -Diagnose`, `**Title** -acest`. */
const SPACE_HYPHEN_LETTER = /^ -\p{L}/u;
/** A dash between spaces right after a link, bold or code: the English's separator (`[Title](url) - This article…`). */
const SEPARATOR = /^ [-–—] /;
/** German (and its neighbours) join a compound to a name with a hyphen and no space: `**OneDrive**-Cloud-Speicher`. */
const JOINS_COMPOUNDS = /^(?:de|lb|gsw)(?:-|$)/i;
/** Finnish writes a space before the hyphen of a compound whose first part is several words (`Office 365 -sovellus`). */
const SPACE_HYPHEN_RIGHT = /^fi(?:-|$)/i;

interface Spaced extends Occurrence {
  readonly separator: boolean;
  readonly word: string;
}

export const spaceBeforeHyphen = segmentRule({
  code: 'space-before-hyphen',
  description:
    'A space before a hyphen right after a link, bold or code: in German a compound broken off the name it joins (`[SaRA](url) -Diagnose`, `**OneDrive** -Cloud-Speicher`), and in any language but Finnish the English\'s dash separator glued to the next word (`[Title](url) -acest articol` for `[Title](url) - This article`).',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    // Most segments have no " -" at all: nothing to read then.
    if (s.tr.text.indexOf(' -') === -1 || SPACE_HYPHEN_RIGHT.test(s.locale ?? '')) return;
    const closes = closesOf(s.tr);
    if (closes.length === 0) return;
    const compounds = JOINS_COMPOUNDS.test(s.locale ?? '');
    let separators: boolean | undefined;
    const englishSeparates = () => (separators ??= closesOf(s.en).some((c) => SEPARATOR.test(after(s.en, c.end))));
    const found: Spaced[] = [];
    for (const c of closes) {
      const rest = after(s.tr, c.end);
      if (!SPACE_HYPHEN_LETTER.test(rest)) continue;
      const word = /^ -([\p{L}\p{M}\p{N}-]*)/u.exec(rest)![1];
      // As the English writes it: a switch of a command line (`<GroupName>` -Trustee).
      if (s.en.text.includes(` -${word}`)) continue;
      // Inside a placeholder broken apart ("[{Vorfall](url) -ID}"): the placeholder rule's defect.
      if (rest[2 + word.length] === '}') continue;
      if (englishSeparates()) found.push({ start: c.end, end: c.end + 2 + word.length, edits: [{ start: c.end + 2, end: c.end + 2, newText: ' ' }], separator: true, word });
      else if (compounds) found.push({ start: c.end, end: c.end + 2 + word.length, edits: [{ start: c.end, end: c.end + 1, newText: '' }], separator: false, word });
    }
    const { l10n } = s;
    reportCounted(s, found, {
      message: (count, first) =>
        count > 1
          ? l10n.t('{count} hyphens stand after a space right after a link or bold, first "-{word}".', { count, word: first.word })
          : first.separator
            ? l10n.t('The dash after the link or bold is joined to "{word}": the English separates with " - ".', { word: first.word })
            : l10n.t('A space before "-{word}" breaks the compound off the link or bold it joins.', { word: first.word }),
      fixTitle: (count, first) => (count > 1 ? l10n.t('Mend the {count} hyphens', { count }) : first.separator ? l10n.t('Add a space after the dash') : l10n.t('Remove the space before the hyphen')),
    });
  },
});

/** The ends of the side's links, bold and code spans, where a space and a hyphen may follow. */
function closesOf(side: InlineText): TextRange[] {
  const out: TextRange[] = [];
  for (const l of side.links) if (l.kind === 'markdown' || l.kind === 'html') out.push(l);
  for (const e of side.emphasis.spans) if (e.strong) out.push(e);
  for (const c of side.codeSpans) out.push(c);
  return out;
}

function after(side: InlineText, end: number): string {
  return side.text.slice(end - side.base, end - side.base + 40);
}
