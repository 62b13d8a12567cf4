/**
 * Locales as the docs repositories name them: `de-de` in folders, `de-DE` in
 * `ms.contentlocale`, `zh-tw`, `sr-latn-rs`. Languages and regions are validated with the
 * platform's ICU data (`Intl`), so that a folder named `to-do` is not taken for a locale
 * unless both parts are real codes.
 */

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

const LOCALE_SHAPE = /^([a-z]{2,3})(?:-([a-z]{4}))?-([a-z]{2}|\d{3})$/i;

/** `de-de` → `de-DE`, `sr-latn-rs` → `sr-Latn-RS`; undefined when the text is not a language-region locale. */
export function normalizeLocale(text: string): string | undefined {
  return normalizeWith(text, knownToIcu);
}

/** True when ICU knows the language and (a two-letter) region: names them. */
function knownToIcu(language: string, region: string): boolean {
  if (languageNames.of(language) === language) return false;
  return !(/^[A-Z]{2}$/.test(region) && regionNames.of(region) === region);
}

function normalizeWith(text: string, known: (language: string, region: string) => boolean): string | undefined {
  const m = LOCALE_SHAPE.exec(text.trim());
  if (!m) return undefined;
  const language = m[1].toLowerCase();
  const region = m[3].toUpperCase();
  if (!known(language, region)) return undefined;
  return m[2] ? `${language}-${m[2][0].toUpperCase()}${m[2].slice(1).toLowerCase()}-${region}` : `${language}-${region}`;
}

/** Answers a locale reader keeps at most (a repository names a few locales; paths name many folders that are none). */
const MAX_ANSWERS = 256;

/**
 * Reads locales as `normalizeLocale` and `localeFromPath` do, asking ICU about a language
 * and region once, for a run over many documents (ICU's data does not change meanwhile, and
 * asking costs more than reading a document's front matter).
 */
export class LocaleReader {
  private readonly answers = new Map<string, boolean>();
  private readonly known = (language: string, region: string): boolean => {
    const key = `${language}-${region}`;
    let answer = this.answers.get(key);
    if (answer === undefined) {
      if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
      answer = knownToIcu(language, region);
      this.answers.set(key, answer);
    }
    return answer;
  };

  readonly normalize = (text: string): string | undefined => normalizeWith(text, this.known);

  fromPath(path: string): string | undefined {
    return parsePathLocale(path, this.normalize)?.locale;
  }
}

/** True for English locales (`en-US`, `en-GB`). */
export function isEnglish(locale: string | undefined): boolean {
  return !!locale && /^en(-|$)/i.test(locale);
}

/** The writing direction of a locale's script. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const info = (new Intl.Locale(locale) as Intl.Locale & { textInfo?: { direction?: string } }).textInfo;
    if (info?.direction === 'rtl') return 'rtl';
  } catch {
    // An invalid tag has no direction of its own.
  }
  return /^(ar|he|fa|ur|ps|yi|dv|ug|ckb|syr)(-|$)/i.test(locale) ? 'rtl' : 'ltr';
}

/** The English name of a locale, for display ("German (Germany)"). */
export function localeDisplayName(locale: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** Where in a path a locale was found, and what kind of layout it says. */
export interface PathLocale {
  readonly locale: string;
  /** `repo`: `<docset>-pr.<locale>` or `<docset>.<locale>`; `folder`: `/de-de/`; `suffix`: `page.de-DE.md`. */
  readonly layout: 'repo' | 'folder' | 'suffix';
  /** The path up to and including the part that names the locale. */
  readonly root: string;
  /** For `repo`: the docset name (`OfficeDocs-AlchemyInsights`). */
  readonly docset?: string;
}

/**
 * Finds the locale a path names, closest to the file first: a suffix (`page.de-DE.md`),
 * then a locale folder (`docs/de-de/page.md`), then a repository folder (`docs-pr.de-DE/`).
 */
export function parsePathLocale(path: string, normalize: (text: string) => string | undefined = normalizeLocale): PathLocale | undefined {
  const parts = path.replace(/\\/g, '/').split('/');
  const file = parts[parts.length - 1];
  const suffix = /^(.+)\.([A-Za-z]{2,3}(?:-[A-Za-z]{4})?-(?:[A-Za-z]{2}|\d{3}))\.(md|markdown)$/i.exec(file);
  if (suffix) {
    const locale = normalize(suffix[2]);
    if (locale) return { locale, layout: 'suffix', root: parts.slice(0, -1).join('/') };
  }
  for (let i = parts.length - 2; i >= 0; i--) {
    const part = parts[i];
    const asFolder = normalize(part);
    if (asFolder) return { locale: asFolder, layout: 'folder', root: parts.slice(0, i + 1).join('/') };
    const repo = /^(.+?)(?:-pr)?\.([A-Za-z]{2,3}(?:-[A-Za-z]{4})?-(?:[A-Za-z]{2}|\d{3}))$/.exec(part);
    const asRepo = repo && normalize(repo[2]);
    if (repo && asRepo) return { locale: asRepo, layout: 'repo', root: parts.slice(0, i + 1).join('/'), docset: repo[1] };
  }
  return undefined;
}

/** The locale a path names, if any. */
export function localeFromPath(path: string): string | undefined {
  return parsePathLocale(path)?.locale;
}
