import type { SxsDocument } from '../model';
import { normalizeUri } from '../uri';
import { Emitter, type CancellationTokenLike, type Disposable, type Event, type FileChange } from '../workspace';
import { findMarkdownFiles, groupFiles, type FileGroup, type PlacedFile } from './discovery';
import { indexLoadedGroup, type GroupEntries } from './groupIndexing';
import type { IndexedDocument } from './indexedDocument';
import type { TermStats } from '../terms/termStats';
import type { TranslationMemory } from '../memory/translationMemory';
import { IndexStore } from './indexStore';
import { IndexUpdates } from './indexUpdates';
import { LocaleLayout, SOURCE_LOCALE, type DocumentPlace } from './layout';
import type { IndexChange, LocaleIndexOptions } from './localeIndexOptions';

export type { IndexChange, LocaleIndexOptions };

/** `building` until the first build ends; `cancelled` when the user stopped it (the index then holds what was read). */
export type IndexState = 'idle' | 'building' | 'ready' | 'cancelled';

export interface IndexProgress {
  readonly state: IndexState;
  /** Files read so far, and the number found. */
  readonly indexed: number;
  readonly total: number;
}

export interface IndexStats {
  readonly documents: number;
  readonly documentsWithEnglish: number;
  readonly segments: number;
  /** Bytes of segment tables. */
  readonly segmentBytes: number;
  /** Milliseconds the last complete build took. */
  readonly buildMs: number | undefined;
}

/** Documents per batch handed to this thread or another. */
const BATCH = 40;
/** The build gives other messages (requests, edits) a turn at least this often, in milliseconds. */
const YIELD_EVERY_MS = 15;

/**
 * Lets queued events run: a workspace that reads files synchronously would otherwise never
 * give way. `setImmediate` where the platform has it (Node): `setTimeout` waits a millisecond
 * or more each time, which adds up over a build.
 */
function yieldToEventLoop(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}

/** Files in a document's group. */
function groupSize(group: FileGroup): number {
  return group.translations.length + (group.english ? 1 : 0);
}

/**
 * The locale index: every locale version of every document of the workspace, as compact
 * entries (keys and segment tables, no texts). Built once in the background, with progress
 * and cancellation; then kept current from the workspace's change events. Nothing here
 * scans the workspace on a query: queries read the tables.
 */
export class LocaleIndex implements Disposable {
  private readonly store: IndexStore;

  /** What the indexed translations do with their English's names and words. */
  get terms(): TermStats {
    return this.store.terms;
  }

  /**
   * Every translated segment of the indexed documents with its English. Filled after the
   * build is ready, as the index learns ({@link learned}); {@link rememberNow} completes a
   * locale's part at once.
   */
  get memory(): TranslationMemory {
    return this.store.memory;
  }

  /**
   * True when the term statistics and the translation memory hold every indexed document: the
   * build is over (ready, or stopped by the user) and has learned from what it read. A build
   * says `ready` once the documents' entries are in (what the checks across locales read),
   * and learns after that, in the background.
   */
  get learned(): boolean {
    return (this.currentState === 'ready' || this.currentState === 'cancelled') && this.store.unlearnedCount === 0;
  }

  /**
   * Completes the translation memory's part of a locale at once, while the index is still
   * learning: a lookup in that locale then finds every pair the index read.
   */
  rememberNow(locale: string): void {
    this.store.rememberLocale(locale);
  }

  private layout: LocaleLayout;
  private generation = 0;
  /** Counts builds (a cancelled build keeps its number): the learning that follows a build stops when another starts. */
  private run = 0;
  private currentState: IndexState = 'idle';
  private progressCount = { indexed: 0, total: 0 };
  private building: Promise<void> | undefined;
  private lastBuildMs: number | undefined;
  private stampCounter = 0;
  private readonly pending = new Map<string, FileChange['type']>();
  private draining: Promise<void> | undefined;
  private learning: Promise<void> | undefined;
  private learnedRun = 0;
  private readonly changeEmitter = new Emitter<IndexChange>();
  private readonly progressEmitter = new Emitter<IndexProgress>();
  private readonly learnEmitter = new Emitter<void>();
  private readonly subscriptions: Disposable[];
  private readonly updates: IndexUpdates;

  /** After entries were added, changed or removed. */
  readonly onDidChange: Event<IndexChange> = this.changeEmitter.event;
  /** While building, and when a build starts or ends. */
  readonly onDidProgress: Event<IndexProgress> = this.progressEmitter.event;
  /** When the index has {@link learned} from every document of a build (an {@link onDidChange} of every document comes with it). */
  readonly onDidLearn: Event<void> = this.learnEmitter.event;

  constructor(private readonly options: LocaleIndexOptions) {
    this.store = new IndexStore(options.translationMemory ?? true);
    this.layout = new LocaleLayout(options.workspace.folders);
    this.updates = new IndexUpdates(this.store, options, () => this.layout, () => ++this.stampCounter);
    this.subscriptions = [
      options.workspace.onDidChangeFiles((changes) => this.enqueue(changes)),
      options.workspace.onDidChangeFolders(() => void this.build()),
    ];
  }

