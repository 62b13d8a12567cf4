/**
 * The values a setting or a parameter takes that stay as written: `True`, `False`, `Null`, with
 * PowerShell's `$` or without. Machine translation translates them ("Tosi", "Epätosi", "tyhjiä",
 * "[錯誤]") where the reader must type or read them as they are.
 */

/** A value in emphasis ("**False**", "*null*"), in any capitals: the English marks it as a value. */
const EMPHASIZED = /(?<![\w*])(\*{1,3}|_{1,2})(\$?(?:true|false|null))\1(?![\w*])/gi;

/**
 * A value written with its capitals, standing alone ("to True", "(True or False)"), not the first
 * word of the text or of a link's, which a title or a sentence capitalizes ("[False negative strategy]").
 */
const CAPITALIZED = /(?<=[^\s[]\s*)(?<![\w$*-])(?:True|False|TRUE|FALSE|NULL)(?![\w*-])/g;

/** Cheap test before the expressions: the English names no value at all in nearly every segment. */
const ANY_VALUE = /true|false|null/i;

/**
 * The values of the English (prose, code blanked) that the translation does not write, in any
 * capitals, as whole words: each once, as the English writes it.
 */
export function lostValues(en: string, tr: string): string[] {
  if (!ANY_VALUE.test(en)) return [];
  const values = new Set<string>();
  for (const m of en.matchAll(EMPHASIZED)) values.add(m[2]);
  for (const m of en.matchAll(CAPITALIZED)) if (!inTitle(en, m.index, m.index + m[0].length)) values.add(m[0]);
  return [...values].filter((v) => !writesValue(tr, v));
}

/** The word after the value starts with a capital, as the words of a title do ("False Negative"), or the word before does, mid-sentence. */
function inTitle(text: string, start: number, end: number): boolean {
  const next = /^[\s"'“”]*([A-Za-z]+)/.exec(text.slice(end, end + 30))?.[1];
  if (next && /^[A-Z][a-z]/.test(next)) return true;
  const before = text.slice(Math.max(0, start - 30), start);
  const previous = /([A-Za-z]+)[\s"'“”]*$/.exec(before);
  // The word before is the sentence's first word, capitalized only for that ("Set X to True" has "to"; "Yes True" has none).
  return !!previous && /^[A-Z][a-z]/.test(previous[1]) && !/^[\s"'“”(]*$/.test(before.slice(0, previous.index));
}

/** The translation writes the value as a whole word, in any capitals, with its `$` or without. */
function writesValue(tr: string, value: string): boolean {
  const word = value.replace(/^\$/, '');
  const re = new RegExp(`(?<![\\p{L}\\d_])\\$?${word}(?![\\p{L}\\d_])`, 'iu');
  return re.test(tr);
}
