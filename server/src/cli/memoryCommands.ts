import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { URI } from 'vscode-uri';
import { DEFAULT_CHECK_CONFIG } from '../core/config';
import { createLanguageService } from '../core/languageService';
import { normalizeLocale } from '../core/locale';
import { writeTmx } from '../core/memory/tmx';
import type { TranslationMemory } from '../core/memory/translationMemory';
import { suggestTerms } from '../core/terms/suggest';
import { writeTbx } from '../core/terms/tbx';
import { DiskWorkspace } from '../node/diskWorkspace';
import { UsageError } from './options';

export const MEMORY_USAGE = `       sxs-docs tm export --locale <xx-XX> [--only-ht] [-o file.tmx] [folders…]
       sxs-docs terms suggest --locale <xx-XX> [--min-count <n>] [-o terms.tbx] [folders…]

tm export writes the translation memory of a locale (every translated segment of the locale
repositories under the folders, default: the current folder) as TMX 1.4b; --only-ht keeps
human translations. terms suggest proposes glossary entries from it (English terms with the
locale's dominant translation, with counts) as a TBX file to edit. Both write to standard
output without -o.`;

/** True when the command line is `tm …` or `terms …`. */
export function isMemoryCommand(argv: readonly string[]): boolean {
  return argv[0] === 'tm' || argv[0] === 'terms';
}

/** `sxs-docs tm export` and `sxs-docs terms suggest`: the exit code. */
export async function memoryCommand(argv: readonly string[], cwd: string, version: string): Promise<number> {
  const { values, positionals } = parse(argv);
  const [group, action, ...folders] = positionals;
  const command = `${group} ${action ?? ''}`.trim();
  if (command !== 'tm export' && command !== 'terms suggest') throw new UsageError(`Unknown command "${command}"; use "tm export" or "terms suggest".`);
  const locale = values.locale && normalizeLocale(values.locale);
  if (!locale) throw new UsageError(values.locale ? `"${values.locale}" is not a locale (de-DE, zh-TW).` : `${command} needs --locale <xx-XX>.`);
  const minCount = values['min-count'] === undefined ? undefined : Number(values['min-count']);
  if (minCount !== undefined && !(Number.isInteger(minCount) && minCount > 0)) throw new UsageError('--min-count takes a whole number above 0.');
  const roots = (folders.length ? folders : ['.']).map((f) => path.resolve(cwd, f));
  for (const root of roots) if (!fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${root} is not a folder.`);
  const memory = await buildMemory(roots);
  if (!memory.locales().includes(locale)) {
    process.stderr.write(`sxs-docs: no ${locale} translations under ${roots.join(', ')} (locales found: ${memory.locales().sort().join(', ') || 'none'}).\n`);
    return 1;
  }
  const relative = (uri: string) => path.relative(cwd, URI.parse(uri).fsPath).split(path.sep).join('/');
  let text: string;
  let count: number;
  if (command === 'tm export') {
    const pairs = [...memory.pairs(locale)].filter((p) => !values['only-ht'] || p.translationType === 'HT');
    text = writeTmx(pairs, locale, { name: 'sxs-docs', version }, relative);
    count = pairs.length;
  } else {
    const found = suggestTerms(memory.pairs(locale), { minCount });
    text = writeTbx(
      found.map((s) => ({ english: s.english, translation: s.keptAsWritten ? undefined : s.translation, note: `${s.count} of ${s.total} segments` })),
      locale,
      `Glossary entries proposed by sxs-docs from the translation memory (${locale})`,
    );
    count = found.length;
  }
  if (values.output) {
    fs.writeFileSync(path.resolve(cwd, values.output), text);
    process.stderr.write(`sxs-docs: ${count} ${command === 'tm export' ? 'translation units' : 'entries'} written to ${values.output}\n`);
  } else process.stdout.write(text);
  return 0;
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { locale: { type: 'string' }, 'only-ht': { type: 'boolean' }, 'min-count': { type: 'string' }, output: { type: 'string', short: 'o' } },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** The memory of every locale repository under the folders, as the extension builds it. */
async function buildMemory(roots: readonly string[]): Promise<TranslationMemory> {
  const workspace = new DiskWorkspace(roots.map((r) => URI.file(r).toString()));
  const service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace });
  await service.index!.build();
  return service.memory!;
}
