import { isEnglish, normalizeLocale } from '../locale';
import type { L10n } from '../l10n';
import { attribute, children, inlineXmlText, lineOfMatch, readXml, textOf, xmlEscape, type FileProblem, type XmlElement } from '../xml/xmlInput';
import type { MemoryPair, StoredPair } from './translationMemory';

const ARRAYS = new Set(['tu', 'tuv', 'prop', 'note']);

/** The pairs of a TMX file, per locale: the English variant of each unit with each other variant. */
export interface TmxContent {
  readonly locales: ReadonlyMap<string, { pairs: MemoryPair[]; translationType: string }>;
  readonly problems: FileProblem[];
}

/**
 * Reads a TMX file (1.4b): each translation unit's English variant (`xml:lang` `en*`, or the
 * header's `srclang`) paired with each other variant. Inline markup of a segment (`<ph>`,
 * `<bpt>`…) is read as the text it stands for. A unit marked `x-sxs-translationtype` `MT`
 * counts as machine translation; others as human translation (what a CAT tool keeps).
 */
export function readTmx(text: string, uri: string, l10n: L10n): TmxContent {
  const locales = new Map<string, { pairs: MemoryPair[]; translationType: string }>();
  const read = readXml(text, ARRAYS, ['*.seg']);
  if (!read.ok) return { locales, problems: [{ uri, line: read.line, message: l10n.t('Not valid XML: {error}', { error: read.error }) }] };
  const tmx = read.root.tmx as XmlElement | undefined;
  const body = tmx && children(tmx, 'body')[0];
  if (!tmx || !body) return { locales, problems: [{ uri, line: lineOfMatch(text, /<[A-Za-z]/), message: l10n.t('Not a TMX file: no <tmx> element with a <body>.') }] };
  const header = children(tmx, 'header')[0];
  const sourceLanguage = (header && attribute(header, 'srclang')) || 'en-US';
  const problems: FileProblem[] = [];
  children(body, 'tu').forEach((tu, n) => {
    const variants = children(tu, 'tuv').map((tuv) => ({ lang: attribute(tuv, 'xml:lang') ?? attribute(tuv, 'lang') ?? '', text: segText(children(tuv, 'seg')[0]) }));
    const english = variants.find((v) => v.lang.toLowerCase() === sourceLanguage.toLowerCase()) ?? variants.find((v) => isEnglish(v.lang));
    if (!english) {
      if (problems.length === 0) problems.push({ uri, line: lineOfMatch(text, /<tu\b/, n), message: l10n.t('This unit has no English variant; units without one are left out.') });
      return;
    }
    const props = children(tu, 'prop');
    const prop = (type: string) => textOf(props.find((p) => attribute(p, 'type') === type)).trim() || undefined;
    const translationType = prop('x-sxs-translationtype')?.toUpperCase() === 'MT' ? 'MT' : 'HT';
    const segment = prop('x-sxs-segment') ?? attribute(tu, 'tuid') ?? `tu-${n + 1}`;
    for (const v of variants) {
      if (v === english || !v.lang || isEnglish(v.lang)) continue;
      const locale = normalizeLocale(v.lang) ?? v.lang;
      const key = `${locale}\u0001${translationType}`;
      let entry = locales.get(key);
      if (!entry) locales.set(key, (entry = { pairs: [], translationType }));
      entry.pairs.push({ english: english.text, translation: v.text, segment });
    }
  });
  return { locales: new Map([...locales].map(([key, value]) => [key, value])), problems };
}

function segText(seg: XmlElement | undefined): string {
  return seg ? inlineXmlText(textOf(seg)) : '';
}

/** A TMX date (`20210215T000000Z`) from a hand-off date (MM/DD/YYYY). */
function tmxDate(handoff: string | undefined): string | undefined {
  const m = handoff && /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(handoff);
  return m ? `${m[3]}${m[1].padStart(2, '0')}${m[2].padStart(2, '0')}T000000Z` : undefined;
}

/**
 * A TMX 1.4b file of pairs, English (`en-US`) and one locale, that CAT tools open: the segments
 * are the Markdown as written, as text; each unit has the file, segment id and MT/HT as props.
 */
export function writeTmx(pairs: Iterable<StoredPair>, locale: string, tool: { name: string; version: string }, relativePath: (uri: string) => string = (u) => u): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="${xmlEscape(tool.name)}" creationtoolversion="${xmlEscape(tool.version)}" segtype="sentence" o-tmf="sxs-docs" adminlang="en-US" srclang="en-US" datatype="markdown"/>`,
    '  <body>',
  ];
  for (const pair of pairs) {
    const date = tmxDate(pair.lastHandoff);
    out.push(`    <tu${date ? ` changedate="${date}"` : ''}>`);
    out.push(`      <prop type="x-sxs-file">${xmlEscape(relativePath(pair.uri))}</prop>`);
    out.push(`      <prop type="x-sxs-segment">${xmlEscape(pair.segment)}</prop>`);
    if (pair.translationType) out.push(`      <prop type="x-sxs-translationtype">${xmlEscape(pair.translationType)}</prop>`);
    out.push(`      <tuv xml:lang="en-US"><seg>${xmlEscape(pair.english)}</seg></tuv>`);
    out.push(`      <tuv xml:lang="${xmlEscape(locale)}"><seg>${xmlEscape(pair.translation)}</seg></tuv>`);
    out.push('    </tu>');
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}
