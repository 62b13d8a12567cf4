import {
  DidChangeWatchedFilesNotification,
  WatchKind,
  type Connection,
  type FileEvent,
  type InitializeParams,
  type Location,
  type LocationLink,
  type Position,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, Logger } from './core/languageService';
import type { LocaleRoot } from './core/index/layout';
import type { IndexChange, IndexProgress } from './core/index/localeIndex';
import { LOCALE_ROOTS_SETTING, localeRootsFrom } from './core/index/localeRootsSetting';
import type { IWorkspace } from './core/workspace';
import type { DiagnosticsPublisher } from './diagnosticsPublisher';
import { CancelIndexingNotification, CounterpartsRequest, IndexProgressNotification, IndexStatusRequest, RebuildIndexRequest, type CounterpartsResult, type InitializationOptions } from '#protocol';
import { runSafe, runSafeNotification } from './runSafe';
import { SETTINGS_SECTION } from './settings';
import { IndexWorkDoneProgress } from './indexWorkDone';
import type { L10n } from './core/l10n';

/** The workspace a host gives the server: the core's interface, fed by the connection. */
export interface HostWorkspace extends IWorkspace {
  setFolders(uris: readonly string[], announce?: boolean): void;
  filesChanged(events: readonly FileEvent[]): void;
}

/** Progress is sent at most this often while building. */
const PROGRESS_INTERVAL_MS = 150;

/**
 * Wires the locale index and its features to the connection: definition, references and
 * the counterparts request; the index's progress (and its cancellation) to the client; file
 * watcher and workspace-folder events to the index; and index changes to the diagnostics of
 * open documents.
 */
