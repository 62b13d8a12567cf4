import type { CancellationTokenLike, IWorkspace } from '../workspace';
import { childUri, isIgnoredFolder, isMarkdownPath, SOURCE_LOCALE, type DocumentPlace, type LocaleLayout } from './layout';

/** A file and its place. */
export interface PlacedFile {
  readonly uri: string;
  readonly place: DocumentPlace;
}

/** The files of one document: its locale versions and its English source, when there is one. */
export interface FileGroup {
  readonly key: string;
  readonly translations: PlacedFile[];
  english: PlacedFile | undefined;
}

/** How many folders are listed at once. */
const WALK_CONCURRENCY = 16;

/**
 * Every Markdown file under the folders (hidden folders and node_modules skipped), listed
 * through the workspace interface, several folders at a time.
 */
export async function findMarkdownFiles(workspace: IWorkspace, folders: readonly string[], token?: CancellationTokenLike): Promise<string[]> {
  const files: string[] = [];
  const queue = [...folders];
  const worker = async () => {
    for (let dir = queue.pop(); dir !== undefined && !token?.isCancellationRequested; dir = queue.pop()) {
      for (const entry of await workspace.readDirectory(dir)) {
        if (entry.isDirectory) {
          if (!isIgnoredFolder(entry.name)) queue.push(childUri(dir, entry.name));
        } else if (isMarkdownPath(entry.name)) {
          files.push(childUri(dir, entry.name));
        }
      }
    }
  };
  // Workers stop when the queue is empty for them; restart until no folder is left (others may have queued more).
  while (queue.length && !token?.isCancellationRequested) {
    await Promise.all(Array.from({ length: Math.min(WALK_CONCURRENCY, queue.length) }, worker));
  }
  return files.sort();
}

/**
 * Sorts files into documents: each file whose path (or a configured root) names a locale
 * joins its counterpart key; each document then takes as its English source the first of
 * its conventional English paths that is among the files. Documents with no translation
 * are left out (an English-only file has no counterparts).
 */
export function groupFiles(layout: LocaleLayout, files: readonly string[]): FileGroup[] {
  const groups = new Map<string, FileGroup>();
  const englishByPath: PlacedFile[] = [];
  for (const uri of files) {
    const place = layout.localizedPlace(uri);
    if (!place) continue;
    if (place.english) {
      englishByPath.push({ uri, place });
      continue;
    }
    let group = groups.get(place.key);
    if (!group) groups.set(place.key, (group = { key: place.key, translations: [], english: undefined }));
    group.translations.push({ uri, place });
  }
  for (const file of englishByPath) {
    const group = groups.get(file.place.key);
    if (group && !group.english) group.english = file;
  }
  const present = new Set(files);
  for (const group of groups.values()) {
    if (group.english) continue;
    const uri = layout.englishCandidates(group.translations[0].uri).find((c) => present.has(c));
    if (uri) group.english = { uri, place: { key: group.key, locale: SOURCE_LOCALE, english: true } };
  }
  return [...groups.values()];
}
