import { URI, Utils } from 'vscode-uri';
import { normalizeLocale } from '../locale';
import type { LocaleRoot } from './layout';

/** The setting that names locale roots, under the `sxsDocs` section. */
export const LOCALE_ROOTS_SETTING = 'localeRoots';

/**
 * Reads `sxsDocs.localeRoots` of one workspace folder: an object from folder path (relative
 * to the workspace folder, or absolute) to locale. Entries with an unknown locale are left out.
 */
export function localeRootsFrom(raw: unknown, folderUri: string): LocaleRoot[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const folder = URI.parse(folderUri);
  const roots: LocaleRoot[] = [];
  for (const [path, value] of Object.entries(raw as Record<string, unknown>)) {
    const locale = typeof value === 'string' ? normalizeLocale(value) : undefined;
    const trimmed = path.trim().replace(/[\\/]+$/, '');
    if (!locale || !trimmed) continue;
    const absolute = /^([A-Za-z]:)?[\\/]/.test(trimmed);
    const uri = absolute ? URI.file(trimmed) : Utils.joinPath(folder, trimmed.replace(/\\/g, '/'));
    roots.push({ uri: uri.toString(), locale });
  }
  return roots;
}
