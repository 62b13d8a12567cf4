import type { TextDocumentLike } from './core/documentCache';
import type { LanguageService, Logger } from './core/languageService';
import type { Event } from './core/workspace';

/** What the warm-up reads of the language service. */
export type WarmUpService = Pick<LanguageService, 'index' | 'isLocalized' | 'model' | 'readVersions' | 'hover'>;

/**
 * Answers hovers, and throws the answers away, once per server, when a localized document has
 * been checked with the locale index built and learned from (the translation memory filled):
 * the code of the hover, of its counterparts and changes, and of the memory's lookup is then
 * compiled, and its scratch space allocated, before the user's first hover, which answers as
 * fast as the later ones (it took ten times as long). It waits for the document's check, whose
 * results (the state of each segment's English) the hover shows, and goes the way the hover
 * request goes (the document's versions read first). It changes nothing the user sees.
 */
export class HoverWarmUp {
  private done = false;
  private running = false;

  constructor(
    private readonly documents: { get(uri: string): TextDocumentLike | undefined },
    private readonly service: WarmUpService,
    /** Fires with a document's URI once its diagnostics were published. */
    onDidCheck: Event<string>,
    private readonly logger: Logger,
  ) {
    onDidCheck((uri) => void this.run(uri));
  }

  private async run(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    const index = this.service.index;
    if (this.done || this.running || !document || (index && !index.learned)) return;
    this.running = true;
    try {
      if (!this.service.isLocalized(document)) return;
      const segments = this.service.model(document).segments.filter((s) => s.source);
      if (!segments.length) return;
      this.done = true;
      await this.service.readVersions(document);
      // The document may have changed or closed meanwhile: the hover reads what is open now.
      const now = this.documents.get(uri);
      if (!now) return;
      const model = this.service.model(now);
      const withSource = model.segments.filter((s) => s.source);
      // The first segment is often a title; one in the middle goes the way most hovers go.
      for (const segment of new Set([withSource[0], withSource[Math.floor(withSource.length / 2)]])) {
        if (segment) this.service.hover(now, segment.translation.content.range.start);
      }
    } catch (e) {
      this.done = true;
      this.logger.error(`hover warm-up: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.running = false;
    }
  }
}
