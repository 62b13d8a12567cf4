import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { IndexProgress } from './core/index/localeIndex';
import { indexProgressStrings } from './core/index/progressStrings';
import type { L10n } from './core/l10n';

/** By default a build that ends sooner than this shows no progress at all. */
const SHOW_AFTER_MS = 1000;

/**
 * The build of the locale index as LSP work-done progress, which every LSP client that
 * supports it shows: begun once a build has run for a second, reported as files are read,
 * done when the build ends. Cancelling it cancels the build. Not sent to a client that shows
 * `sxs/indexProgress` itself (`showsIndexProgress`: the VS Code extension, whose notification
 * has a Cancel button that the language client's status-bar progress lacks). A client may set
 * the delay (`indexProgressAfterMs`).
 */
export class IndexWorkDoneProgress {
  private reporter: WorkDoneProgressServerReporter | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private building = false;
  private latest: IndexProgress | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly l10n: L10n,
    private readonly cancel: () => void,
    private readonly showAfterMs = SHOW_AFTER_MS,
  ) {}

  update(p: IndexProgress): void {
    this.latest = p;
    if (p.state === 'building') {
      this.building = true;
      const message = this.message(p);
      if (this.reporter) {
        if (message) this.reporter.report(percent(p), message);
        else this.reporter.report(percent(p));
      }
      else this.timer ??= setTimeout(() => void this.begin(), this.showAfterMs);
      return;
    }
    this.building = false;
    this.end();
  }

  dispose(): void {
    this.building = false;
    this.end();
  }

  private async begin(): Promise<void> {
    this.timer = undefined;
    if (!this.building) return;
    let reporter: WorkDoneProgressServerReporter;
    try {
      reporter = await this.connection.window.createWorkDoneProgress();
    } catch {
      return; // The client refused the token: the build goes on without progress.
    }
    if (!this.building) return reporter.done();
    this.reporter = reporter;
    const p = this.latest!;
    reporter.begin(indexProgressStrings(this.l10n).title, percent(p), this.message(p), true);
    reporter.token.onCancellationRequested(() => this.cancel());
  }

  private end(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.reporter?.done();
    this.reporter = undefined;
  }

  private message(p: IndexProgress): string | undefined {
    return p.total ? indexProgressStrings(this.l10n).files(p.indexed, p.total) : undefined;
  }
}

function percent(p: IndexProgress): number {
  return p.total ? Math.floor((100 * p.indexed) / p.total) : 0;
}
