/**
 * `JSON.stringify(value, null, 2)` in pieces, the same text once joined. A report of a few
 * hundred thousand files is longer than the longest string JavaScript can hold, so the
 * formats of the command line hand their text over piece by piece, never as one string.
 *
 * Objects and arrays down to `depth` are opened here; below it each value is one piece.
 */
export function* jsonChunks(value: unknown, depth: number, indent = ''): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    yield indent ? text.replaceAll('\n', `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i ? ',' : ''}\n${inner}`;
      // What JSON cannot hold (undefined, a function) is written null here, as JSON.stringify does in an array.
      yield* jsonChunks(value[i], depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  // An object leaves out what JSON cannot hold, as JSON.stringify does.
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i];
    yield `${i ? ',' : ''}\n${inner}${JSON.stringify(key)}: `;
    yield* jsonChunks(item, depth - 1, inner);
  }
  yield `\n${indent}}`;
}
