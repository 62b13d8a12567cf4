import type { SxsDocument } from '../model';
import type { FileChange } from '../workspace';
import { findMarkdownFiles, type PlacedFile } from './discovery';
import { sourceFileHash } from './hashing';
import { chooseReference, hasParagraphRun, indexEnglish, indexTranslation, type IndexedDocument } from './indexedDocument';
import type { IndexStore } from './indexStore';
import { isIgnoredFolder, isMarkdownPath, SOURCE_LOCALE, type DocumentPlace, type LocaleLayout } from './layout';
import type { IndexChange, LocaleIndexOptions } from './localeIndexOptions';

/**
 * Keeps the index current, one changed file at a time: a translation is read again; a new
 * document looks for its English source; an English source is hashed and its segments
 * located again; a deleted folder takes its entries with it; a folder that appears is listed.
 */
export class IndexUpdates {
  constructor(
    private readonly store: IndexStore,
    private readonly options: LocaleIndexOptions,
    private readonly layout: () => LocaleLayout,
    private readonly stamp: () => number,
  ) {}

  /** (Re)indexes an English source file, its table following the translation made from it. */
  async indexEnglishFile(file: PlacedFile): Promise<void> {
    const model = await this.options.load(file.uri);
    if (!model) {
      this.store.remove(file.uri);
      return;
    }
    const contentHash = await sourceFileHash(model.text);
    const reference = chooseReference(this.store.versions(file.place.key), contentHash);
    const referenceModel = reference ? await this.options.load(reference.uri) : undefined;
    this.store.put(indexEnglish(file.uri, file.place, model, contentHash, referenceModel, this.stamp()));
    this.store.setReference(file.place.key, reference && referenceModel ? { uri: reference.uri, stamp: reference.stamp } : undefined);
  }

  /** Applies one file's change, noting in `change` the documents and locales it touched. */
  async apply(uri: string, type: FileChange['type'], change: IndexChange): Promise<void> {
    const touched = (doc: { key: string; locale: string } | undefined) => {
      if (!doc) return;
      (change.keys as Set<string>).add(doc.key);
      (change.locales as Set<string>).add(doc.locale);
    };
    if (type === 'deleted') {
      for (const doc of this.store.under(uri)) touched(this.store.remove(doc.uri));
      return;
    }
    if (this.isIgnored(uri)) return;
    if (!isMarkdownPath(uri)) {
      // A folder that appeared (created, or moved here): index what is in it.
      if (type === 'created' && (await this.options.workspace.stat(uri))?.isDirectory) {
        for (const file of await findMarkdownFiles(this.options.workspace, [uri])) await this.apply(file, 'created', change);
      }
      return;
    }
    const place = this.layout().localizedPlace(uri);
    if (place && !place.english) {
      const isNewDocument = !this.store.hasKey(place.key);
      const model = await this.options.load(uri);
      touched(model ? await this.indexTranslationModel(uri, place, model) : this.store.remove(uri));
      if (isNewDocument && model) await this.findEnglish(uri, place, change);
      return;
    }
    const hasTranslations = (k: string) => this.store.versions(k).some((v) => !v.english);
    const key = place ? (hasTranslations(place.key) ? place.key : undefined) : this.layout().englishKeys(uri).find(hasTranslations);
    if (!key) {
      touched(this.store.remove(uri));
      return;
    }
    await this.indexEnglishFile({ uri, place: { key, locale: place?.locale ?? SOURCE_LOCALE, english: true } });
    touched(this.store.get(uri));
  }

  private async indexTranslationModel(uri: string, place: DocumentPlace, model: SxsDocument): Promise<IndexedDocument> {
    // Only consecutive paragraph segments need the other versions (to split their run); that is rare.
    const others = hasParagraphRun(model)
      ? (await Promise.all(this.store.versions(place.key).filter((v) => !v.english && v.uri !== uri).map((v) => this.options.load(v.uri)))).filter((m): m is SxsDocument => !!m)
      : [];
    const doc = indexTranslation(uri, place, model, this.stamp(), others, this.options.hashes?.of(uri, model));
    this.store.put(doc);
    return doc;
  }

  /** For a document that just appeared: its English source, if one is at a conventional place. */
  private async findEnglish(uri: string, place: DocumentPlace, change: IndexChange): Promise<void> {
    if (this.store.versions(place.key).some((v) => v.english)) return;
    for (const candidate of this.layout().englishCandidates(uri)) {
      const stat = await this.options.workspace.stat(candidate);
      if (stat && !stat.isDirectory) {
        await this.indexEnglishFile({ uri: candidate, place: { key: place.key, locale: SOURCE_LOCALE, english: true } });
        (change.keys as Set<string>).add(place.key);
        return;
      }
    }
  }

  /** Re-derives the English entry's table when the translation it follows changed or is gone. */
  async refreshEnglish(key: string): Promise<void> {
    const versions = this.store.versions(key);
    const english = versions.find((v) => v.english);
    if (!english?.contentHash) return;
    const reference = chooseReference(versions, english.contentHash);
    const used = this.store.reference(key);
    if (reference?.uri === used?.uri && reference?.stamp === used?.stamp) return;
    await this.indexEnglishFile({ uri: english.uri, place: { key, locale: english.locale, english: true } });
  }

  /** Under a folder the build does not look into (`.git`, `node_modules`): file watchers report those too. */
  private isIgnored(uri: string): boolean {
    const folder = this.options.workspace.folders.find((f) => uri.startsWith(`${f}/`));
    const rel = folder ? uri.slice(folder.length + 1) : uri;
    return rel.split('/').some((part) => isIgnoredFolder(decodeURIComponent(part)));
  }
}
