import matter from 'gray-matter';
import type { FrontMatter, LocalizationKeys, Span } from '../model';
import type { LineIndex } from '../text/lineIndex';
import { mayBeYamlNumber, readSimpleYaml } from './simpleYaml';

/**
 * gray-matter options. Passing any options also turns off gray-matter's cache, which
 * would otherwise keep every text it ever parsed. The script engines are replaced:
 * gray-matter evaluates `---js` front matter, and a document must never run.
 */
const refuse = () => {
  throw new Error('front matter in this language is not read');
};
const MATTER_OPTIONS = {
  language: 'yaml',
  engines: { javascript: refuse, js: refuse, coffee: refuse, coffeescript: refuse, cson: refuse },
};

/** The front-matter key of each localization key, as the docs tools write them. */
export const LOCALIZATION_KEYS = {
  contentLocale: 'ms.contentlocale',
  translationType: 'ms.translationtype',
  openLocFileHash: 'ms.openlocfilehash',
  sourceGitCommit: 'ms.sourcegitcommit',
  lastHandoff: 'ms.lasthandoff',
  locFileId: 'ms.locfileid',
} as const;

const KEYS_WITH_SPANS = new Set<string>([...Object.values(LOCALIZATION_KEYS), 'title', 'description', 'no-loc']);

export interface FrontMatterResult {
  readonly frontMatter: FrontMatter | undefined;
  readonly keys: LocalizationKeys;
}

/**
 * Finds and reads the YAML front matter at the start of the text (after a BOM). Never throws.
 * Front matter in the flat shape the localization tools write is known to be valid without
 * a YAML parse; its `data` is then parsed when first read. With `readData` false (the
 * index reads the keys only), other front matter is not parsed either: its data is empty.
 */
export function readFrontMatter(text: string, lines: LineIndex, bodyStart: number, readData = true): FrontMatterResult {
  const span = (start: number, end: number): Span => lines.span(start, end);
  const fences = findFences(text, lines, bodyStart);
  if (!fences) return { frontMatter: undefined, keys: { noLoc: [], valueSpans: {} } };
  const { contentStart, contentEnd, end } = fences;
  const yamlText = text.slice(contentStart, contentEnd);
  const block = text.slice(bodyStart, end);
  const full = span(bodyStart, end);
  const content = span(contentStart, contentEnd);
  const simple = fences.closedByDashes ? readSimpleYaml(yamlText) : undefined;
  if (simple) {
    const frontMatter = new SimpleFrontMatter(full, content, block);
    const written: WrittenValue[] = [];
    for (const e of simple) if (KEYS_WITH_SPANS.has(e.key)) written.push({ key: e.key, start: contentStart + e.valueStart, end: contentStart + e.valueEnd });
    return { frontMatter, keys: localizationKeys(text, written, () => frontMatter.data, span) };
  }
  let data: Record<string, unknown> = {};
  let error: FrontMatter['error'];
  if (readData) {
    try {
      data = parseData(block);
    } catch (e) {
      error = yamlError(e, yamlText, contentStart, lines, span);
    }
  }
  const frontMatter: FrontMatter = { full, content, data, error };
  return { frontMatter, keys: localizationKeys(text, keyLines(text, lines, contentStart, contentEnd), () => data, span, false) };
}

/**
 * Front matter known to be valid without a YAML parse: its data is parsed when first read.
 * A class rather than an object literal with a getter, which V8 builds far more slowly, and
 * every document has one.
 */
class SimpleFrontMatter implements FrontMatter {
  readonly error = undefined;
  #data: Record<string, unknown> | undefined;
  readonly #block: string;

  constructor(
    readonly full: Span,
    readonly content: Span,
    block: string,
  ) {
    this.#block = block;
  }

