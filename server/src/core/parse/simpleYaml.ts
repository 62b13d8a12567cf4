/**
 * The front matter that the localization tools write is flat YAML: `key: value` lines and
 * `- item` lists. This module reads that shape without a YAML parser and vouches that it is
 * valid, so that most documents need no YAML parse at all (the full parse, which costs more
 * than reading the rest of the document, then runs only when a feature asks for the front
 * matter's data). It is conservative: anything else (comments, nesting, block scalars, flow
 * collections, anchors, tabs, escapes, a key twice) is left to the YAML parser. It reads the
 * text a character at a time, as it runs on every document.
 */

/** A top-level key of simple front matter and where its value is written (offsets in the YAML text). */
export interface SimpleEntry {
  readonly key: string;
  /** The value as written, quotes included, without the white space around it; empty for `key:`. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** Keys longer than this are left to the YAML parser. */
const MAX_KEY_LENGTH = 128;
/** Keys that YAML reads as a boolean or null, so that two spellings of one would be the same key. */
const NON_STRING_KEY = /^(?:true|false|null)$/i;
/** What may not start a plain (unquoted) value: YAML's indicator characters. */
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';

/**
 * The top-level entries of `yaml` (the text between the front matter's fences, its line
 * breaks `\n` or `\r\n`) when it is made of `key: value` lines, `key:` lines followed by
 * `- item` lines, and blank lines, with each key once and every value a single-line plain
 * or quoted scalar without escapes: YAML that is always valid. Undefined for anything else.
 */
export function readSimpleYaml(yaml: string): SimpleEntry[] | undefined {
  const entries: SimpleEntry[] = [];
  const keys = new KeysRead();
  /** Indentation of the current list's items; -1 before its first item; undefined where no list may start. */
  let listIndent: number | undefined;
  for (let start = 0; start < yaml.length; ) {
    const lf = yaml.indexOf('\n', start);
    const next = lf === -1 ? yaml.length : lf + 1;
    // The line without its line break, then without its trailing spaces. Any other control
    // character (a lone carriage return, a tab) makes the line not simple.
    let lineEnd = lf === -1 ? yaml.length : lf;
    if (lf !== -1 && lineEnd > start && yaml.charCodeAt(lineEnd - 1) === 13 /* \r */) lineEnd--;
    let end = lineEnd;
    while (end > start && yaml.charCodeAt(end - 1) === 32) end--;
    if (end > start) {
      if (isKeyStart(yaml.charCodeAt(start))) {
        const entry = readKeyLine(yaml, start, end, lineEnd);
        if (!entry || ((entry.key.length === 4 || entry.key.length === 5) && NON_STRING_KEY.test(entry.key)) || !keys.add(entry.key)) return undefined;
        entries.push(entry);
        listIndent = entry.valueStart === entry.valueEnd ? -1 : undefined;
      } else {
        const indent = readItemLine(yaml, start, end);
        if (indent === undefined || listIndent === undefined || (listIndent !== -1 && indent !== listIndent)) return undefined;
        listIndent = indent;
      }
    }
    start = next;
  }
  return entries;
}

/** Up to this many keys, a key is looked for among those read; past it, in a set. */
const KEYS_LOOKED_THROUGH = 32;

/**
 * The keys read so far, to find one written twice. Front matter has a score of keys or so:
 * looking through them costs less than filling a set, which hashes every new key string.
 * Past a few dozen keys a set takes over, so that the reading stays linear.
 */
class KeysRead {
  private readonly list: string[] = [];
  private set: Set<string> | undefined;