  get state(): IndexState {
    return this.currentState;
  }

  get progress(): IndexProgress {
    return { state: this.currentState, ...this.progressCount };
  }

  /** The entry of a file, if indexed. */
  document(uri: string): IndexedDocument | undefined {
    return this.store.get(normalizeUri(uri));
  }

  /** Every indexed version of the document the file is a version of (itself included), English first. */
  versionsOf(uri: string): readonly IndexedDocument[] {
    const key = this.placeOf(uri)?.key;
    return key ? this.store.versions(key) : [];
  }

  /** Where a file stands, indexed or not (an unsaved new file, say). */
  placeOf(spelled: string): DocumentPlace | undefined {
    const uri = normalizeUri(spelled);
    const doc = this.store.get(uri);
    if (doc) return { key: doc.key, locale: doc.locale, english: doc.english };
    const place = this.layout.localizedPlace(uri);
    if (place) return place;
    const key = this.layout.englishKeys(uri).find((k) => this.store.hasKey(k));
    return key ? { key, locale: SOURCE_LOCALE, english: true } : undefined;
  }

  /** Every indexed version of a document, by its counterpart key. */
  versionsOfKey(key: string): readonly IndexedDocument[] {
    return this.store.versions(key);
  }

  /** Every entry; for the checks that look across a locale. */
  documents(): IterableIterator<IndexedDocument> {
    return this.store.all();
  }

  stats(): IndexStats {
    let segments = 0;
    let segmentBytes = 0;
    let withEnglish = 0;
    for (const doc of this.store.all()) {
      segments += doc.english ? 0 : doc.segments.length;
      segmentBytes += doc.segments.byteLength;
      if (doc.english) withEnglish++;
    }
    return { documents: this.store.size, documentsWithEnglish: withEnglish, segments, segmentBytes, buildMs: this.lastBuildMs };
  }

