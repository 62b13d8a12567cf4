import { URI, Utils } from 'vscode-uri';
import { isEnglish, normalizeLocale, parsePathLocale } from '../locale';

/** Where a file stands among the locale versions of a documentation set. */
export interface DocumentPlace {
  /**
   * The counterpart key: the same for every locale version of one document, and for its
   * English source (`r|contoso-docs|articles/a.md` for sibling repositories, `f|…` for
   * locale folders, `s|…` for locale suffixes, `x|…` for roots named in the settings).
   */
  readonly key: string;
  /** The locale the path names (`de-DE`); `en-US` for an English source without one. */
  readonly locale: string;
  readonly english: boolean;
}

/** A folder whose files are one locale's versions, named in the settings (for layouts the conventions do not cover). */
export interface LocaleRoot {
  readonly uri: string;
  readonly locale: string;
}

/** The locale of an English source whose path names none. */
export const SOURCE_LOCALE = 'en-US';

const MARKDOWN = /\.(md|markdown)$/i;

/** True for a Markdown file name. */
export function isMarkdownPath(path: string): boolean {
  return MARKDOWN.test(path);
}

/** A folder the index never looks into: hidden folders (`.git`) and `node_modules`. */
export function isIgnoredFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * The layout conventions of localized docs (FORMAT.md, "Counterparts"), as pure functions of
 * URIs: sibling repositories `<docset>-pr.<locale>` / `<docset>.<locale>` (with the English
 * in `<docset>` or `<docset>-pr`), locale folders `docs/de-de/…` (English in `docs/en-us/…`
 * or `docs/…`), locale suffixes `page.de-DE.md` (English `page.md`), and roots named in the
 * settings. Paths are read from each workspace folder's own name down, so a locale in a
 * folder above the workspace does not count.
 */
export class LocaleLayout {
  private readonly folders: readonly string[];
  private readonly roots: readonly LocaleRoot[];

  constructor(folders: readonly string[], roots: readonly LocaleRoot[] = []) {
    this.folders = folders.map(trimSlash).sort((a, b) => b.length - a.length);
    this.roots = roots
      .map((r) => ({ uri: trimSlash(r.uri), locale: normalizeLocale(r.locale) ?? r.locale }))
      .sort((a, b) => b.uri.length - a.uri.length);
  }

  /** The place of a file whose path (or a configured root) names its locale; undefined otherwise. */
  localizedPlace(uri: string): DocumentPlace | undefined {
    if (!isMarkdownPath(uri)) return undefined;
    const root = this.roots.find((r) => uri.startsWith(`${r.uri}/`));
    if (root) return { key: `x|${uri.slice(root.uri.length + 1)}`, locale: root.locale, english: isEnglish(root.locale) };
    const { base, sub } = this.split(uri);
    const found = parsePathLocale(sub);
    if (!found) return undefined;
    const english = isEnglish(found.locale);
    const rel = sub.slice(found.root.length + 1);
    switch (found.layout) {
      case 'suffix': {
        const name = sub.slice(sub.lastIndexOf('/') + 1).replace(/\.[^.]+(\.(?:md|markdown))$/i, '$1');
        return { key: `s|${base}${found.root ? `${found.root}/` : ''}${name}`, locale: found.locale, english };
      }
      case 'folder':
        return { key: `f|${base}${parentOf(found.root)}|${rel}`, locale: found.locale, english };
      case 'repo':
        return { key: `r|${(found.docset ?? '').toLowerCase()}|${rel}`, locale: found.locale, english };
    }
  }

  /**
   * Where the English source of a localized file can be, by the conventions, most likely
   * first. The caller keeps the first that exists.
   */
  englishCandidates(uri: string): string[] {
    const out: string[] = [];
    const root = this.roots.find((r) => uri.startsWith(`${r.uri}/`));
    if (root) {
      const rel = uri.slice(root.uri.length + 1);
      for (const r of this.roots) if (isEnglish(r.locale)) out.push(`${r.uri}/${rel}`);
      return out;
    }
    const { base, sub } = this.split(uri);
    const found = parsePathLocale(sub);
    if (!found) return out;
    const rel = sub.slice(found.root.length + 1);
    if (found.layout === 'suffix') {
      const dir = `${base}${found.root ? `${found.root}/` : ''}`;
      const name = sub.slice(sub.lastIndexOf('/') + 1);
      const m = /^(.+)\.[^.]+(\.(?:md|markdown))$/i.exec(name);
      if (m) out.push(`${dir}${m[1]}${m[2]}`, `${dir}${m[1]}.en-US${m[2]}`, `${dir}${m[1]}.en-us${m[2]}`);
    } else if (found.layout === 'folder') {
      const parent = parentOf(found.root);
      const dir = `${base}${parent ? `${parent}/` : ''}`;
      out.push(`${dir}en-us/${rel}`, `${dir}en-US/${rel}`, `${dir}${rel}`);
    } else {
      const parent = parentOf(found.root);
      const dir = `${base}${parent ? `${parent}/` : ''}`;
      const docset = found.docset ?? '';
      for (const name of [docset, `${docset}-pr`, `${docset}.en-us`, `${docset}-pr.en-us`, `${docset}.en-US`, `${docset}-pr.en-US`]) out.push(`${dir}${name}/${rel}`);
      // In a multi-root workspace the English repository can be a folder anywhere.
      for (const folder of this.folders) {
        const name = folder.slice(folder.lastIndexOf('/') + 1).toLowerCase();
        if (name === docset.toLowerCase() || name === `${docset.toLowerCase()}-pr`) out.push(`${folder}/${rel}`);
      }
    }
    return [...new Set(out)].filter((c) => c !== uri);
  }

  /**
   * The counterpart keys under which a file whose path names no locale would be the English
   * source, nearest layout first: the reverse of {@link englishCandidates}, for a file that
   * appears after the index was built.
   */
  englishKeys(uri: string): string[] {
    if (!isMarkdownPath(uri)) return [];
    const root = this.roots.find((r) => uri.startsWith(`${r.uri}/`));
    if (root) return isEnglish(root.locale) ? [`x|${uri.slice(root.uri.length + 1)}`] : [];
    const { base, sub } = this.split(uri);
    const keys = [`s|${base}${sub}`];
    const parts = sub.split('/');
    for (let i = parts.length - 2; i >= 0; i--) {
      const dir = parts.slice(0, i + 1).join('/');
      const rel = parts.slice(i + 1).join('/');
      keys.push(`f|${base}${dir}|${rel}`);
      const name = parts[i].toLowerCase();
      keys.push(`r|${name}|${rel}`);
      if (name.endsWith('-pr')) keys.push(`r|${name.slice(0, -3)}|${rel}`);
    }
    return keys;
  }

  /** The URI cut into the part above the workspace folder and the path from the folder's name down. */
  private split(uri: string): { base: string; sub: string } {
    const folder = this.folders.find((f) => uri.startsWith(`${f}/`));
    if (folder) {
      const cut = folder.lastIndexOf('/') + 1;
      return { base: uri.slice(0, cut), sub: uri.slice(cut) };
    }
    // A file outside the workspace: read its whole path.
    const parsed = URI.parse(uri);
    const prefix = uri.slice(0, uri.length - parsed.path.length);
    return { base: `${prefix}/`, sub: uri.slice(prefix.length + 1) };
  }
}

/** The URI of a child of a folder, encoded as `vscode-uri` encodes it. */
export function childUri(folder: string, name: string): string {
  return Utils.joinPath(URI.parse(folder), name).toString();
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

function trimSlash(uri: string): string {
  return uri.endsWith('/') ? uri.slice(0, -1) : uri;
}
