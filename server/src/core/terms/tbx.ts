import { isEnglish, normalizeLocale } from '../locale';
import type { L10n } from '../l10n';
import { attribute, children, lineOfMatch, readXml, textOf, xmlEscape, type FileProblem, type XmlElement } from '../xml/xmlInput';
import type { GlossaryEntry, TermStatus } from './glossary';

const ARRAYS = new Set(['termEntry', 'conceptEntry', 'langSet', 'langSec', 'tig', 'ntig', 'termSec', 'termNote', 'descrip', 'note', 'termGrp']);

/** `administrativeStatus` values (TBX-Basic) and what they mean here. */
function statusOf(value: string | undefined): TermStatus | undefined {
  const v = value?.trim().toLowerCase() ?? '';
  if (v.startsWith('preferred') || v.startsWith('admitted')) return 'approved';
  if (v.startsWith('deprecated') || v.startsWith('superseded')) return 'forbidden';
  return undefined;
}

interface TbxTerm {
  readonly text: string;
  readonly status: TermStatus | undefined;
  readonly translatable: boolean;
  readonly note: string | undefined;
}

/**
 * The entries of a TBX file (TBX-Basic / TBX 2 `martif` with `termEntry`, `langSet`, `tig`;
 * TBX 3 `tbx` with `conceptEntry`, `langSec`, `termSec`). The English term of an entry is its
 * `en*` language's first term; each other language's terms are its approved translations, or
 * forbidden ones when their `administrativeStatus` is deprecated or superseded. An English term
 * with `<termNote type="translatable">no</termNote>` is a do-not-translate term.
 */
export function readTbx(text: string, uri: string, l10n: L10n): { entries: GlossaryEntry[]; problems: FileProblem[] } {
  const read = readXml(text, ARRAYS);
  if (!read.ok) return { entries: [], problems: [{ uri, line: read.line, message: l10n.t('Not valid XML: {error}', { error: read.error }) }] };
  const root = read.root;
  const body = (root.martif && children(children(root.martif as XmlElement, 'text')[0], 'body')[0]) || (root.tbx && children(children(root.tbx as XmlElement, 'text')[0], 'body')[0]);
  if (!body) {
    return { entries: [], problems: [{ uri, line: lineOfMatch(text, /<[A-Za-z]/), message: l10n.t('Not a TBX file: no <martif> or <tbx> element with a <text><body>.') }] };
  }
  const entries: GlossaryEntry[] = [];
  const problems: FileProblem[] = [];
  const concepts = [...children(body, 'termEntry'), ...children(body, 'conceptEntry')];
  concepts.forEach((concept, n) => {
    const languages = [...children(concept, 'langSet'), ...children(concept, 'langSec')].map((l) => ({ lang: attribute(l, 'xml:lang') ?? '', terms: termsOf(l) }));
    const english = languages.find((l) => isEnglish(l.lang))?.terms[0];
    if (!english) {
      problems.push({ uri, line: lineOfMatch(text, /<(termEntry|conceptEntry)\b/, n), message: l10n.t('This entry has no English term (a langSet with xml:lang="en"); it was left out.') });
      return;
    }
    if (!english.translatable) entries.push({ english: english.text, locale: undefined, translation: undefined, status: 'do-not-translate', note: english.note, uri });
    for (const language of languages) {
      if (isEnglish(language.lang) || !language.lang) continue;
      const locale = normalizeLocale(language.lang) || language.lang;
      for (const term of language.terms) entries.push({ english: english.text, locale, translation: term.text, status: term.status ?? 'approved', note: term.note, uri });
    }
  });
  return { entries, problems };
}

function termsOf(language: XmlElement): TbxTerm[] {
  const groups = [...children(language, 'tig'), ...children(language, 'ntig'), ...children(language, 'termSec')];
  return groups
    .map((group) => {
      const holder = children(group, 'termGrp')[0] ?? group;
      const term = textOf(children(holder, 'term')[0]).trim();
      const notes = [...children(holder, 'termNote'), ...children(group, 'termNote')];
      const note = (type: string) => textOf(notes.find((n) => attribute(n, 'type') === type)).trim() || undefined;
      const descrip = textOf([...children(group, 'descrip'), ...children(group, 'note')][0]).trim() || undefined;
      return { text: term, status: statusOf(note('administrativeStatus')), translatable: note('translatable')?.toLowerCase() !== 'no', note: descrip };
    })
    .filter((t) => t.text !== '');
}

/** A proposed entry for {@link writeTbx}: the English term, its translation in the locale (none: do not translate), and a note. */
export interface TbxEntry {
  readonly english: string;
  readonly translation: string | undefined;
  readonly note?: string;
}

/** A TBX-Basic file (`martif`) of the entries, English and one locale; do-not-translate entries carry `translatable` `no`. */
export function writeTbx(entries: readonly TbxEntry[], locale: string, title: string): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="en-US">',
    '  <martifHeader>',
    '    <fileDesc>',
    `      <sourceDesc><p>${xmlEscape(title)}</p></sourceDesc>`,
    '    </fileDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
  ];
  entries.forEach((entry, i) => {
    out.push(`      <termEntry id="t${i + 1}">`);
    if (entry.note) out.push(`        <note>${xmlEscape(entry.note)}</note>`);
    out.push('        <langSet xml:lang="en-US">', '          <tig>', `            <term>${xmlEscape(entry.english)}</term>`);
    if (entry.translation === undefined) out.push('            <termNote type="translatable">no</termNote>');
    out.push('          </tig>', '        </langSet>');
    if (entry.translation !== undefined) {
      out.push(`        <langSet xml:lang="${xmlEscape(locale)}">`, '          <tig>', `            <term>${xmlEscape(entry.translation)}</term>`, '            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>', '          </tig>', '        </langSet>');
    }
    out.push('      </termEntry>');
  });
  out.push('    </body>', '  </text>', '</martif>', '');
  return out.join('\n');
}
