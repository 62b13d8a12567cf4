/** The words an edit took out of a sentence and put into it: each side's words the other lacks, but the commonest. */
export interface Swap {
  readonly out: ReadonlySet<string>;
  readonly in: ReadonlySet<string>;
}

/** Words too common to tell one edit from another. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'for', 'and', 'or', 'with', 'your', 'you', 'is', 'are', 'be', 'by', 'at', 'from', 'this', 'that', 'it', 'as', 'if', 'not']);

/** The swap that makes the words `b` of the words `a` (both lower-cased, as `englishWords` gives them). */
export function swapOf(a: readonly string[], b: readonly string[]): Swap {
  const inA = new Set(a);
  const inB = new Set(b);
  return { out: new Set(a.filter((w) => !inB.has(w) && !FUNCTION_WORDS.has(w))), in: new Set(b.filter((w) => !inA.has(w) && !FUNCTION_WORDS.has(w))) };
}

/**
 * True when an edit makes the same swap as one of `swaps` (the document's changed pairs): it
 * takes out a word that pair took out, and puts in a word that pair put in. A product renamed
 * through a document is one: "Assign Microsoft Defender for Office 365 licenses" → "Assign
 * Project to users", as "Microsoft Defender for Office 365 can be assigned…" → "Project can be
 * assigned…"; a title replaced by one on another subject shares no swap with the body.
 */
export function sameSwap(edit: Swap, swaps: readonly Swap[]): boolean {
  if (!edit.out.size || !edit.in.size) return false;
  return swaps.some((s) => [...edit.out].some((w) => s.out.has(w)) && [...edit.in].some((w) => s.in.has(w)));
}
