import type { Connection } from 'vscode-languageserver';
import { checkConfigFrom, type CheckConfig } from './core/config';

/** The settings section of the extension. */
export const SETTINGS_SECTION = 'sxsDocs';

/**
 * The `sxsDocs` settings per document, asked of the client and cached until the client
 * says they changed. Kept in this object, never in server globals.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<CheckConfig>>();

  constructor(
    private readonly connection: Connection,
    private readonly canAskClient: () => boolean,
    private fallback: unknown = {},
  ) {}

  forResource(uri: string): Promise<CheckConfig> {
    if (!this.canAskClient()) return Promise.resolve(checkConfigFrom(this.fallback));
    let config = this.cache.get(uri);
    if (!config) {
      config = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(checkConfigFrom, () => checkConfigFrom(this.fallback));
      this.cache.set(uri, config);
    }
    return config;
  }

  /** After `workspace/didChangeConfiguration`; `settings` is what clients without pull configuration push. */
  changed(settings: unknown): void {
    this.cache.clear();
    const section = settings && typeof settings === 'object' ? (settings as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
    if (section) this.fallback = section;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
