import type { SxsDocument } from '../model';
import type { PlacedFile } from './discovery';
import { sourceFileHash } from './hashing';
import { chooseReference, hasParagraphRun, indexEnglish, indexTranslation, type IndexedDocument } from './indexedDocument';

/** The versions of one document, read and parsed. */
export interface LoadedGroup {
  readonly translations: readonly { readonly file: PlacedFile; readonly model: SxsDocument }[];
  readonly english?: { readonly file: PlacedFile; readonly model: SxsDocument };
}

/** The entries of one document's versions, and the translation the English entry's table follows. */
export interface GroupEntries {
  readonly translations: readonly IndexedDocument[];
  readonly english?: IndexedDocument;
  readonly reference?: string;
}

/**
 * Indexes the versions of one document from their parsed texts: each translation (runs of
 * paragraph segments split by the others' English), then the English source, whose table
 * follows the translation made from it. Pure: the server runs it on its own thread and on
 * worker threads alike.
 */
export async function indexLoadedGroup(group: LoadedGroup, stamp: () => number): Promise<GroupEntries> {
  const models = group.translations.map((t) => t.model);
  const translations = group.translations.map(({ file, model }) => indexTranslation(file.uri, file.place, model, stamp(), hasParagraphRun(model) ? models.filter((m) => m !== model) : []));
  if (!group.english) return { translations };
  const { file, model } = group.english;
  const contentHash = await sourceFileHash(model.text);
  const reference = chooseReference(translations, contentHash);
  const referenceModel = reference && group.translations.find((t) => t.file.uri === reference.uri)?.model;
  return { translations, english: indexEnglish(file.uri, file.place, model, contentHash, referenceModel, stamp()), reference: referenceModel ? reference.uri : undefined };
}
