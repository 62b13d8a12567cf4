import { derivedReading, type DerivedReadings } from '../util/derivedReadings';
import { blank } from './chars';
import { findCodeSpans } from './codeSpans';
import { findEmphasis, NO_EMPHASIS } from './emphasis';
import { findEscapes } from './escapes';
import { scanHtml, type HtmlScan } from './htmlTags';
import { findMarkdownLinks, NO_MARKDOWN_LINKS, type MarkdownLinks } from './links';
import { findNumbers } from './numbers';
import { findPlaceholders } from './placeholders';
import { countWordsIn, findWords, wordLength, type WordCount } from './words';
import { NONE, sortByStart, type AlertMarker, type CodeSpan, type Emphasis, type Escape, type Include, type InlineLink, type InlineTag, type NumberToken, type Placeholder, type TextRange, type Word } from './tokens';

/**
 * The characters that every inline construct but a bare URL and a number needs: code,
 * HTML, links and images, includes and alerts, escapes, emphasis, placeholders, `#A0`.
 */
const MARKUP = /[`<[\]\\*_{%#]/;

/** One of the {@link MARKUP} characters. */
export type MarkupChar = '`' | '<' | '[' | ']' | '\\' | '*' | '_' | '{' | '%' | '#';

const INCLUDE = /\[!INCLUDE\s*\[[^\]\n]*\]\(([^)\s]*)\)\s*\]/gi;
const ALERT = /\[!([A-Za-z\p{L}]+)\]/gu;
/**
 * A bare URL: ASCII up to a space or a character URLs do not hold (CJK text runs on with no space
 * after it). As in GitHub's Markdown, it needs a domain: `https://\\<tenant>.sharepoint.com` (a
 * placeholder where the domain goes) links nowhere.
 */
