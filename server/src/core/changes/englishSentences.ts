import { parseBlocks } from '../markdown/markdownIt';
import type { Block, BlockKind } from './blocks';

/** A sentence of an English source file, as the localization pipeline makes a segment of it. */
export interface EnglishSentence {
  /** Its Markdown, as a lookup span would hold it. */
  readonly text: string;
  /** Where it is in the file (UTF-16 offsets, end exclusive); the whole block when it could not be placed more closely. */
  readonly start: number;
  readonly end: number;
  /** The block it is in (a heading of a level, a list item, a table cell, a paragraph). */
  readonly block: Block;
}

/** Abbreviations after which a full stop ends no sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'no', 'approx', 'fig', 'inc', 'ltd', 'co', 'st', 'jr', 'sr']);

/**
 * Splits an English Markdown file into the sentences the localization pipeline makes
 * segments of: each heading, list item, table cell and paragraph, each cut into its
 * sentences and at `<br>`, hard line breaks and `<img>`, lines of links (alone or separated by `|`)
 * into each link's text. The front matter (before `bodyStart`), code (blocks, and a line
 * that is only code), HTML blocks, alert markers, images and include lines are not
 * translated and give no sentence.
 */
export function englishSentences(text: string, bodyStart: number): EnglishSentence[] {
  const body = text.slice(bodyStart);
  const lineStarts = [0];
  for (let k = body.indexOf('\n'); k >= 0; k = body.indexOf('\n', k + 1)) lineStarts.push(k + 1);
  const out: EnglishSentence[] = [];
  let cursor = 0;
  let heading = false;
  // Table cells have no lines of their own: those of their row.
  let lines: [number, number] | undefined;
  // The kind of the block the next inline token is in: the opening token before it tells.
  let kind: BlockKind = 'p';
  let previous = '';
  const tokens = parseBlocks(body);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.type === 'heading_open') {
      heading = true;
      kind = token.tag as BlockKind;
    } else if (token.type === 'td_open' || token.type === 'th_open') kind = 'td';
    else if (token.type === 'paragraph_open') kind = previous === 'list_item_open' ? 'li' : 'p';
    if (token.type === 'heading_close') heading = false;
    previous = token.type;
    if (token.map) lines = token.map;
    if (token.type !== 'inline' || !lines) continue;
    const block: Block = { kind, id: t };
    const blockStart = lineStarts[lines[0]] ?? body.length;
    const blockEnd = lines[1] < lineStarts.length ? lineStarts[lines[1]] : body.length;
    cursor = Math.max(cursor, blockStart);
    for (const sentence of heading ? headingUnits(token.content) : paragraphUnits(token.content)) {
      const placed = place(body, sentence, cursor, blockEnd);
      out.push({ text: sentence, start: bodyStart + (placed?.start ?? blockStart), end: bodyStart + (placed?.end ?? blockEnd), block });
      if (placed) cursor = placed.end;
    }
  }
  return out;
}

/** The sentences of a heading: the pipeline cuts a heading of two sentences into two segments, as a paragraph. */
function headingUnits(content: string): string[] {
  const t = content.replace(/<a\s+name\s*=\s*"[^"]*"\s*>\s*<\/a>/gi, '').trim();
  return t ? splitSentences(t).filter(translatable) : [];
}

/** The sentences of a paragraph (or list item, table cell). */
export function paragraphUnits(content: string): string[] {
  const t = content.replace(/^\s*\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING|div[^\]]*)\]\s*/i, '');
  const out: string[] = [];
  // Cut at `<br>` (and the `</br>` often written for it), a hard line break (two spaces or a backslash at the end of a line), a blank line
  // and an HTML image in the text ("select <img src='…' /> to open Settings" is two segments; a Markdown image sometimes is, sometimes not).
  // The line break is matched, then what is before it looked at: a run of spaces is not scanned again from each of its spaces.
  // A line that opens with a list letter ("b. Select…") starts a segment, the letter one of its own.
  for (const part of t.split(/<\/?br\s*\/?>|(?<=[ \t]{2}|\\)\n|\n\s*\n|<img\b[^>]*>|\n(?=[ \t]*\p{L}\.[ \t])/iu)) {
    const links = linkLines(part);
    for (const unit of links ?? [part]) for (const s of splitSentences(unit)) if (translatable(s)) out.push(s);
  }
  return out;
}

/** Lines that are each only links (one, or several separated by `|`): each link's text. */
function linkLines(part: string): string[] | undefined {
  const lines = part.split('\n').filter((line) => line.trim());
  const texts: string[] = [];
  for (const line of lines) {
    const links = linkList(line);
    if (!links) return undefined;
    texts.push(...links);
  }
  return texts.length ? texts : undefined;
}

