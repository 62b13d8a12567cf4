import type { FileReport, ReportSummary, Totals } from './reportSummary';

/** Files listed per locale; the rest are counted (a pull-request comment has a size limit, and the JSON has them all). */
const FILES_SHOWN = 25;
/** Folders listed per locale. */
const FOLDERS_SHOWN = 30;

const number = (n: number) => n.toLocaleString('en-US');
const share = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '–');
const plural = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

/** Text for a table cell: pipes and line breaks escaped, Markdown and HTML shown as written. */
function cell(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

const COLUMNS = ['Files', 'Segments', 'MT', 'Stale files', 'Changed segments', 'Added sentences', 'Changed English words', 'Errors', 'Warnings', 'Other'];

function columns(t: Totals): string[] {
  return [number(t.files), number(t.segments), share(t.machineTranslated, t.segments), number(t.staleFiles), number(t.changedSegments), number(t.addedSentences), number(t.changedWords), number(t.errors), number(t.warnings), number(t.others)];
}

function table(header: readonly string[], rows: readonly string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** A file needs attention when it has findings above information or its English changed: those first, the most first. */
function weight(f: FileReport): number {
  return f.totals.errors * 1000 + f.totals.changedSegments * 10 + f.totals.addedSentences * 10 + f.totals.warnings;
}

function topRules(byRule: Readonly<Record<string, number>>, n = 3): string {
  return Object.entries(byRule)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, n)
    .map(([rule, count]) => `${code(rule)} ${number(count)}`)
    .join(', ');
}

/**
 * The report as Markdown for a pull-request comment or a CI job summary: a headline, a table
 * per locale, then for each locale (folded) its folders and the files that need attention.
 */
export function formatReportMarkdown(summary: ReportSummary): string {
  const t = summary.totals;
  const out = ['## Side-by-Side Docs report', ''];
  out.push(
    `${plural(t.files, 'file', 'files')} in ${plural(summary.locales.length, 'locale', 'locales')}: ${plural(t.errors, 'error', 'errors')}, ${plural(t.warnings, 'warning', 'warnings')}, ${number(t.others)} other. ` +
      (t.staleFiles || t.changedSegments || t.addedSentences
        ? `The English changed since ${plural(t.staleFiles, 'file was', 'files were')} translated: ${plural(t.changedSegments, 'segment', 'segments')} changed, ${plural(t.addedSentences, 'sentence', 'sentences')} added (${plural(t.changedWords, 'word', 'words')}).`
        : 'No English changed since the files were translated, as far as the English source or the newer locale versions tell.'),
    '',
  );
  if (!summary.locales.length) return out.join('\n');
  out.push(...table(['Locale', ...COLUMNS], summary.locales.map((l) => [code(l.locale), ...columns(l.totals)])), '');
  for (const l of summary.locales) {
    out.push('<details>', `<summary>${cell(l.locale)}: ${plural(l.totals.files, 'file', 'files')} in ${plural(l.folders.length, 'folder', 'folders')}${l.totals.errors + l.totals.warnings ? `; most found: ${topRules(l.byRule).replace(/`/g, '')}` : ''}</summary>`, '');
    out.push(...table(['Folder', ...COLUMNS], l.folders.slice(0, FOLDERS_SHOWN).map((f) => [code(f.folder), ...columns(f.totals)])));
    if (l.folders.length > FOLDERS_SHOWN) out.push('', `…and ${plural(l.folders.length - FOLDERS_SHOWN, 'more folder', 'more folders')}.`);
    const attention = l.files.filter((f) => weight(f) > 0 || f.notes.length).sort((a, b) => weight(b) - weight(a) || a.path.localeCompare(b.path));
    out.push('');
    if (!attention.length) out.push('No file has an error, a warning or a changed English.');
    else {
      out.push(`Files that need attention (${number(attention.length)}), most first:`, '');
      out.push(
        ...table(
          ['File', 'Type', 'Segments', 'Changed segments', 'Added sentences', 'Errors', 'Warnings', 'Most found'],
          attention.slice(0, FILES_SHOWN).map((f) => [
            code(f.path) + (f.notes.length ? ` (${cell(f.notes.join('; '))})` : ''),
            f.translationType ? cell(f.translationType) : '–',
            number(f.totals.segments),
            number(f.totals.changedSegments),
            number(f.totals.addedSentences),
            number(f.totals.errors),
            number(f.totals.warnings),
            topRules(f.byRule),
          ]),
        ),
      );
      if (attention.length > FILES_SHOWN) out.push('', `…and ${plural(attention.length - FILES_SHOWN, 'more file', 'more files')}: \`sxs-docs report --format json\` lists every file.`);
    }
    out.push('', '</details>', '');
  }
  return out.join('\n').trimEnd();
}
