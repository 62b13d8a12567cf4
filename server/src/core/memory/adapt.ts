import { InlineText } from '../inline/inlineText';

/** A protected token of a side: a code span, a link destination, a placeholder written as code. */
interface Token {
  readonly kind: 'code' | 'url' | 'placeholder';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function tokens(text: string): Token[] {
  const side = new InlineText(text, 0);
  const out: Token[] = [];
  for (const c of side.codeSpans) out.push({ kind: 'code', text: c.code, start: c.codeStart, end: c.codeEnd });
  for (const l of side.links) if (l.kind !== 'bare' && l.kind !== 'autolink') out.push({ kind: 'url', text: l.url, start: l.urlStart, end: l.urlEnd });
  for (const p of side.placeholders) if (p.verbatim && !out.some((t) => t.start <= p.start && p.end <= t.end)) out.push({ kind: 'placeholder', text: p.text, start: p.start, end: p.end });
  return out.sort((a, b) => a.start - b.start);
}

/** What {@link adaptTranslation} did: the text to insert, and the protected tokens of this English it could not place. */
export interface AdaptedTranslation {
  readonly text: string;
  /** Tokens of this segment's English (code, URLs, placeholders) that the adapted translation does not have. */
  readonly missing: readonly string[];
}

/**
 * A match's translation made to fit this segment: each protected token of the match's
 * translation (code, a link's destination, a placeholder) that stands for the k-th token of
 * its kind in the match's English is replaced by the k-th token of that kind in this
 * segment's English, when both English sentences have as many of that kind. The words are
 * the match's; the markup around them is what the translation had.
 */
export function adaptTranslation(matchEnglish: string, matchTranslation: string, currentEnglish: string): AdaptedTranslation {
  const from = tokens(matchEnglish);
  const to = tokens(currentEnglish);
  const inTranslation = tokens(matchTranslation);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const kind of ['code', 'url', 'placeholder'] as const) {
    const a = from.filter((t) => t.kind === kind);
    const b = to.filter((t) => t.kind === kind);
    if (a.length !== b.length) continue;
    const used = new Set<number>();
    for (const t of inTranslation.filter((x) => x.kind === kind)) {
      const k = a.findIndex((x, i) => !used.has(i) && x.text === t.text);
      if (k === -1) continue;
      used.add(k);
      if (b[k].text !== t.text) edits.push({ start: t.start, end: t.end, text: b[k].text });
    }
  }
  let text = matchTranslation;
  for (const e of edits.sort((x, y) => y.start - x.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  const now = tokens(text).map((t) => t.text);
  const missing = [...new Set(to.map((t) => t.text))].filter((t) => !now.includes(t));
  return { text, missing };
}
