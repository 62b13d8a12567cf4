/**
 * The keys that `key in table` finds in a table written as an object literal, as a set: its own
 * keys and those every object inherits ("constructor", "toString"), so that a look-up in the set
 * answers exactly as `in` does. `in` with a string read from a text (not yet interned) costs
 * several times what a set's look-up does, and some rules look up every word of a label or title.
 */
export function keysAsIn(table: object): ReadonlySet<string> {
  return new Set([...Object.keys(table), ...Object.getOwnPropertyNames(Object.prototype)]);
}
