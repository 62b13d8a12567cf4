/**
 * Fixture workspaces, one per layout of locale versions (FORMAT.md, "Counterparts"), each
 * holding the fixture document of localeFixtures.ts in English and three locales:
 * de-DE (current, HT), fi-FI (current, MT, with 104+105 joined in a -p101 paragraph
 * segment) and ro-RO (stale: an older hash, handed off earlier, with older English in 104).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CHECK_CONFIG, type CheckConfig } from '../../server/src/core/config';
import { sourceFileHash } from '../../server/src/core/index/hashing';
import { localeRootsFrom } from '../../server/src/core/index/localeRootsSetting';
import { createLanguageService, type LanguageService } from '../../server/src/core/languageService';
import { fileUri, InMemoryWorkspace } from './inMemoryWorkspace';
import { ENGLISH, version } from './localeFixtures';

/** The English of segment 104 before it changed: what the stale ro-RO version carries. */
export const OLD_104 = 'Notes are kept in the cloud.';
export const OLD_HASH = '9999999999999999999999999999999999999999';

/** The fixture's versions by locale, made from the English of the fixture (whose hash is given). */
export function versions(englishHash: string): Record<string, string> {
  return {
    'de-DE': version({ locale: 'de-DE', hash: englishHash, prefix: 'dddd1', handoff: '03/20/2024' }),
    'fi-FI': version({ locale: 'fi-FI', hash: englishHash, prefix: 'ffff1', type: 'MT', paragraph: true, handoff: '03/20/2024' }),
    'ro-RO': version({ locale: 'ro-RO', hash: OLD_HASH, prefix: 'eeee1', type: 'MT', handoff: '01/10/2024', english: { 104: OLD_104 } }),
  };
}

export type Layout = 'repos' | 'multi-root' | 'folders' | 'suffixes' | 'settings';

export interface LayoutWorkspace {
  readonly files: Record<string, string>;
  readonly folders: string[];
  /** Path of each version by locale (`en-US` for the English). */
  readonly paths: Record<string, string>;
  /** `sxsDocs.localeRoots` for the `settings` layout. */
  readonly roots?: Record<string, string>;
}

/** The fixture document laid out one way; `withEnglish: false` leaves the English source out. */
export async function layoutWorkspace(layout: Layout, withEnglish = true): Promise<LayoutWorkspace> {
  const hash = await sourceFileHash(ENGLISH);
  const byLocale = versions(hash);
  const place: Record<Layout, (locale: string) => string> = {
    repos: (l) => (l === 'en-US' ? '/ws/notes/guide/backup.md' : `/ws/notes-pr.${l}/guide/backup.md`),
    'multi-root': (l) => (l === 'en-US' ? '/src/notes/guide/backup.md' : `/loc/${l.toLowerCase()}/notes-pr.${l}/guide/backup.md`),
    folders: (l) => (l === 'en-US' ? '/ws/docs/en-us/guide/backup.md' : `/ws/docs/${l.toLowerCase()}/guide/backup.md`),
    suffixes: (l) => (l === 'en-US' ? '/ws/guide/backup.md' : `/ws/guide/backup.${l}.md`),
    settings: (l) => (l === 'en-US' ? '/ws/source/guide/backup.md' : `/ws/translations/${l === 'de-DE' ? 'german' : l === 'fi-FI' ? 'finnish' : 'romanian'}/guide/backup.md`),
  };
  const paths: Record<string, string> = {};
  const files: Record<string, string> = {};
  for (const [locale, text] of Object.entries(byLocale)) {
    paths[locale] = place[layout](locale);
    files[paths[locale]] = text;
  }
  if (withEnglish) {
    paths['en-US'] = place[layout]('en-US');
    files[paths['en-US']] = ENGLISH;
  }
  // A file that is no version of anything, which the index must leave out.
  files['/ws/README.md'] = '# Read me\n';
  const folders = layout === 'multi-root' ? ['/src/notes', ...['de-DE', 'fi-FI', 'ro-RO'].map((l) => `/loc/${l.toLowerCase()}/notes-pr.${l}`)] : ['/ws'];
  const roots = layout === 'settings' ? { 'translations/german': 'de-DE', 'translations/finnish': 'fi-FI', 'translations/romanian': 'ro-RO', source: 'en-US' } : undefined;
  return { files, folders, paths, roots };
}

/** A language service over an in-memory workspace, its index built. */
export async function indexedService(fixture: LayoutWorkspace, config: Partial<CheckConfig> = {}): Promise<{ service: LanguageService; workspace: InMemoryWorkspace }> {
  const workspace = new InMemoryWorkspace(fixture.files, fixture.folders);
  const service = createLanguageService({
    config: () => ({ ...DEFAULT_CHECK_CONFIG, ...config }),
    workspace,
    localeRoots: async () => (fixture.roots ? localeRootsFrom(fixture.roots, workspace.folders[0]) : []),
  });
  await service.index!.build();
  return { service, workspace };
}

/** An editor document for a path of the workspace, with the text it has there. */
export async function documentOf(workspace: InMemoryWorkspace, path: string, version = 1): Promise<TextDocument> {
  const uri = fileUri(path);
  return TextDocument.create(uri, 'markdown', version, (await workspace.readText(uri)) ?? '');
}

/** The position of the first occurrence of `needle` in the text, plus `offset` characters. */
export function positionOf(text: string, needle: string, offset = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} is not in the text`);
  const before = text.slice(0, at + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
