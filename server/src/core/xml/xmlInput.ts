import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A problem with a file the user named, at a line of it (1-based). */
export interface FileProblem {
  readonly uri: string;
  readonly line: number;
  /** What is wrong, in the display language. */
  readonly message: string;
}

/** A parsed XML element as fast-xml-parser gives it: attributes as `@name`, text as `#text`, children by name. */
export type XmlElement = { readonly [name: string]: unknown };

export type XmlRead = { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly line: number; readonly error: string };

/**
 * Reads XML with fast-xml-parser: validated first, so that a broken file says where it breaks
 * (the parser alone recovers silently). `arrays`: element names always read as lists;
 * `raw`: element paths whose content is kept as written (inline markup of a TMX segment).
 */
export function readXml(text: string, arrays: ReadonlySet<string>, raw: readonly string[] = []): XmlRead {
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) return { ok: false, line: valid.err.line, error: valid.err.msg };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    stopNodes: [...raw],
    isArray: (name) => arrays.has(name),
  });
  return { ok: true, root: parser.parse(text) as XmlElement };
}

/** The children of an element by name, as a list. */
export function children(element: unknown, name: string): XmlElement[] {
  if (!element || typeof element !== 'object') return [];
  const value = (element as XmlElement)[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (v && typeof v === 'object' ? (v as XmlElement) : { '#text': String(v) }));
}

/** An attribute's value. */
export function attribute(element: XmlElement, name: string): string | undefined {
  const value = element[`@${name}`];
  return value === undefined ? undefined : String(value);
}

/** The text of an element (its own text, without its children's). */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  const value = element['#text'];
  return value === undefined ? '' : String(value);
}

/** The 1-based line of the `n`-th (0-based) match of `pattern` in the text; 1 when there is none. */
export function lineOfMatch(text: string, pattern: RegExp, n = 0): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let m: RegExpExecArray | null = null;
  for (let i = 0; i <= n; i++) {
    m = global.exec(text);
    if (!m) return 1;
  }
  return lineAt(text, m!.index);
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Text as XML character data or an attribute value: markup characters escaped, characters XML forbids left out. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Text of inline XML as written (a TMX segment with `<ph>` or `<bpt>` markup): tags dropped, entities decoded. */
export function inlineXmlText(xml: string): string {
  return decodeEntities(xml.replace(/<[^>]*>/g, ''));
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name] ?? whole;
  });
}
