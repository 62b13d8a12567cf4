import { URI, Utils } from 'vscode-uri';
import type { TermFiles } from './termResources';

/** The lowest match % offered when the setting does not say. */
export const DEFAULT_MINIMUM_MATCH = 70;

/** `sxsDocs.memory.minimumMatch`, kept between 50 and 100. */
export function minimumMatchFrom(section: unknown): number {
  const memory = section && typeof section === 'object' ? (section as Record<string, unknown>).memory : undefined;
  const value = memory && typeof memory === 'object' ? (memory as Record<string, unknown>).minimumMatch : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(50, Math.min(100, Math.round(value))) : DEFAULT_MINIMUM_MATCH;
}

/**
 * The files of `sxsDocs.terminology.glossaries` (TBX or CSV) and `sxsDocs.memory.files` (TMX)
 * as URIs: paths relative to the (first) workspace folder, or absolute.
 */
export function termFilesFrom(section: unknown, folders: readonly string[]): TermFiles {
  const o = section && typeof section === 'object' ? (section as Record<string, unknown>) : {};
  const list = (group: unknown, key: string): string[] => {
    const raw = group && typeof group === 'object' ? (group as Record<string, unknown>)[key] : undefined;
    return Array.isArray(raw) ? raw.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
  };
  const resolve = (paths: readonly string[]) =>
    [
      ...new Set(
        paths.flatMap((p) => {
          const trimmed = p.trim();
          if (/^([A-Za-z]:)?[\\/]/.test(trimmed)) return [URI.file(trimmed).toString()];
          return folders.slice(0, 1).map((f) => Utils.joinPath(URI.parse(f), trimmed.replace(/\\/g, '/')).toString());
        }),
      ),
    ];
  return { glossaries: resolve(list(o.terminology, 'glossaries')), memories: resolve(list(o.memory, 'files')) };
}
