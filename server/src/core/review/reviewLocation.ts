import { URI } from 'vscode-uri';
import { parsePathLocale } from '../locale';
import { REVIEW_FILE_NAME } from './reviewFile';

/** Where a document's review state is kept: the review file of its locale repository, and the document's path in it. */
export interface ReviewLocation {
  /** The review file's URI. */
  readonly file: string;
  /** The document's path from the folder that holds the review file, with `/`. */
  readonly path: string;
}

/**
 * The review file of a document: at the root of its locale repository (`docs-pr.de-DE/`) or
 * locale folder (`docs/de-de/`) when its path names one, else at the root of its workspace
 * folder (locale suffixes `page.de-DE.md` keep every locale in one repository). A document
 * outside the workspace has its review file beside it.
 */
export function reviewLocation(uri: string, folders: readonly string[]): ReviewLocation {
  const folder = [...folders].map((f) => f.replace(/\/$/, '')).sort((a, b) => b.length - a.length).find((f) => uri.startsWith(`${f}/`));
  const cut = folder ? folder.lastIndexOf('/') + 1 : uri.lastIndexOf('/') + 1;
  const base = uri.slice(0, cut);
  // From the workspace folder's own name down, as the locale index reads paths.
  const sub = uri.slice(cut);
  const found = parsePathLocale(decode(sub));
  let rootUri: string;
  if (found) {
    const root = found.layout !== 'suffix' ? found.root : folder ? folder.slice(cut) : '';
    rootUri = root ? `${base}${encodeRoot(sub, root)}` : base.replace(/\/$/, '');
  } else {
    // A workspace opened inside a locale repository (`docs-pr.de-DE/articles`): the repository above it.
    rootUri = repositoryAbove(uri) ?? folder ?? base.replace(/\/$/, '');
  }
  const path = decode(uri.slice(rootUri.length + 1));
  return { file: `${rootUri}/${REVIEW_FILE_NAME}`, path };
}

/** The locale repository or folder that a URI's whole path names, as an encoded URI prefix. */
function repositoryAbove(uri: string): string | undefined {
  const parsed = URI.parse(uri);
  const prefix = uri.slice(0, uri.length - parsed.path.length);
  const encodedPath = uri.slice(prefix.length);
  const found = parsePathLocale(decode(encodedPath.replace(/^\//, '')));
  if (!found || found.layout === 'suffix') return undefined;
  return `${prefix}/${encodeRoot(encodedPath.replace(/^\//, ''), found.root)}`;
}

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The encoded prefix of `sub` that decodes to `root` (whole path segments). */
function encodeRoot(sub: string, root: string): string {
  const parts = sub.split('/');
  const count = root.split('/').length;
  return parts.slice(0, count).join('/');
}

/** The URI of a review file as a file system path, for messages. */
export function reviewFileLabel(file: string): string {
  return URI.parse(file).path;
}
