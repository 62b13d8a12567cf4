import * as l10n from '@vscode/l10n';
import { translationFor, type L10n, type L10nArgs, type TranslatedLanguage } from './core/l10n';

/** Reads the translation bundle of a language (`l10n/bundle.l10n.<language>.json`), or undefined when it cannot. */
export type BundleReader = (language: TranslatedLanguage) => string | undefined;

/**
 * The server's messages in the client's display language. The language is known only at
 * `initialize` (`params.locale`), after the language service exists, so the service is given
 * this object and it starts translating once {@link configure} has loaded the bundle, with
 * `@vscode/l10n`, the same lookup and `{placeholder}` format as the client's `vscode.l10n`.
 * One server process speaks one language, as one VS Code window does.
 */
export class DisplayLanguage implements L10n {
  private current: TranslatedLanguage | undefined;

  /** The translation in use (`de`, `zh-tw`), or undefined for English. */
  get language(): TranslatedLanguage | undefined {
    return this.current;
  }

  /** Loads the bundle for `locale` (English when there is none, or it cannot be read). */
  configure(locale: string | undefined, read: BundleReader | undefined, log: (message: string) => void): void {
    const language = translationFor(locale);
    const contents = language && read?.(language);
    if (language && contents === undefined) log(`No translation bundle for the display language ${locale}; messages stay in English.`);
    try {
      l10n.config({ contents: contents ?? {} });
      this.current = contents === undefined ? undefined : language;
    } catch (e) {
      log(`The translation bundle for ${locale} could not be read (${e instanceof Error ? e.message : String(e)}); messages stay in English.`);
      l10n.config({ contents: {} });
      this.current = undefined;
    }
  }

  t(message: string, args?: L10nArgs): string {
    // The one pass-through: the literal is at the core's call site, where `npm run l10n` finds it.
    // eslint-disable-next-line no-restricted-syntax
    return l10n.t(message, args ?? {});
  }
}
