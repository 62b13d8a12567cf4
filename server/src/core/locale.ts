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

/**
 * True when ICU knows the language and (a two-letter) region: names them. Remembered, as a
 * pure function's answers may be: `Intl.DisplayNames.of` is slow, the index asks about the
 * same few codes for every file of a workspace, and ICU's answers never change.
 */
function knownToIcu(language: string, region: string): boolean {
  const key = `${language}-${region}`;
  let known = icuAnswers.get(key);
  if (known === undefined) {
    known = languageNames.of(language) !== language && !(/^[A-Z]{2}$/.test(region) && regionNames.of(region) === region);
    if (icuAnswers.size < 10_000) icuAnswers.set(key, known);
  }
  return known;
}
const icuAnswers = new Map<string, boolean>();

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

  /** The locale each folder names, by folder (the files of a run share a few folders). */
  private readonly folders = new Map<string, string | undefined>();

  readonly normalize = (text: string): string | undefined => normalizeWith(text, this.known);

  fromPath(path: string): string | undefined {
    const { folder, file } = splitPath(path);
    const suffix = suffixLocale(folder ?? '', file, this.normalize);
    if (suffix || folder === undefined) return suffix?.locale;
    if (this.folders.has(folder)) return this.folders.get(folder);
    if (this.folders.size >= MAX_ANSWERS) this.folders.clear();
    const locale = folderLocale(folder, this.normalize)?.locale;
    this.folders.set(folder, locale);
    return locale;
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

/** The name of a locale in a display language (English by default), for display ("German (Germany)"). */
export function localeDisplayName(locale: string, displayLanguage = 'en'): string {
  try {
    return new Intl.DisplayNames([displayLanguage, 'en'], { type: 'language' }).of(locale) ?? locale;
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
  const { folder, file } = splitPath(path);
  return suffixLocale(folder ?? '', file, normalize) ?? (folder === undefined ? undefined : folderLocale(folder, normalize));
}

/** The folder (undefined when the path has none) and the file name, with `/` for `\\`. */
function splitPath(path: string): { folder: string | undefined; file: string } {
  const p = path.replace(/\\/g, '/');
  const slash = p.lastIndexOf('/');
  return slash === -1 ? { folder: undefined, file: p } : { folder: p.slice(0, slash), file: p.slice(slash + 1) };
}

/** `page.de-DE.md`. */
function suffixLocale(folder: string, file: string, normalize: (text: string) => string | undefined): PathLocale | undefined {
  const suffix = /^(.+)\.([A-Za-z]{2,3}(?:-[A-Za-z]{4})?-(?:[A-Za-z]{2}|\d{3}))\.(md|markdown)$/i.exec(file);
  const locale = suffix ? normalize(suffix[2]) : undefined;
  return locale ? { locale, layout: 'suffix', root: folder } : undefined;
}

/** A locale folder or a repository folder, the innermost first. */
function folderLocale(folder: string, normalize: (text: string) => string | undefined): PathLocale | undefined {
  const parts = folder.split('/');
  for (let i = parts.length - 1; i >= 0; i--) {
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
