import type { Connection } from 'vscode-languageserver';
import { checkConfigFrom, type CheckConfig } from './core/config';
import { DEFAULT_DOCUMENT_LIMITS, documentLimitsFrom, type DocumentLimits } from './core/documentLimits';
import { DEFAULT_MINIMUM_MATCH, minimumMatchFrom } from './core/memory/termSettings';

/** The settings section of the extension. */
export const SETTINGS_SECTION = 'sxsDocs';

/**
 * The `sxsDocs` settings per document, asked of the client and cached until the client
 * says they changed. Kept in this object, never in server globals.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<CheckConfig>>();
  private documentLimits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS;
  private windowSection: unknown = {};

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
        // A client with no such section (Neovim, Helix) answers null: the initialization options' settings apply.
        .then((section) => checkConfigFrom(section ?? this.fallback), () => checkConfigFrom(this.fallback));
      this.cache.set(uri, config);
    }
    return config;
  }

  /** The window-wide limits on what is read (file size); current as of the last {@link refreshLimits}. */
  limits(): DocumentLimits {
    return this.documentLimits;
  }

  /** Reads the window-wide settings again (at start and after a change). */
  async refreshLimits(): Promise<void> {
    const section = this.canAskClient() ? ((await this.connection.workspace.getConfiguration(SETTINGS_SECTION).catch(() => this.fallback)) ?? this.fallback) : this.fallback;
    this.documentLimits = documentLimitsFrom(section);
    this.windowSection = section;
    this.minimum = minimumMatchFrom(section);
  }

  private minimum = DEFAULT_MINIMUM_MATCH;

  /** The window-wide `sxsDocs` section as of the last {@link refreshLimits} (glossary and TMX files). */
  section(): unknown {
    return this.windowSection;
  }

  /** `sxsDocs.memory.minimumMatch`. */
  minimumMatch(): number {
    return this.minimum;
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