const BARE_URL = /\b(?:https?:\/\/|www\.)(?=[A-Za-z0-9_-])[!#-'*-;=?-Z\\^-z|~]*[#-'*+/-9=?-Z\\^-z|~]/g;

/**
 * One side of a segment read as inline Markdown. Each construct is found the first time a
 * rule asks for it and then kept, so the rules of a segment share one reading; a text
 * without a construct costs one `indexOf` for it, and shares one empty list ({@link NONE}).
 * Offsets are document offsets.
 */
export class InlineText {
  private _code?: readonly CodeSpan[];
  private _codeMasked?: string;
  private _html?: HtmlScan;
  private _md?: MarkdownLinks;
  private _includes?: readonly Include[];
  private _links?: readonly InlineLink[];
  private _prose?: string;
  private _emphasis?: Emphasis;
  private _escapes?: readonly Escape[];
  private _placeholders?: readonly Placeholder[];
  private _numbers?: readonly NumberToken[];
  private _words?: readonly Word[];
  private _wordLength?: number;
  private _alerts?: readonly AlertMarker[];
  private _plain?: boolean;
  private _derived?: DerivedReadings;

  /** `text` is the side's raw content; `base` its offset in the document. */
  constructor(
    readonly text: string,
    readonly base: number,
  ) {}

  /**
   * True when the text holds none of the markup characters: most sentences. One look then
   * tells every reader below that its construct is absent, without a look of its own.
   */
  get plain(): boolean {
    return (this._plain ??= !MARKUP.test(this.text));
  }

  /** Whether the text holds a markup character; at no cost for a plain text. */
  has(char: MarkupChar): boolean {
    return !this.plain && this.text.indexOf(char) !== -1;
  }

  get codeSpans(): readonly CodeSpan[] {
    return (this._code ??= this.has('`') ? findCodeSpans(this.text, this.base) : NONE);
  }

  /** The text with its code spans blanked: what the other constructs are read from. */
  get codeMasked(): string {
    return (this._codeMasked ??= blank(this.text, this.base, this.codeSpans));
  }

  get html(): HtmlScan {
    return (this._html ??= this.has('<') ? scanHtml(this.codeMasked, this.base) : EMPTY_HTML);
  }

  /** Inline HTML tags HTML knows. */
  get tags(): readonly InlineTag[] {
    return this.html.tags;
  }

  get includes(): readonly Include[] {
    if (this._includes) return this._includes;
    if (!this.has('[') || this.text.indexOf('[!') === -1) return (this._includes = NONE);
    const found: Include[] = [];
    INCLUDE.lastIndex = 0;
    for (let m = INCLUDE.exec(this.codeMasked); m; m = INCLUDE.exec(this.codeMasked)) {
      const pathStart = this.base + m.index + m[0].indexOf('](') + 2;
      found.push({ start: this.base + m.index, end: this.base + m.index + m[0].length, path: m[1], pathStart, pathEnd: pathStart + m[1].length });
    }
    return (this._includes = found);
  }

  private get markdown(): MarkdownLinks {
    return (this._md ??= this.has(']') ? findMarkdownLinks(this.codeMasked, this.base) : NO_MARKDOWN_LINKS);
  }

  /** Every link and image, in order: Markdown, HTML `<a href>`, autolinks and bare URLs; not the link of an include. */
  get links(): readonly InlineLink[] {
    if (this._links) return this._links;
    if (!this.has('[') && !this.has('<') && !mayHoldBareUrl(this.text)) return (this._links = NONE);
    const includes = this.includes;
    const md = includes.length ? this.markdown.links.filter((l) => !includes.some((i) => i.start <= l.start && l.end <= i.end)) : this.markdown.links;
    const html = this.html;
    const bare = this.bareUrls(md);
    // The Markdown links are in order already: most texts have no other kind.
    if (html.links.length === 0 && html.autolinks.length === 0 && bare.length === 0) return (this._links = md);
    const all = [...md, ...html.links, ...html.autolinks, ...bare];
    return (this._links = sortByStart(all));
  }

  /** `[text] (url)`: link syntax broken by a blank. */
  get brokenLinks() {
    return this.markdown.broken;
  }

  /** The text with code, link destinations, URLs, tags, comments and includes blanked: the prose rules read. */
  get prose(): string {
    if (this._prose !== undefined) return this._prose;
    // A plain text has nothing to blank but bare URLs.
    if (this.plain && this.links.length === 0) return (this._prose = this.text);
    const ranges: TextRange[] = [];
    // Indexed loops: the lists may be the shared, frozen empty one, which `for…of` reads more slowly.
    const add = (list: readonly TextRange[]) => {
      for (let i = 0; i < list.length; i++) ranges.push(list[i]);
    };
    add(this.codeSpans);
    add(this.html.tags);
    add(this.html.comments);
    add(this.includes);
    const links = this.links;
    for (let i = 0; i < links.length; i++) {
      const l = links[i];
      if (l.kind === 'markdown' || l.kind === 'image' || l.kind === 'html') ranges.push({ start: l.textEnd, end: l.end });
      else ranges.push(l);
    }
    const broken = this.brokenLinks;
    for (let i = 0; i < broken.length; i++) ranges.push({ start: broken[i].gapStart, end: broken[i].end });
    return (this._prose = blank(this.text, this.base, ranges));
  }

  get emphasis(): Emphasis {
    return (this._emphasis ??= this.has('*') || this.has('_') ? findEmphasis(this.prose, this.base) : NO_EMPHASIS);
  }

  get escapes(): readonly Escape[] {
    return (this._escapes ??= this.has('\\') ? findEscapes(this.prose, this.base) : NONE);
  }

  get placeholders(): readonly Placeholder[] {
    if (this._placeholders) return this._placeholders;
    // `{Name}`, `%temp%` and `%s`, `\\<name\\>`, and `<name>` (which only the HTML scan tells from a tag).
    if (!this.has('{') && !this.has('%') && !this.has('\\') && !this.has('<')) return (this._placeholders = NONE);
    return (this._placeholders = findPlaceholders(this.prose, this.base, this.html.angles));
  }

  get numbers(): readonly NumberToken[] {
    return (this._numbers ??= findNumbers(this.prose, this.base, () => this.placeholders));
  }

  get alerts(): readonly AlertMarker[] {
    if (this._alerts) return this._alerts;
    if (!this.has('[') || this.text.indexOf('[!') === -1) return (this._alerts = NONE);
    const found: AlertMarker[] = [];
    ALERT.lastIndex = 0;
    for (let m = ALERT.exec(this.prose); m; m = ALERT.exec(this.prose)) {
      if (/^include$/i.test(m[1])) continue;
      found.push({ start: this.base + m.index, end: this.base + m.index + m[0].length, marker: m[0] });
    }
    return (this._alerts = found);
  }

  /** The words of the prose (letters and digits), in order. */
  get words(): readonly Word[] {
    return (this._words ??= findWords(this.prose, this.base));
  }

  /** The characters of the prose's words together. */
  get wordLength(): number {
    return (this._wordLength ??= this._words ? this._words.reduce((n, w) => n + (w.end - w.start), 0) : wordLength(this.prose));
  }

  /**
   * The words of the prose that lie wholly inside a range, as `words` has them, counted:
   * read from the range only (from the start of a word it cuts), with nothing collected.
   */
  wordCountIn(range: TextRange): WordCount {
    const prose = this.prose;
    const start = Math.max(0, Math.min(prose.length, range.start - this.base));
    return countWordsIn(prose, start, Math.max(start, range.end - this.base));
  }

  /**
   * A reading of this side that a module outside the inline model defines (the terms' plain
   * text, the English's name runs), worked out the first time a rule asks and then kept with
   * the side, as the constructs above are.
   */
  derived<T>(derivation: Derivation<T>): T {
    return derivedReading((this._derived ??= []), this, derivation);
  }

  /** The document text of a range inside this side. */
  slice(range: TextRange): string {
    return this.text.slice(range.start - this.base, range.end - this.base);
  }

  private bareUrls(md: readonly InlineLink[]): InlineLink[] {
    const t = this.codeMasked;
    if (!mayHoldBareUrl(t)) return [];
    const taken: TextRange[] = [...md, ...this.markdown.broken, ...this.html.links, ...this.html.tags, ...this.html.autolinks, ...this.html.comments, ...this.includes];
    // A bare URL starts at `http` or `www.`: when each of those is inside a link already found, there is none.
    const isTaken = (at: number) => taken.some((r) => r.start <= this.base + at && this.base + at < r.end);
    if (everyOccurrence(t, 'http', isTaken) && everyOccurrence(t, 'www.', isTaken)) return [];
    const found: InlineLink[] = [];
    BARE_URL.lastIndex = 0;
    for (let m = BARE_URL.exec(t); m; m = BARE_URL.exec(t)) {
      const start = this.base + m.index;
      const end = start + m[0].length;
      if (taken.some((r) => r.start < end && start < r.end)) continue;
      found.push({ kind: 'bare', start, end, text: m[0], textStart: start, textEnd: end, url: m[0], urlStart: start, urlEnd: end });
    }
    return found;
  }
}

/** A reading of a side, computed from it alone: the key under which {@link InlineText.derived} keeps it. */
export type Derivation<T> = (side: InlineText) => T;

/**
 * Whether the text may hold a bare URL, which starts `http://`, `https://` or `www.`. Most
 * texts are looked at for it, and `://` is found faster than `http`: `h` is a common letter.
 */
function mayHoldBareUrl(text: string): boolean {
  return text.indexOf('://') !== -1 || text.indexOf('www.') !== -1;
}

const EMPTY_HTML: HtmlScan = { tags: [], links: [], autolinks: [], angles: [], comments: [] };

function everyOccurrence(text: string, search: string, test: (at: number) => boolean): boolean {
  for (let at = text.indexOf(search); at !== -1; at = text.indexOf(search, at + 1)) if (!test(at)) return false;
  return true;
}
