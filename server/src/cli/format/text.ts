import { styleText } from 'node:util';
import type { FileResult, ReportedFinding } from '../checkRun';
import type { LocaleSummary } from '../summary';

type Style = Parameters<typeof styleText>[0];

/**
 * The readable report: findings grouped per file, each as `file:line:col  severity  rule
 * message` (1-based, as editors show them, and clickable in terminals), then a summary per
 * locale. In pieces, a line at a time, as the other formats.
 */
export function formatText(results: readonly FileResult[], summary: readonly LocaleSummary[], options: { color: boolean; summary: boolean }): Iterable<string> {
  return joined(textLines(results, summary, options), '\n');
}

function* textLines(results: readonly FileResult[], summary: readonly LocaleSummary[], options: { color: boolean; summary: boolean }): Generator<string> {
  const paint = (style: Style, text: string) => (options.color ? styleText(style, text) : text);
  for (const r of results) {
    if (r.findings.length === 0 && r.notes.length === 0 && r.fixed === 0) continue;
    for (const note of r.notes) yield `${r.relativePath}  ${paint('yellow', 'note')}  ${r.relativePath} ${note}`;
    if (r.fixed) yield `${r.relativePath}  ${paint('green', 'fixed')}  ${r.fixed} finding${r.fixed > 1 ? 's' : ''}`;
    const width = Math.max(0, ...r.findings.map((f) => position(r, f).length));
    for (const f of r.findings) {
      yield `${paint('underline', position(r, f))}${' '.repeat(width - position(r, f).length)}  ${paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(11))}  ${paint('cyan', f.code)}  ${f.message}`;
    }
    yield '';
  }
  if (options.summary) yield* summaryTable(summary, paint);
  // Said even without the summary: a file left unchecked or unfixed is why the run failed.
  const failures = failureLine(results);
  if (failures) yield paint('red', failures);
}

/** The lines with `separator` between them, as `Array.prototype.join` puts it. */
function* joined(lines: Iterable<string>, separator: string): Generator<string> {
  let first = true;
  for (const line of lines) {
    yield first ? line : `${separator}${line}`;
    first = false;
  }
}

const SEVERITY_STYLE: Record<ReportedFinding['severity'], Style> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'dim' };

function position(file: FileResult, f: ReportedFinding): string {
  return `${file.relativePath}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
}

function summaryTable(summary: readonly LocaleSummary[], paint: (style: Style, text: string) => string): string[] {
  if (summary.length === 0) return ['No Markdown files were checked.'];
  const rows = summary.map((s) => [s.locale, String(s.files), String(s.segments), `${Math.round(s.machineTranslatedShare * 100)}%`, String(s.errors), String(s.warnings), String(s.others), topRules(s.byRule)]);
  const header = ['locale', 'files', 'segments', 'MT', 'errors', 'warnings', 'other', 'most found'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const total = summary.reduce((t, s) => ({ errors: t.errors + s.errors, warnings: t.warnings + s.warnings, others: t.others + s.others, files: t.files + s.files }), { errors: 0, warnings: 0, others: 0, files: 0 });
  const verdict = `${total.files} file${total.files === 1 ? '' : 's'}: ${total.errors} error${total.errors === 1 ? '' : 's'}, ${total.warnings} warning${total.warnings === 1 ? '' : 's'}, ${total.others} other`;
  return [paint('bold', line(header)), ...rows.map(line), '', paint(total.errors ? 'red' : 'green', verdict)];
}

/** "2 files could not be read, 1 file could not be fixed", or undefined when every file was read (and written). */
export function failureLine(results: readonly FileResult[]): string | undefined {
  const count = (what: FileResult['failed']) => results.filter((r) => r.failed === what).length;
  const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  const parts = [count('read') && `${files(count('read'))} could not be read`, count('write') && `${files(count('write'))} could not be fixed`].filter(Boolean);
  return parts.length ? `${parts.join(', ')} (see the notes above)` : undefined;
}

function topRules(byRule: Readonly<Record<string, number>>): string {
  return Object.entries(byRule)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
}
