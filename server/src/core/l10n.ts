/**
 * How the core speaks the user's language without reading a file: whoever creates the
 * language service gives it an {@link L10n} (the server's translates with the bundle of the
 * display language the client names at `initialize`); without one the core writes English.
 *
 * The English message is the key, as with `vscode.l10n.t` and `@vscode/l10n`, and values go
 * into named `{placeholders}`. Call it as `l10n.t('…', { name })` on a variable named `l10n`
 * with a string literal: `npm run l10n` extracts those calls (with `@vscode/l10n-dev`) into
 * `l10n/bundle.l10n.json`, and a lint rule refuses any other first argument.
 */

/** The values of a message's `{placeholders}`. */
export type L10nArgs = Readonly<Record<string, string | number>>;

/** Translates an English message into the display language, filling its `{placeholders}`. */
export interface L10n {
  t(message: string, args?: L10nArgs): string;
  /** The display language (`de`, `zh-tw`), for lists written the language's way; English when absent. */
  readonly language?: string;
}

/**
 * Fills the `{placeholders}` of a message, as `@vscode/l10n` does (`{name}`: a brace, one
 * or more characters other than `}`, a brace); an unknown one stays as written. Read with
 * `indexOf`, since every finding's message passes here.
 */
export function formatMessage(message: string, args?: L10nArgs): string {
  if (!args) return message;
  let out = '';
  let at = 0;
  for (let open = message.indexOf('{'); open !== -1; ) {
    const close = message.indexOf('}', open + 1);
    if (close === -1) break;
    if (close === open + 1) {
      // `{}` names nothing: a placeholder may still open at the next character.
      open = message.indexOf('{', open + 1);
      continue;
    }
    const value = args[message.slice(open + 1, close)];
    if (value !== undefined) {
      out += message.slice(at, open) + String(value);
      at = close + 1;
    }
    open = message.indexOf('{', close + 1);
  }
  return at === 0 ? message : out + message.slice(at);
}

/** The core's own language: the English messages as written. */
export const ENGLISH: L10n = Object.freeze({ t: formatMessage, language: 'en' });

/** Joins items for a message the display language's way: "a, b and c" in English, "a, b und c", "a、b和c". */
export function listOf(items: readonly string[], l10n: L10n = ENGLISH): string {
  if (items.length <= 1) return items.join('');
  if (l10n.language && l10n.language !== 'en') {
    try {
      return new Intl.ListFormat(l10n.language, { type: 'conjunction' }).format(items);
    } catch {
      // A language ICU does not know: the English way below.
    }
  }
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The display languages the extension is translated into, besides English (VS Code's locale ids). */
export const TRANSLATED_LANGUAGES = ['de', 'fi', 'it', 'ro', 'zh-tw'] as const;
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/**
 * The translation to use for a display language as VS Code or another editor names it
 * (`de`, `de-CH`, `zh-TW`, `zh-Hant`, `fi_FI.UTF-8`), or undefined for English and for the
 * languages without a translation.
 */
export function translationFor(locale: string | undefined): TranslatedLanguage | undefined {
  if (!locale) return undefined;
  const tag = locale.split(/[.@]/)[0].replace(/_/g, '-').toLowerCase();
  if (/^zh-(tw|hk|mo|hant)\b/.test(tag)) return 'zh-tw';
  if (tag.startsWith('zh')) return undefined;
  const language = tag.split('-')[0];
  return (TRANSLATED_LANGUAGES as readonly string[]).find((l) => l === language) as TranslatedLanguage | undefined;
}
