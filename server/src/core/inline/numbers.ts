import { NONE, type NumberToken, type TextRange } from './tokens';

/**
 * A number as written: digits of any script, joined by the separators that numbers, dates
 * and times use (`2,000`, `0,5`, `7/22/2019`, `10:30`, `1-7`), or by a space before a
 * group of exactly three digits (`2 000`, also NBSP and NNBSP).
 */
const NUMBER = /\p{Nd}+(?:(?:[.,:/'’-]|[ \u00a0\u202f](?=\p{Nd}{3}(?!\p{Nd})))\p{Nd}+)*/gu;

/** A magnitude after a number: "30 million", "100K", "10 萬" (ten ten-thousands). */
const MAGNITUDE = /^[ \u00a0]?(?:(thousand|million|billion|K|M)(?![\p{L}])|(千|万|萬|億|亿))/u;
const MULTIPLIER: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, K: 1e3, M: 1e6, 千: 1e3, 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8 };
/** An English ordinal: 21st, 2nd, 30th (often written as a word in a translation). */
const ORDINAL = /^(?:st|nd|rd|th)(?![\p{L}])/u;

/**
 * The numbers of a text whose code spans, URLs and tags are blanked; numbers inside the
 * stretches `skip` gives (placeholders) are left out. `skip` is asked only once a number is found.
 */
export function findNumbers(text: string, base: number, skip: () => readonly TextRange[]): readonly NumberToken[] {
  if (!hasDigit(text)) return NONE;
  const found: NumberToken[] = [];
  let skipped: readonly TextRange[] | undefined;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const start = base + m.index;
    const end = start + m[0].length;
    skipped ??= skip();
    if (skipped.some((r) => r.start < end && start < r.end)) continue;
    found.push(new WrittenNumber(m[0], start, end, text, base));
  }
  return found;
}

const ASCII_DIGIT = /[0-9]/;
/** A character from U+0660 on, where the first digits after ASCII's (Arabic-Indic) are: below it, only ASCII's are digits (`\p{Nd}`). */
const PAST_ASCII_DIGITS = /[^\u0000-\u065f]/;
const ANY_DIGIT = /\p{Nd}/u;
/** A digit of a script other than ASCII's (Thai "๓", Arabic-Indic "٣", Devanagari "३"). */
const NATIVE_DIGIT = /(?![0-9])\p{Nd}/u;

/**
 * Whether the text holds a digit of any script (`\p{Nd}`). Most texts hold an ASCII digit or
 * no character from U+0660 on, which a plain search tells faster than the Unicode class does.
 */
export function hasDigit(text: string): boolean {
  return ASCII_DIGIT.test(text) || (PAST_ASCII_DIGITS.test(text) && ANY_DIGIT.test(text));
}

/** Whether the text holds a digit of a script other than ASCII's; looked for only past U+0660, as {@link hasDigit} does. */
export function hasNativeDigit(text: string): boolean {
  return PAST_ASCII_DIGITS.test(text) && NATIVE_DIGIT.test(text);
}

/** A number found in a text; what it is worth is read when first asked (most numbers are compared as written). */
class WrittenNumber implements NumberToken {
  private _values?: readonly number[];
  private _parts?: readonly number[];
  private _ordinal?: boolean;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    /** The text it was found in, for what follows it. */
    private readonly context: string,
    private readonly base: number,
  ) {}

  /** Up to 10 characters after the number: a magnitude ("million") or an ordinal suffix ("st"). */
  private get after(): string {
    return this.context.slice(this.end - this.base, this.end - this.base + 10);
  }

  get values(): readonly number[] {
    if (this._values) return this._values;
    const values = valuesOf(toAsciiDigits(this.text));
    const magnitude = MAGNITUDE.exec(this.after);
    if (magnitude) values.push(...values.map((v) => v * MULTIPLIER[magnitude[1] ?? magnitude[2]]));
    return (this._values = values);
  }

  get parts(): readonly number[] {
    return (this._parts ??= partsOf(toAsciiDigits(this.text)));
  }

  get ordinal(): boolean {
    return (this._ordinal ??= ORDINAL.test(this.after));
  }
}

/** The integers a number is made of, whatever joins them. */
function partsOf(ascii: string): number[] {
  return ascii.split(/[^0-9]+/).filter((p) => p !== '').map((p) => Number(p));
}

/**
 * What the number can be worth, read with `.` or `,` as the decimal mark and the other (or
 * a space, or an apostrophe) as the group separator. Dates and times (`/`, `:`, `-`) have no value, only parts.
 */
function valuesOf(ascii: string): number[] {
  if (/[/:-]/.test(ascii)) return [];
  const groups = ascii.split(/[^0-9]/);
  const seps = ascii.replace(/[0-9]/g, '');
  if (seps === '') return [Number(ascii)];
  const values = new Set<number>();
  // All separators group digits: every group after the first has three digits.
  if (groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3 && new Set(seps.replace(/[ \u00a0\u202f'’]/g, ' ')).size === 1) {
    values.add(Number(groups.join('')));
  }
  // The last separator is the decimal mark, the others group.
  const last = seps[seps.length - 1];
  if (last === '.' || last === ',') {
    const head = groups.slice(0, -1);
    const headSeps = seps.slice(0, -1);
    if (!headSeps.includes(last) && head.slice(1).every((g) => g.length === 3)) {
      values.add(Number(`${head.join('')}.${groups[groups.length - 1]}`));
    }
  }
  return [...values];
}

/** Digits of other scripts (Arabic-Indic, Devanagari, Thai, full-width…) as ASCII digits. */
export function toAsciiDigits(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128 || !/\p{Nd}/u.test(ch)) {
      out += ch;
      continue;
    }
    // Unicode puts each script's digits 0–9 in a row: count back to the row's start.
    let start = cp;
    while (start > cp - 50 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    out += String((cp - start) % 10);
  }
  return out;
}