/** A line that is only links separated by `|` (or one link alone): each link's text. */
function linkList(part: string): string[] | undefined {
  // A bar with white space on both sides (looked at, not matched, so a long run of spaces costs one pass).
  const items = part.trim().split(/(?<=\s)\|(?=\s)/);
  const texts: string[] = [];
  for (const it of items) {
    const m = /^\[([^\]]*(?:\[[^\]]*\][^\]]*)*)\]\((?:[^()]|\([^)]*\))*\)$/.exec(it.trim());
    if (!m || m[1].startsWith('!')) return undefined;
    texts.push(m[1]);
  }
  return texts;
}

/** Nothing to translate: empty, only markup, code, an image or an include. */
function translatable(s: string): boolean {
  if (/^\s*(?:!\[[^\]]*\]\([^)]*\)\s*)+$/.test(s)) return false;
  if (/^\s*`[^`]+`\s*$/.test(s)) return false;
  if (/^\s*\[!INCLUDE\b/i.test(s)) return false;
  return /[\p{L}\p{N}]/u.test(s.replace(/<[^<>]+>/g, ''));
}

/**
 * Cuts text after a full stop, question or exclamation mark followed by white space and a
 * capital, a digit or markup, never inside a link, code, bold text or an abbreviation.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let code = false;
  let from = 0;
  const bold = text.includes('**') ? boldSpans(text) : [];
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '`') code = !code;
    if (code) continue;
    if (c === '[' || c === '(') depth++;
    else if ((c === ']' || c === ')') && depth > 0) depth--;
    if (depth > 0 || (c !== '.' && c !== '?' && c !== '!' && c !== '։' && c !== '。')) continue;
    // The pipeline keeps bold text whole ("**Access Denied. Before opening files…**", "**1. Verify licenses**"); a mark that closes it may end a sentence.
    if (bold.length && insideBold(bold, text, k)) continue;
    let end = k + 1;
    while (end < text.length && /["'”’*_)]/.test(text[end])) end++;
    const after = /^\s+/.exec(text.slice(end));
    if (!after) continue;
    const next = text[end + after[0].length];
    // A full stop inside closing quotes or bold ends the sentence whatever follows (`Select **"I agree."** to give…`).
    if (!next || (end === k + 1 && !/[\p{Lu}\p{N}[(*_<"“`]/u.test(next))) continue;
    // A letter that opens the text ("a. Sign in to…") is a list letter, a segment of its own; elsewhere, an initial.
    if (c === '.' && endsWithAbbreviation(text.slice(from, k)) && !/^\s*\p{L}$/u.test(text.slice(from, k))) continue;
    out.push(text.slice(from, end).trim());
    from = end + after[0].length;
    k = from - 1;
  }
  const rest = text.slice(from).trim();
  if (rest) out.push(rest);
  return out.map(joinLines);
}

/** Where bold text (`**…**`) opens and closes: the offsets of its two markers. */
function boldSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/\*\*(?=\S)(?:[^*`]|\*(?!\*)|`[^`]*`)+?(?<=\S)\*\*/g)) out.push([m.index, m.index + m[0].length - 2]);
  return out;
}

/** True when the mark at `k` is inside bold text and does not close it (with quotes or brackets between). */
function insideBold(bold: readonly [number, number][], text: string, k: number): boolean {
  const span = bold.find(([open, close]) => open < k && k < close);
  if (!span) return false;
  let q = k + 1;
  while (q < span[1] && /["'”’)]/.test(text[q])) q++;
  return q !== span[1];
}

/** The lines of a sentence as one: each line break, with the white space around it, one space (in one pass over the text). */
function joinLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const last = lines.length - 1;
  const parts = lines.map((line, i) => (i === 0 ? line.trimEnd() : i === last ? line.trimStart() : line.trim())).filter((line) => line.length > 0);
  return parts.join(' ');
}

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase();
  return !!word && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word));
}

/** Where a sentence is, from the cursor, within its block: by its first and last words. */
function place(body: string, sentence: string, cursor: number, blockEnd: number): { start: number; end: number } | undefined {
  const head = sentence.slice(0, Math.min(24, sentence.length)).split(' ')[0] || sentence.slice(0, 24);
  const start = body.indexOf(head, cursor);
  if (start < 0 || start >= blockEnd) return undefined;
  const tailWords = sentence.split(' ');
  const tail = tailWords[tailWords.length - 1];
  // The file's text is never shorter than the sentence (its line breaks may carry `>` or indentation).
  const tailAt = body.indexOf(tail, start + Math.max(0, sentence.length - tail.length));
  if (tailAt < 0 || tailAt + tail.length > blockEnd) return { start, end: Math.min(blockEnd, start + sentence.length) };
  return { start, end: tailAt + tail.length };
}