  get data(): Record<string, unknown> {
    return (this.#data ??= parseData(this.#block));
  }
}

/** The data of the front matter block (from its opening fence through its closing one); throws on invalid YAML. */
function parseData(block: string): Record<string, unknown> {
  const parsed = matter(block, MATTER_OPTIONS).data;
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

interface Fences {
  contentStart: number;
  contentEnd: number;
  end: number;
  /** Closed by `---` (not `...`), which is where gray-matter ends the block too. */
  closedByDashes: boolean;
}

function findFences(text: string, lines: LineIndex, bodyStart: number): Fences | undefined {
  const firstLine = lines.lineAt(bodyStart);
  if (text.slice(bodyStart, lines.lineEnd(firstLine)).trimEnd() !== '---') return undefined;
  for (let line = firstLine + 1; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const first = text.charCodeAt(start);
    // Only `---` or `...` (then white space) closes: most lines are told apart by their first three characters.
    const fenceLike = (first === 45 /* - */ || first === 46 /* . */) && text.charCodeAt(start + 1) === first && text.charCodeAt(start + 2) === first;
    if (!fenceLike) continue;
    const lineText = text.slice(start, lines.lineEnd(line)).trimEnd();
    if (lineText === '---' || lineText === '...') {
      const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
      return { contentStart: lines.lineStart(firstLine + 1), contentEnd: start, end, closedByDashes: lineText === '---' };
    }
  }
  return undefined;
}

/**
 * gray-matter's own YAML engine (its js-yaml), which it exports as `matter.engines` but does not
 * declare in its types: the same reader as the data's, run on the untrimmed text for the place.
 */
const YAML_ENGINE = (matter as unknown as { engines: { yaml: { parse(s: string): unknown } } }).engines.yaml;

interface YamlMark {
  line?: number;
  column?: number;
}

/** Locates a YAML error in the document; gray-matter parses a trimmed copy, so re-read the original. */
function yamlError(
  e: unknown,
  yamlText: string,
  contentStart: number,
  lines: LineIndex,
  span: (start: number, end: number) => Span,
): FrontMatter['error'] {
  let mark: YamlMark | undefined;
  let reason = e instanceof Error ? e.message : String(e);
  try {
    YAML_ENGINE.parse(yamlText);
  } catch (again) {
    const err = again as { mark?: YamlMark; reason?: string; message?: string };
    mark = err.mark;
    reason = err.reason ?? err.message ?? reason;
  }
  const firstLine = lines.lineAt(contentStart);
  const line = Math.min(firstLine + (mark?.line ?? 0), lines.lineCount - 1);
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  const at = Math.min(lineStart + (mark?.column ?? 0), lineEnd);
  const end = at < lineEnd ? lineEnd : Math.min(at + 1, lines.lineEnd(line));
  return { message: firstLineOf(reason), span: span(at === end ? lineStart : at, end) };
}

function firstLineOf(s: string): string {
  return s.split('\n')[0].trim();
}

const KEY_LINE = /^([A-Za-z_][\w.-]*)([ \t]*:[ \t]*)(.*?)[ \t]*$/;

/** Where the value of a front-matter key is written (quotes included). */
interface WrittenValue {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** The `key: value` lines of front matter that may not be simple, for the keys the model keeps spans of. */
function keyLines(text: string, lines: LineIndex, contentStart: number, contentEnd: number): WrittenValue[] {
  const found: WrittenValue[] = [];
  const first = lines.lineAt(contentStart);
  const last = lines.lineAt(contentEnd);
  for (let line = first; line < last; line++) {
    const start = lines.lineStart(line);
    const m = KEY_LINE.exec(text.slice(start, lines.lineEnd(line)));
    if (!m || !KEYS_WITH_SPANS.has(m[1])) continue;
    const valueStart = start + m[1].length + m[2].length;
    found.push({ key: m[1], start: valueStart, end: valueStart + m[3].length });
  }
  return found;
}

/**
 * The localization keys, from the values as written (and where each is written). A value is
 * taken from the parsed data where YAML could read it otherwise than as written: always when
 * `simple` is false, and in simple front matter for plain values that could be numbers
 * (`ms.locfileid: 0x1F`) and for the `no-loc` list.
 */
function localizationKeys(
  text: string,
  values: readonly WrittenValue[],
  data: () => Record<string, unknown>,
  span: (start: number, end: number) => Span,
  simple = true,
): LocalizationKeys {
  const written: Record<string, string> = {};
  const raws: Record<string, string> = {};
  const valueSpans: Record<string, Span> = {};
  for (const { key, start, end } of values) {
    const raw = text.slice(start, end);
    valueSpans[key] = span(start, end);
    raws[key] = raw;
    written[key] = unquote(raw);
  }
  // Values come from the parsed YAML; when the YAML is invalid, from the lines as written.
  const value = (key: string): string | undefined => {
    const raw = raws[key];
    if (simple && (raw === undefined || !mayBeYamlNumber(raw))) return written[key] || undefined;
    const v = data()[key];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    return written[key] || undefined;
  };
  const noLoc = !simple || raws['no-loc'] !== undefined ? data()['no-loc'] : undefined;
  return {
    contentLocale: value(LOCALIZATION_KEYS.contentLocale),
    translationType: value(LOCALIZATION_KEYS.translationType),
    openLocFileHash: value(LOCALIZATION_KEYS.openLocFileHash),
    sourceGitCommit: value(LOCALIZATION_KEYS.sourceGitCommit),
    lastHandoff: value(LOCALIZATION_KEYS.lastHandoff),
    locFileId: value(LOCALIZATION_KEYS.locFileId),
    noLoc: Array.isArray(noLoc) ? noLoc.filter((t): t is string => typeof t === 'string' && t.length > 0) : [],
    valueSpans,
  };
}

function unquote(s: string): string {
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0]) return s.slice(1, -1);
  return s;
}