  /**
   * (Re)builds the index from the workspace: lists the folders, groups the files by
   * document and reads each; the index is then `ready`. It then learns from what it read (the
   * term statistics and the translation memory), giving way to other messages as it goes.
   * Resolves when it has learned, or when cancelled; a new build cancels a running one.
   */
  build(): Promise<void> {
    const generation = ++this.generation;
    const run = ++this.run;
    const isCurrent = () => generation === this.generation;
    const token: CancellationTokenLike = {
      get isCancellationRequested() {
        return !isCurrent();
      },
    };
    const started = this.runBuild(token).catch((e) => this.log(`Building the locale index failed: ${e instanceof Error ? e.message : String(e)}`));
    const building: Promise<void> = started.finally(() => {
      if (run === this.run) this.store.deferLearning = false;
      if (this.building === building) this.building = undefined;
      void this.drain();
    });
    this.building = building;
    // What a build read is learned from even when the user stopped it: it is what the index holds.
    const learning: Promise<void> = building
      .then(() => this.learnFrom(run))
      .catch((e) => this.log(`Learning from the locale index failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        if (this.learning === learning) this.learning = undefined;
      });
    this.learning = learning;
    return learning;
  }

  /** Learns from the entries the build put, a few at a time, while no other build has started. */
  private async learnFrom(run: number): Promise<void> {
    let lastYield = Date.now();
    let learnedAny = false;
    while (run === this.run && this.store.learnNext()) {
      learnedAny = true;
      if (Date.now() - lastYield > YIELD_EVERY_MS) {
        await yieldToEventLoop();
        lastYield = Date.now();
      }
    }
    if (run === this.run && this.learned) this.didLearn(run, learnedAny);
  }

  /**
   * Says, once per build, that the index has learned. `changed`: it learned something, and what
   * the checks learn from the workspace may change anything they found in any document.
   */
  private didLearn(run: number, changed: boolean): void {
    if (this.learnedRun === run) return;
    this.learnedRun = run;
    if (changed) this.fireAll();
    this.learnEmitter.fire();
  }

  /** Stops a running build; what was read stays indexed. */
  cancel(): void {
    if (this.currentState !== 'building') return;
    this.generation++;
    this.setState('cancelled');
  }

  /** Resolves when no build and no change is being processed. */
  async whenIdle(): Promise<void> {
    while (this.building || this.draining || this.learning) await (this.building ?? this.draining ?? this.learning);
  }

  dispose(): void {
    this.generation++;
    this.run++;
    for (const s of this.subscriptions) s.dispose();
    this.changeEmitter.dispose();
    this.progressEmitter.dispose();
    this.learnEmitter.dispose();
  }

  private async runBuild(token: CancellationTokenLike): Promise<void> {
    const started = Date.now();
    this.progressCount = { indexed: 0, total: 0 };
    this.setState('building');
    const roots = (await this.options.roots?.()) ?? [];
    this.layout = new LocaleLayout(this.options.workspace.folders, roots);
    const files = await findMarkdownFiles(this.options.workspace, this.options.workspace.folders, token);
    if (token.isCancellationRequested) return;
    const groups = groupFiles(this.layout, files);
    this.store.clear();
    this.store.deferLearning = !this.options.learnAsRead;
    this.progressCount = { indexed: 0, total: groups.reduce((n, g) => n + groupSize(g), 0) };
    this.progressEmitter.fire(this.progress);
    await this.indexGroups(groups, token);
    if (token.isCancellationRequested) {
      // Stopped by the user (not replaced by a new build): what was read is usable.
      if (this.currentState === 'cancelled') this.fireAll();
      return;
    }
    this.lastBuildMs = Date.now() - started;
    this.setState('ready');
    this.fireAll();
  }

  private fireAll(): void {
    const keys = new Set<string>();
    const locales = new Set<string>();
    for (const doc of this.store.all()) {
      keys.add(doc.key);
      locales.add(doc.locale);
    }
    this.changeEmitter.fire({ keys, locales });
  }

  /**
   * Indexes the documents in batches, on this thread and (with a bulk indexer) on others at
   * the same time. Documents open in the editor stay on this thread, which reads their
   * unsaved text. This thread gives way to other messages every few milliseconds.
   */
  private async indexGroups(groups: readonly FileGroup[], token: CancellationTokenLike): Promise<void> {
    const isOpen = (g: FileGroup) => [...g.translations, ...(g.english ? [g.english] : [])].some((f) => this.options.workspace.openDocument(f.uri));
    const local: FileGroup[] = groups.filter(isOpen);
    const queue: FileGroup[][] = [];
    const shared = groups.filter((g) => !isOpen(g));
    for (let i = 0; i < shared.length; i += BATCH) queue.push(shared.slice(i, i + BATCH));
    const step = Math.max(50, Math.ceil(this.progressCount.total / 100));
    let nextReport = step;
    const counted = (files: number) => {
      this.progressCount.indexed += files;
      if (this.progressCount.indexed < nextReport) return;
      nextReport = this.progressCount.indexed + step;
      this.progressEmitter.fire(this.progress);
    };
    const next = () => (token.isCancellationRequested ? undefined : queue.shift());
    const bulk = this.options.bulk?.run(
      next,
      (entries) => {
        if (token.isCancellationRequested) return;
        for (const e of entries) this.accept(e);
        counted(entries.reduce((n, e) => n + e.translations.length + (e.english ? 1 : 0), 0));
      },
      (batch) => queue.push([...batch]),
    );
    let lastYield = Date.now();
    const mine = async () => {
      for (let batch: readonly FileGroup[] | undefined = local.splice(0); batch; batch = next()) {
        for (const group of batch) {
          if (token.isCancellationRequested) return;
          await this.indexGroup(group, token);
          counted(groupSize(group));
          if (Date.now() - lastYield > YIELD_EVERY_MS) {
            await yieldToEventLoop();
            lastYield = Date.now();
          }
        }
      }
    };
    await Promise.all([mine(), bulk?.catch((e) => this.log(`Indexing on other threads failed: ${e instanceof Error ? e.message : String(e)}`))]);
    // What another thread gave back after this thread ran out of work.
    if (queue.length && !token.isCancellationRequested) await mine();
  }

  /** Reads the versions of one document, then its English (whose table follows one of them). */
  private async indexGroup(group: FileGroup, token: CancellationTokenLike): Promise<void> {
    const load = async (file: PlacedFile) => {
      const model = await this.options.load(file.uri);
      return model && { file, model };
    };
    const translations = (await Promise.all(group.translations.map(load))).filter((t): t is { file: PlacedFile; model: SxsDocument } => !!t);
    const english = group.english && (await load(group.english));
    if (token.isCancellationRequested) return;
    this.accept(await indexLoadedGroup({ translations, english }, () => 0));
  }

  /** Stores a document's entries, stamped here (whatever thread made them). */
  private accept(entries: GroupEntries): void {
    const stamped = (d: IndexedDocument) => ({ ...d, stamp: ++this.stampCounter });
    const translations = entries.translations.map(stamped);
    for (const t of translations) this.store.put(t);
    if (!entries.english) return;
    this.store.put(stamped(entries.english));
    const reference = translations.find((t) => t.uri === entries.reference);
    this.store.setReference(entries.english.key, reference && { uri: reference.uri, stamp: reference.stamp });
  }

  private enqueue(changes: readonly FileChange[]): void {
    for (const change of changes) this.pending.set(normalizeUri(change.uri), change.type);
    if (!this.building) void this.drain();
  }

  /** Applies queued changes, a batch at a time, and says what changed. */
  private drain(): Promise<void> {
    if (this.draining || this.building) return this.draining ?? Promise.resolve();
    this.draining = (async () => {
      while (this.pending.size && !this.building) {
        const batch = [...this.pending];
        this.pending.clear();
        const change: IndexChange = { keys: new Set(), locales: new Set() };
        for (const [uri, type] of batch) {
          try {
            await this.updates.apply(uri, type, change);
          } catch (e) {
            this.log(`Updating the locale index for ${uri} failed: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
        for (const key of change.keys) await this.updates.refreshEnglish(key);
        if (change.keys.size) this.changeEmitter.fire(change);
      }
    })().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private setState(state: IndexState): void {
    this.currentState = state;
    this.progressEmitter.fire(this.progress);
  }

  private log(message: string): void {
    this.options.log?.(message);
  }
}
