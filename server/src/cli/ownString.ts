/**
 * A copy of `text` that holds nothing else alive. A rule's message is built from pieces of the
 * document (quoted words are slices of its text), and V8 keeps the whole text of the file alive
 * for as long as any slice of it is: a run over 100,000 files that keeps its findings until
 * the report would keep most of the files' texts too. Going through UTF-8 makes a flat string
 * of its own.
 */
export function ownString(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
