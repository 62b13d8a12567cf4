import { normalizeLocale } from '../locale';
import type { L10n } from '../l10n';
import type { FileProblem } from '../xml/xmlInput';
import type { GlossaryEntry, TermStatus } from './glossary';

const STATUS: Readonly<Record<string, TermStatus>> = {
  approved: 'approved',
  preferred: 'approved',
  forbidden: 'forbidden',
  deprecated: 'forbidden',
  'do-not-translate': 'do-not-translate',
  'do not translate': 'do-not-translate',
  dnt: 'do-not-translate',
};

/** Header names of each column, in small letters. */
const COLUMNS = {
  english: ['english', 'term', 'en', 'en-us', 'source'],
  locale: ['locale', 'language', 'lang'],
  translation: ['translation', 'target'],
  status: ['status'],
  note: ['note', 'notes', 'comment'],
} as const;

/**
 * The entries of a CSV glossary (RFC 4180: commas, double quotes, quotes doubled inside). The
 * first row names the columns: `english`, `locale` (empty: every locale), `translation`,
 * `status` (`approved`, the default; `forbidden`; `do-not-translate`), `note`.
 */
export function readGlossaryCsv(text: string, uri: string, l10n: L10n): { entries: GlossaryEntry[]; problems: FileProblem[] } {
  const { rows, error } = csvRows(text.replace(/^\ufeff/, ''));
  const problems: FileProblem[] = error ? [{ uri, line: error.line, message: l10n.t('A quoted field is never closed.') }] : [];
  const header = rows[0];
  if (!header) return { entries: [], problems: [...problems, { uri, line: 1, message: l10n.t('The glossary is empty: the first row names the columns (english, locale, translation, status, note).') }] };
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const column = (key: keyof typeof COLUMNS) => names.findIndex((n) => (COLUMNS[key] as readonly string[]).includes(n));
  const at = { english: column('english'), locale: column('locale'), translation: column('translation'), status: column('status'), note: column('note') };
  if (at.english === -1) return { entries: [], problems: [...problems, { uri, line: header.line, message: l10n.t('No "english" column in the first row (columns: english, locale, translation, status, note).') }] };
  const entries: GlossaryEntry[] = [];
  for (const row of rows.slice(1)) {
    const cell = (i: number) => (i === -1 ? '' : (row.cells[i] ?? '').trim());
    const english = cell(at.english);
    if (!english && row.cells.every((c) => c.trim() === '')) continue;
    const statusText = cell(at.status).toLowerCase() || 'approved';
    const status = STATUS[statusText];
    if (!english || !status) {
      problems.push({ uri, line: row.line, message: english ? l10n.t('Unknown status "{status}" (approved, forbidden or do-not-translate); the row was left out.', { status: statusText }) : l10n.t('The row has no English term; it was left out.') });
      continue;
    }
    const translation = cell(at.translation) || undefined;
    if (status !== 'do-not-translate' && !translation) {
      problems.push({ uri, line: row.line, message: l10n.t('An approved or forbidden term needs a translation; the row was left out.') });
      continue;
    }
    const localeText = cell(at.locale);
    const locale = localeText && localeText !== '*' ? (normalizeLocale(localeText) ?? localeText) : undefined;
    entries.push({ english, locale, translation: status === 'do-not-translate' ? undefined : translation, status, note: cell(at.note) || undefined, uri });
  }
  return { entries, problems };
}

/** The rows of a CSV text with the line each starts on; an unclosed quote ends the text. */
export function csvRows(text: string): { rows: { line: number; cells: string[] }[]; error?: { line: number } } {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === '') {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) {
          endRow();
          return { rows, error: { line: quoteLine } };
        }
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (text[i] === '\n') line++;
        cell += text[i++];
      }
      continue;
    }
    if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || cells.length) endRow();
  return { rows };
}