export class LocaleHost {
  private linkSupport = false;
  private dynamicWatchers = false;
  private workspaceFolderEvents = false;
  private lastProgress = 0;
  /** The build's progress as LSP work-done progress, when the client supports it. */
  private workDone: IndexWorkDoneProgress | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: LanguageService,
    private readonly workspace: HostWorkspace,
    private readonly roots: LocaleRootsReader,
    private readonly publisher: DiagnosticsPublisher,
    private readonly logger: Logger,
    private readonly l10n: L10n,
  ) {
    this.registerHandlers();
    service.index?.onDidProgress((p) => this.sendProgress(p));
    service.index?.onDidLearn(() => {
      if (service.index) this.sendProgress(service.index.progress);
    });
    service.index?.onDidChange((c) => this.recheck(c));
  }

  /** From `initialize`: the workspace folders and what the client supports. */
  initialize(params: InitializeParams): ServerCapabilities {
    this.linkSupport = !!params.capabilities.textDocument?.definition?.linkSupport;
    this.roots.canAskClient = !!params.capabilities.workspace?.configuration;
    this.dynamicWatchers = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.workspaceFolderEvents = !!params.capabilities.workspace?.workspaceFolders;
    // A client that shows sxs/indexProgress itself would otherwise show the build twice.
    const options = params.initializationOptions as InitializationOptions | undefined;
    if (params.capabilities.window?.workDoneProgress && !options?.showsIndexProgress) {
      const after = options?.indexProgressAfterMs;
      this.workDone = new IndexWorkDoneProgress(this.connection, this.l10n, () => this.service.index?.cancel(), typeof after === 'number' && after >= 0 ? after : undefined);
    }
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.workspace.setFolders(folders, false);
    return {
      definitionProvider: true,
      referencesProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
  }

  /** From `initialized`: watch Markdown files (and folders, for moves and deletions), then build the index. */
  initialized(): void {
    if (this.dynamicWatchers) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/*.{tbx,tmx,csv}' }, { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete }],
      });
    }
    if (this.workspaceFolderEvents) {
      this.connection.workspace.onDidChangeWorkspaceFolders(() =>
        runSafeNotification(this.logger, 'didChangeWorkspaceFolders', async () => {
          const folders = (await this.connection.workspace.getWorkspaceFolders()) ?? [];
          this.workspace.setFolders(folders.map((f) => f.uri));
        }),
      );
    }
    void this.service.index?.build();
  }

  /** Settings changed: rebuild when the locale roots did. */
  async configurationChanged(): Promise<void> {
    if (await this.roots.changed()) void this.service.index?.build();
  }

  private registerHandlers(): void {
    const { connection, documents, service, logger } = this;
    connection.onDefinition((params, token) =>
      runSafe(logger, 'definition', token, null, async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return null;
        // From an English source, the sentence is found in each translation: they are read first.
        await service.readVersions(document);
        return this.asLocations(service.definition(document, params.position));
      }),
    );
    connection.onReferences((params, token) =>
      runSafe(logger, 'references', token, null, async () => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return null;
        await service.readVersions(document);
        return service.references(document, params.position, params.context.includeDeclaration);
      }),
    );
    connection.onRequest(CounterpartsRequest.type, (params: CounterpartsRequest.Params, token) =>
      runSafe<CounterpartsRequest.Result>(logger, 'counterparts', token, { indexState: service.index?.state ?? 'idle', versions: [] }, async () => {
        const document = documents.get(params.textDocument.uri);
        if (document && params.position) await service.readVersions(document);
        return this.counterparts(params.textDocument.uri, params.position);
      }),
    );
    connection.onNotification(CancelIndexingNotification.type, () => runSafeNotification(logger, 'cancelIndexing', () => service.index?.cancel()));
    connection.onRequest(RebuildIndexRequest.type, (token) =>
      runSafe(logger, 'rebuildIndex', token, null, () => {
        void service.index?.build();
        return null;
      }),
    );
    connection.onRequest(IndexStatusRequest.type, (token) => runSafe<IndexStatusRequest.Result>(logger, 'indexStatus', token, this.status(), () => this.status()));
    connection.onDidChangeWatchedFiles((params) => runSafeNotification(logger, 'didChangeWatchedFiles', () => this.workspace.filesChanged(params.changes)));
  }

  private status(): IndexStatusRequest.Result {
    const stats = this.service.index?.stats();
    return { state: this.service.index?.state ?? 'idle', documents: stats?.documents ?? 0, segments: stats?.segments ?? 0, buildMs: stats?.buildMs, heapUsed: process.memoryUsage().heapUsed };
  }

  private counterparts(uri: string, position: Position | undefined): CounterpartsResult {
    const indexState = this.service.index?.state ?? 'idle';
    const document = this.documents.get(uri);
    const answer = document ? this.service.counterparts(document, position) : undefined;
    if (!answer) return { indexState, versions: [] };
    return {
      indexState,
      self: answer.self,
      segment: answer.segment?.label,
      versions: answer.versions.map((v) => ({ uri: v.uri, locale: v.locale, english: v.english, translationType: v.translationType, status: v.status, ranges: v.ranges })),
    };
  }

  private asLocations(links: LocationLink[]): LocationLink[] | Location[] {
    return this.linkSupport ? links : links.map((l) => ({ uri: l.targetUri, range: l.targetSelectionRange }));
  }

  /** The server is shutting down: the progress ends with it. */
  dispose(): void {
    this.workDone?.dispose();
  }

  private sendProgress(p: IndexProgress): void {
    const now = Date.now();
    if (p.state === 'building' && p.total > 0 && now - this.lastProgress < PROGRESS_INTERVAL_MS) return;
    this.lastProgress = now;
    const stats = p.state === 'building' ? undefined : this.service.index?.stats();
    const params: IndexProgressNotification.Params = { ...p, documents: stats?.documents, buildMs: stats?.buildMs, learned: p.state === 'building' ? undefined : this.service.index?.learned };
    void this.connection.sendNotification(IndexProgressNotification.type, params);
    this.workDone?.update(p);
  }

  /** Open documents whose versions (or locale, for the translation-consistency check) changed are checked again. */
  private recheck(change: IndexChange): void {
    for (const document of this.documents.all()) {
      const place = this.service.index?.placeOf(document.uri);
      if (place && (change.keys.has(place.key) || change.locales.has(place.locale))) this.publisher.schedule(document.uri);
    }
  }
}

/** Reads `sxsDocs.localeRoots` of every workspace folder from the client. */
export class LocaleRootsReader {
  /** Set from the client's capabilities. */
  canAskClient = false;
  private last = '[]';

  constructor(
    private readonly connection: Connection,
    private readonly workspace: IWorkspace,
  ) {}

  async read(): Promise<readonly LocaleRoot[]> {
    if (!this.canAskClient || !this.workspace.folders.length) return [];
    const folders = this.workspace.folders;
    const sections: unknown[] = await this.connection.workspace.getConfiguration(folders.map((uri) => ({ scopeUri: uri, section: SETTINGS_SECTION }))).catch(() => []);
    const roots = folders.flatMap((folder, i) => localeRootsFrom((sections[i] as Record<string, unknown> | null | undefined)?.[LOCALE_ROOTS_SETTING], folder));
    this.last = JSON.stringify(roots);
    return roots;
  }

  /** Reads the setting again; true when the roots differ from the last read. */
  async changed(): Promise<boolean> {
    const before = this.last;
    await this.read();
    return this.last !== before;
  }
}