  /** Adds the key; false when it was read already. */
  add(key: string): boolean {
    if (this.set) {
      if (this.set.has(key)) return false;
      this.set.add(key);
      return true;
    }
    const list = this.list;
    for (let i = 0; i < list.length; i++) if (list[i] === key) return false;
    list.push(key);
    if (list.length > KEYS_LOOKED_THROUGH) this.set = new Set(list);
    return true;
  }
}

/** True when `readSimpleYaml` vouches for the YAML. */
export function isSimpleYaml(yaml: string): boolean {
  return readSimpleYaml(yaml) !== undefined;
}

/** What may follow a key's first character: `[\w.-]`, read as a sticky expression from there. */
const KEY_REST = /[\w.-]*/y;

/** `key:` alone, or `key:` then spaces and a simple value; `end` is where the trailing spaces of the line start. */
function readKeyLine(yaml: string, start: number, end: number, lineEnd: number): SimpleEntry | undefined {
  // The rest of the key in one look (it cannot run into the line's trailing spaces or break).
  KEY_REST.lastIndex = start + 1;
  KEY_REST.test(yaml);
  const i = KEY_REST.lastIndex;
  if (i - start > MAX_KEY_LENGTH || yaml.charCodeAt(i) !== 58 /* : */) return undefined;
  const key = yaml.slice(start, i);
  let valueStart = i + 1;
  if (valueStart < end && yaml.charCodeAt(valueStart) !== 32) return undefined;
  while (valueStart < lineEnd && yaml.charCodeAt(valueStart) === 32) valueStart++;
  if (valueStart < end && !isSimpleScalar(yaml, valueStart, end)) return undefined;
  return { key, valueStart, valueEnd: Math.max(valueStart, end) };
}

/** `- value`, indented by spaces; returns the indentation. */
function readItemLine(yaml: string, start: number, end: number): number | undefined {
  let i = start;
  while (yaml.charCodeAt(i) === 32) i++;
  if (yaml.charCodeAt(i) !== 45 /* - */ || yaml.charCodeAt(i + 1) !== 32) return undefined;
  let valueStart = i + 1;
  while (valueStart < end && yaml.charCodeAt(valueStart) === 32) valueStart++;
  return valueStart < end && isSimpleScalar(yaml, valueStart, end) ? i - start : undefined;
}

/**
 * What a scalar may hold, as sticky expressions run from its first character to the first
 * that it may not hold: not a control character, C1 control, BOM or noncharacter, and no
 * surrogate but in a whole pair; in quotes, not the quote or a backslash (an escape); plain,
 * no `: ` (it starts a mapping) and no ` #` (a comment).
 */
const PLAIN_CONTENT = /(?:[^\x00-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff: ]|:(?! )| (?!#)|[\ud800-\udbff][\udc00-\udfff])*/y;
const DOUBLE_QUOTED_CONTENT = /(?:[^\x00-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff"\\]|[\ud800-\udbff][\udc00-\udfff])*/y;
const SINGLE_QUOTED_CONTENT = /(?:[^\x00-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff'\\]|[\ud800-\udbff][\udc00-\udfff])*/y;

/** A value YAML reads as one scalar on its line: quoted without escapes, or plain without `: `, ` #` or a leading indicator. */
function isSimpleScalar(s: string, start: number, end: number): boolean {
  const first = s.charCodeAt(start);
  const quote = first === 34 /* " */ || first === 39 /* ' */ ? first : 0;
  if (quote) {
    if (end - start < 2 || s.charCodeAt(end - 1) !== quote) return false;
  } else if (INDICATORS.includes(s[start]) || s.charCodeAt(end - 1) === 58 /* : */) {
    return false;
  }
  const content = quote === 34 ? DOUBLE_QUOTED_CONTENT : quote === 39 ? SINGLE_QUOTED_CONTENT : PLAIN_CONTENT;
  const last = quote ? end - 1 : end;
  content.lastIndex = quote ? start + 1 : start;
  content.test(s); // always matches, if only the empty string
  // Plain content may read on into the line's trailing spaces; quoted content stops at its quote.
  return quote ? content.lastIndex === last : content.lastIndex >= last;
}

/** `[A-Za-z_]`. */
function isKeyStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * True when YAML (1.1, as gray-matter's js-yaml reads it) could read this plain value as a
 * number: a superset of its integer and float forms (`12`, `0x1F`, `1_000`, `1:30`, `2.5e4`,
 * `.inf`). A plain value that cannot be a number is read as the text written (or as a
 * boolean, null or date, which the localization keys also take as written).
 */
export function mayBeYamlNumber(plain: string): boolean {
  // Every form starts with a sign, a digit or a dot: most values are ruled out by their first character.
  const first = plain.charCodeAt(0);
  if (!((first >= 48 && first <= 57) || first === 43 /* + */ || first === 45 /* - */ || first === 46 /* . */)) return false;
  return /^[-+]?(?:0x[0-9a-fA-F_]*|0b[01_]*|[0-9][0-9_:.]*(?:[eE][-+]?[0-9]*)?|\.[0-9_]*(?:[eE][-+]?[0-9]*)?|\.(?:inf|Inf|INF|nan|NaN|NAN))$/.test(plain);
}
