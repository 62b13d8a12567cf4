import { MessageType, ShowMessageNotification, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isCancelled } from './core/cancellation';
import type { LanguageService, Logger } from './core/languageService';
import { Emitter, type Event } from './core/workspace';

/**
 * Publishes diagnostics for open documents. Work is queued, not debounced: a document is
 * checked once the pending messages are handled, at its latest version only, and results
 * for a version that has since changed are dropped.
 */
export class DiagnosticsPublisher {
  private readonly pending = new Set<string>();
  /** Documents the user was told are not checked (too large, binary): told once each. */
  private readonly toldSkipped = new Set<string>();
  private scheduled = false;
  private disposed = false;
  private readonly publishEmitter = new Emitter<string>();
  /** A document's diagnostics were published (its URI): it has been checked at its latest version. */
  readonly onDidPublish: Event<string> = this.publishEmitter.event;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: LanguageService,
    private readonly logger: Logger,
  ) {}

  schedule(uri: string): void {
    if (this.disposed) return;
    this.pending.add(uri);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  scheduleAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri);
  }

  /** Checks nothing more: the server is shutting down. */
  dispose(): void {
    this.disposed = true;
    this.pending.clear();
    this.publishEmitter.dispose();
  }

  clear(uri: string): void {
    this.pending.delete(uri);
    this.toldSkipped.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const documents = this.documents;
    const disposed = () => this.disposed;
    const uris = [...this.pending];
    this.pending.clear();
    for (const uri of uris) {
      const document = this.documents.get(uri);
      if (!document) continue;
      const version = document.version;
      try {
        const skipped = this.service.model(document).skipped;
        if (skipped && !this.toldSkipped.has(uri)) {
          this.toldSkipped.add(uri);
          void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: skipped });
        }
        // A newer version (or shutdown) makes this check pointless: the core stops at its next look.
        const stale = { get isCancellationRequested() { return disposed() || documents.get(uri)?.version !== version; } };
        const diagnostics = await this.service.diagnostics(document, stale);
        if (this.documents.get(uri)?.version !== version) continue;
        await this.connection.sendDiagnostics({ uri, version, diagnostics });
        this.publishEmitter.fire(uri);
      } catch (e) {
        if (isCancelled(e)) continue;
        this.logger.error(`Checking ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    }
  }
}
