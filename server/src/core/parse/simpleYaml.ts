/**
 * The front matter that the localization tools write is flat YAML: `key: value` lines and
 * `- item` lists. This module vouches for that shape without a YAML parser, so that most
 * documents need no YAML parse at all (the full parse, which costs more than reading the
 * rest of the document, then runs only when a feature asks for the front matter's data).
 * It is conservative: anything else (comments, nesting, block scalars, flow collections,
 * anchors, tabs, escapes, a key twice) is left to the YAML parser.
 */

/** A key at the start of the line: letters, digits, `_`, `.` and `-`; `key:` alone, or `key:` and a value after spaces. */
const KEY_LINE = /^([A-Za-z_][\w.-]{0,127}):(?: +(.*?))? *$/;
/** A list item: `- value`, indented as the list's first item is. */
const ITEM_LINE = /^( *)- +(.+?) *$/;
const BLANK_LINE = /^ *$/;
/** Keys that YAML reads as a boolean or null, so that two spellings of one would be the same key. */
const NON_STRING_KEY = /^(?:true|false|null)$/i;
/** Characters that YAML refuses (non-printable, a lone surrogate), or that this reader leaves to it (tab, BOM, NEL). */
const AWKWARD_CHAR = /[\x00-\x1f\x7f-\x9f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** What may not start a plain (unquoted) value: YAML's indicator characters. */
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';
const DOUBLE_QUOTED = /^"[^"\\]*"$/;
const SINGLE_QUOTED = /^'[^']*'$/;

/**
 * True when `yaml` (the text between the front matter's fences, its line breaks `\n` or
 * `\r\n`) is made of top-level `key: value` lines, `key:` lines followed by `- item` lines,
 * and blank lines, with each key once and every value a single-line plain or quoted scalar
 * without escapes; such YAML is always valid.
 */
export function isSimpleYaml(yaml: string): boolean {
  if (/\r(?!\n)/.test(yaml)) return false;
  const keys = new Set<string>();
  /** Indentation of the current list's items; -1 before its first item; undefined where no list may start. */
  let listIndent: number | undefined;
  for (const rawLine of yaml.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (BLANK_LINE.test(line)) continue;
    const key = KEY_LINE.exec(line);
    if (key) {
      if (keys.has(key[1]) || NON_STRING_KEY.test(key[1])) return false;
      keys.add(key[1]);
      const value = key[2] ?? '';
      if (value !== '' && !isSimpleScalar(value)) return false;
      listIndent = value === '' ? -1 : undefined;
      continue;
    }
    const item = ITEM_LINE.exec(line);
    if (!item || listIndent === undefined || (listIndent !== -1 && item[1].length !== listIndent)) return false;
    if (!isSimpleScalar(item[2])) return false;
    listIndent = item[1].length;
  }
  return true;
}

/** A value YAML reads as one scalar on its line: quoted without escapes, or plain without `: `, ` #` or a leading indicator. */
function isSimpleScalar(value: string): boolean {
  if (value === '' || AWKWARD_CHAR.test(value)) return false;
  if (value[0] === '"') return DOUBLE_QUOTED.test(value);
  if (value[0] === "'") return SINGLE_QUOTED.test(value);
  return !INDICATORS.includes(value[0]) && !value.includes(': ') && !value.includes(' #') && !value.endsWith(':');
}

/**
 * True when YAML (1.1, as gray-matter's js-yaml reads it) could read this plain value as a
 * number: a superset of its integer and float forms (`12`, `0x1F`, `1_000`, `1:30`, `2.5e4`,
 * `.inf`). A plain value that cannot be a number is read as the text written (or as a
 * boolean, null or date, which the localization keys also take as written).
 */
export function mayBeYamlNumber(plain: string): boolean {
  return /^[-+]?(?:0x[0-9a-fA-F_]*|0b[01_]*|[0-9][0-9_:.]*(?:[eE][-+]?[0-9]*)?|\.[0-9_]*(?:[eE][-+]?[0-9]*)?|\.(?:inf|Inf|INF|nan|NaN|NAN))$/.test(plain);
}
