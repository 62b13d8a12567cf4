/**
 * A copy of a text that does not keep alive the text it was sliced from. V8 makes a slice of
 * 13 characters or more a view into the whole string: a word kept for the workspace's life would
 * keep its segment's whole translation with it. A copy's own characters are one more than the
 * text's (the space the copy is sliced from).
 */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
