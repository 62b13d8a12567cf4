import type { TextDocumentLike } from './core/documentCache';
import type { LanguageService, Logger } from './core/languageService';
import type { Segment } from './core/model';
import type { Event } from './core/workspace';

/** What the warm-up reads of the language service. */
export type WarmUpService = Pick<LanguageService, 'index' | 'isLocalized' | 'model' | 'readVersions' | 'hover' | 'segmentChanges' | 'close'>;

/**
 * The document warmed on, once the index has learned: the indexed translation with the most
 * segments (up to a bound: its versions are read and compared) that has another version. The
 * loops of a hover run over a document's segment tables and those of its versions: warmed on a
 * small document they stay uncompiled, and the first hover on a large one paid for it.
 */
const MIN_SEGMENTS = 3;
const MAX_SEGMENTS = 2500;
/** Indexed documents looked at for one, at most. */
const MAX_CANDIDATES = 100_000;
/** Hovers answered on the indexed document, spread over it, each in a turn of its own. */
const INDEXED_HOVERS = 6;

/** Lets what is queued (a check, a request) run before the next step of the warm-up. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Answers a few hovers, and throws the answers away, once per server, so that the user's first
 * hover answers as fast as the later ones (it took several times as long): the code of the
 * hover, of its counterparts, of the segments' states, of the tables' Markdown and of the
 * translation memory's lookup is then compiled, and its scratch space allocated.
 *
 * With a locale index, it runs as soon as the index has learned (the translation memory is
 * whole), on the largest indexed translation that no editor has open (see {@link MAX_SEGMENTS}):
 * its versions are read and compared, as a check does, then it is hovered on segments spread
 * over it and dropped. Each step waits for a turn of the event loop, so that a document's check
 * or a request queued meanwhile is not delayed by more than one step. It does not wait for a
 * document to be checked, so that a hover sent as soon as a document's diagnostics arrive does
 * not wait behind it. Without an index, it runs once a localized document's diagnostics are
 * published, on that document. It changes nothing the user sees.
 */
export class HoverWarmUp {
  private done = false;
  private running = false;

  constructor(
    private readonly documents: { get(uri: string): TextDocumentLike | undefined },
    private readonly service: WarmUpService,
    /** Fires with a document's URI once its diagnostics were published. */
    onDidCheck: Event<string>,
    /** Reads a file of the workspace. */
    private readonly readText: ((uri: string) => Promise<string | undefined>) | undefined,
    private readonly logger: Logger,
  ) {
    const index = service.index;
    if (index && readText) index.onDidLearn(() => void this.runOnIndexed());
    else onDidCheck((uri) => void this.runOnOpen(uri));
  }

  /** On an indexed translation that is not open. */
  private async runOnIndexed(): Promise<void> {
    if (this.done || this.running) return;
    this.running = true;
    this.done = true;
    const uri = this.candidate();
    try {
      const text = uri && (await this.readText?.(uri));
      // Opened meanwhile: the editor's document is the one its requests read.
      if (!uri || text === undefined || this.documents.get(uri)) return;
      const document: TextDocumentLike = { uri, version: 0, getText: () => text };
      await nextTurn();
      // Its versions read and aligned with it, as its check does: the hover shows them.
      await this.service.segmentChanges(document);
      for (const segment of spread(this.withSource(document), INDEXED_HOVERS)) {
        await nextTurn();
        if (this.documents.get(uri)) return;
        this.service.hover(document, segment.translation.content.range.start);
      }
    } catch (e) {
      this.logger.error(`hover warm-up: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (uri && !this.documents.get(uri)) this.service.close(uri);
      this.running = false;
    }
  }

  /** The largest translation (by segments, within bounds) with another version, not open in an editor. */
  private candidate(): string | undefined {
    const index = this.service.index;
    if (!index) return undefined;
    let looked = 0;
    let best: { uri: string; segments: number } | undefined;
    for (const entry of index.documents()) {
      if (++looked > MAX_CANDIDATES) break;
      const n = entry.segments.length;
      if (entry.english || n < MIN_SEGMENTS || n > MAX_SEGMENTS || n <= (best?.segments ?? 0) || this.documents.get(entry.uri)) continue;
      if (index.versionsOf(entry.uri).length > 1) best = { uri: entry.uri, segments: n };
    }
    return best?.uri;
  }

  /** On an open document, once it was checked (without a locale index). */
  private async runOnOpen(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    const index = this.service.index;
    if (this.done || this.running || !document || (index && !index.learned)) return;
    this.running = true;
    try {
      if (!this.service.isLocalized(document)) return;
      if (!this.service.model(document).segments.some((s) => s.source)) return;
      this.done = true;
      await this.service.readVersions(document);
      // The document may have changed or closed meanwhile: the hover reads what is open now.
      const now = this.documents.get(uri);
      if (now) this.hoverOn(now);
    } catch (e) {
      this.done = true;
      this.logger.error(`hover warm-up: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.running = false;
    }
  }

  private withSource(document: TextDocumentLike): Segment[] {
    return this.service.model(document).segments.filter((s) => s.source);
  }

  private hoverOn(document: TextDocumentLike): void {
    // The first segment is often a title; one in the middle goes the way most hovers go.
    for (const segment of spread(this.withSource(document), 2)) this.service.hover(document, segment.translation.content.range.start);
  }
}

/** At most `n` of the items, spread evenly from the first on (the first and the middle for two). */
function spread<T>(items: readonly T[], n: number): T[] {
  const picked = new Set<T>();
  for (let k = 0; k < n && items.length; k++) picked.add(items[Math.floor((k * items.length) / n)]);
  return [...picked];
}
