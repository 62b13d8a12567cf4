/**
 * The Markdown block a sentence is in: a heading of some level, a list item, a table cell or a
 * paragraph. The alignment reads it as structural evidence: a heading removed and a heading
 * of the same level added in the same place is one heading reworded, however few of its words
 * are kept.
 */
export type BlockKind = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'li' | 'td' | 'p';

/** A sentence's block: its kind, and a number that is the same for the sentences of one block (and differs between blocks of one document). */
export interface Block {
  readonly kind: BlockKind;
  readonly id: number;
}

/**
 * The block of the sentence at `offset` of a Markdown file whose blocks are each on one line
 * (a translation: the pipeline writes each heading, list item, table row and paragraph on a
 * line of its own): read from the line's opening, past any block-quote markers.
 */
export function blockOfLine(text: string, offset: number): Block {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const kind = lineKind(text, start);
  // The cells of a table row are blocks of their own: the row's line, and the bars before the sentence.
  let cell = 0;
  if (kind === 'td') for (let k = text.indexOf('|', start); k >= 0 && k < offset; k = text.indexOf('|', k + 1)) if (text[k - 1] !== '\\') cell++;
  return { kind, id: start + cell };
}

function lineKind(text: string, start: number): BlockKind {
  // Only the line's opening is read: the markers, the block-quote `>` and indentation before them.
  const opening = /^[ \t]*(?:>[ \t]?)*(#{1,6}(?=[ \t])|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])|\|)?/.exec(text.slice(start, start + 40))?.[1];
  if (!opening) return 'p';
  if (opening.startsWith('#')) return `h${opening.length}` as BlockKind;
  return opening === '|' ? 'td' : 'li';
}
