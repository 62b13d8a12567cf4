import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, Logger } from './core/languageService';

/**
 * Answers one hover, and throws the answer away, when the server is first idle with the
 * locale index built and learned from (the translation memory filled) and a localized document open: the code
 * of the hover and of the memory's lookup is then compiled, and its scratch space allocated,
 * before the user's first hover, which answers as fast as the later ones (it took ten times as
 * long). Once per server; it changes nothing the user sees.
 */
export class HoverWarmUp {
  private done = false;
  private scheduled = false;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: LanguageService,
    private readonly logger: Logger,
  ) {
    documents.onDidOpen(() => this.schedule());
    service.index?.onDidLearn(() => this.schedule());
  }

  private schedule(): void {
    if (this.done || this.scheduled) return;
    this.scheduled = true;
    // After what is waiting (a request that came with the document, its diagnostics).
    setImmediate(() => {
      this.scheduled = false;
      this.run();
    });
  }

  private run(): void {
    const index = this.service.index;
    if (this.done || (index && !index.learned)) return;
    for (const document of this.documents.all()) {
      try {
        if (!this.service.isLocalized(document)) continue;
        const segment = this.service.model(document).segments.find((s) => s.source);
        if (!segment) continue;
        this.done = true;
        this.service.hover(document, segment.translation.content.range.start);
        return;
      } catch (e) {
        this.done = true;
        this.logger.error(`hover warm-up: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
    }
  }
}
