import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND } from './core/codeActions';
import type { BulkIndexer } from './core/index/bulkIndexer';
import { createLanguageService, type Logger } from './core/languageService';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { DisplayLanguage, type BundleReader } from './displayLanguage';
import { HoverWarmUp } from './hoverWarmUp';
import { LocaleHost, LocaleRootsReader, type HostWorkspace } from './localeHost';
import { EnglishComparisonRequest, FindUntranslatedRequest, IsLocalizedRequest, MarkupRangesRequest, PreviewRequest, type InitializationOptions } from '#protocol';
import { ReviewHost } from './reviewHost';
import { runSafe, runSafeNotification } from './runSafe';
import { SettingsStore } from './settings';
import { TermsHost } from './termsHost';

/** What the host (Node, or a test) gives the server. */
export interface ServerEnvironment {
  readonly name: string;
  /** The workspace's files (a Node host reads the disk); without it, there is no locale index. */
  readonly workspace?: (documents: TextDocuments<TextDocument>) => HostWorkspace;
  /** Builds part of the locale index on other threads. */
  readonly bulkIndexer?: BulkIndexer;
  /** Reads the translation bundle of the display language the client names at `initialize`; without it, English. */
  readonly readBundle?: BundleReader;
  /** Writes a file (the review files); without it, review states are shown but not saved. */
  readonly writeText?: (uri: string, text: string) => Promise<void>;
}

/** Wires the language service to an LSP connection. Each handler looks up the document and delegates. */
export function startServer(connection: Connection, env: ServerEnvironment): void {
  const logger: Logger = {
    log: (m) => connection.console.log(m),
    error: (m) => connection.console.error(m),
  };
  const documents = new TextDocuments(TextDocument);
  let canAskConfiguration = false;
  const settings = new SettingsStore(connection, () => canAskConfiguration);
  const l10n = new DisplayLanguage();
  const workspace = env.workspace?.(documents);
  const roots = workspace && new LocaleRootsReader(connection, workspace);
  const service = createLanguageService({ config: (uri) => settings.forResource(uri), limits: () => settings.limits(), logger, workspace, localeRoots: roots && (() => roots.read()), bulkIndexer: env.bulkIndexer, l10n, writeText: env.writeText, minimumMatch: () => settings.minimumMatch() });
  const publisher = new DiagnosticsPublisher(connection, documents, service, logger);
  const localeHost = workspace && roots && new LocaleHost(connection, documents, service, workspace, roots, publisher, logger, l10n);
  const reviewHost = new ReviewHost(connection, documents, service, logger, async (uri) => workspace?.readText(uri));
  const termsHost = workspace && new TermsHost(connection, service, workspace, documents, logger, l10n);
  new HoverWarmUp(documents, service, publisher.onDidPublish, workspace && ((uri) => workspace.readText(uri)), logger);
  service.onDidChangeTerms(() => {
    publisher.scheduleAll();
    termsHost?.report(service.termProblems());
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canAskConfiguration = !!params.capabilities.workspace?.configuration;
    // LSP's `locale`; clients that cannot set it may name it in the initialization options.
    const options = params.initializationOptions as InitializationOptions | undefined;
    l10n.configure(params.locale ?? options?.locale, env.readBundle, logger.log);
    settings.changed({ sxsDocs: options?.settings });
    const localeCapabilities = localeHost?.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: { label: 'Side-by-Side Docs' },
        foldingRangeProvider: true,
        ...localeCapabilities,
      },
      serverInfo: { name: 'sxs-docs' },
    };
  });

  connection.onInitialized(() => {
    if (canAskConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    void settings.refreshLimits().then(() => {
      publisher.scheduleAll();
      return termsHost?.configure(settings.section());
    });
    localeHost?.initialized();
  });

  connection.onDidChangeConfiguration((change) =>
    runSafeNotification(logger, 'didChangeConfiguration', async () => {
      settings.changed(change.settings);
      await settings.refreshLimits();
      publisher.scheduleAll();
      await localeHost?.configurationChanged();
      await termsHost?.configure(settings.section());
    }),
  );

  documents.onDidChangeContent((e) => publisher.schedule(e.document.uri));
  documents.onDidClose((e) => {
    service.close(e.document.uri);
    settings.forget(e.document.uri);
    if (!reviewHost.closed(e.document.uri)) publisher.clear(e.document.uri);
  });

  connection.onHover((params, token) =>
    runSafe(logger, 'hover', token, null, async () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return null;
      // An English source's hover shows its translations: they are read first (once; a translation answers at once).
      await service.readVersions(document);
      return service.hover(document, params.position) ?? null;
    }),
  );

  connection.onCodeAction((params, token) =>
    runSafe(logger, 'codeAction', token, [], () => {
      const document = documents.get(params.textDocument.uri);
      return document ? service.codeActions(document, params.context, token, params.range) : [];
    }),
  );

  connection.onDocumentSymbol((params, token) =>
    runSafe(logger, 'documentSymbol', token, [], () => {
      const document = documents.get(params.textDocument.uri);
      return document ? service.documentSymbols(document, token) : [];
    }),
  );

  connection.onFoldingRanges((params, token) =>
    runSafe(logger, 'foldingRanges', token, [], () => {
      const document = documents.get(params.textDocument.uri);
      return document ? service.foldingRanges(document) : [];
    }),
  );

  connection.onRequest(MarkupRangesRequest.type, (params, token) =>
    runSafe(logger, 'markupRanges', token, null, () => {
      const document = documents.get(params.textDocument.uri);
      return document ? { version: document.version, ...service.markupRanges(document) } : null;
    }),
  );

  connection.onRequest(IsLocalizedRequest.type, (params, token) =>
    runSafe(logger, 'isLocalized', token, null, () => {
      const document = documents.get(params.textDocument.uri);
      return document ? { version: document.version, localized: service.isLocalized(document) } : null;
    }),
  );

  connection.onRequest(FindUntranslatedRequest.type, (params, token) =>
    runSafe(logger, 'findUntranslated', token, null, async () => {
      const document = documents.get(params.textDocument.uri);
      const match = document && (await service.findUntranslated(document, params.position, params.direction));
      if (!match) return null;
      const { segment, reason, wrapped, ordinal, total } = match;
      return { range: segment.translation.content.range, id: segment.id, reason, wrapped, ordinal, total };
    }),
  );

  connection.onRequest(PreviewRequest.type, (params, token) =>
    runSafe(logger, 'preview', token, null, async () => {
      const document = documents.get(params.uri);
      return document ? ((await service.preview(document, params.locales, token)) ?? null) : null;
    }),
  );

  connection.onRequest(EnglishComparisonRequest.type, (params, token) =>
    runSafe(logger, 'englishComparison', token, null, async () => {
      const document = documents.get(params.uri);
      return document ? ((await service.englishComparison(document)) ?? null) : null;
    }),
  );
  // The index's subscriptions and workers are released before the client's `exit`.
  connection.onShutdown(() => {
    publisher.dispose();
    localeHost?.dispose();
    service.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
