/**
 * The readings an object works out once from itself (a side's plain text, a segment's words),
 * kept in a list of each derivation followed by its value: an object has a few of them, and a
 * short list is read faster than a map is made (there is one for each side of every segment).
 */
export type DerivedReadings = unknown[];

/** The value of `derivation` for `owner`, worked out the first time it is asked and kept in `readings`. */
export function derivedReading<O, T>(readings: DerivedReadings, owner: O, derivation: (owner: O) => T): T {
  for (let i = 0; i < readings.length; i += 2) if (readings[i] === derivation) return readings[i + 1] as T;
  const value = derivation(owner);
  readings.push(derivation, value);
  return value;
}
