import type { FileResult } from '../checkRun';
import type { LocaleSummary } from '../summary';
import { jsonChunks } from './jsonChunks';

/**
 * The results as JSON: 1-based lines and columns (UTF-16 code units), as editors and CI tools
 * count them. In pieces, a file at a time (`jsonChunks`).
 */
export function formatJson(results: readonly FileResult[], summary: readonly LocaleSummary[], version: string): Iterable<string> {
  return jsonChunks(
    {
      tool: { name: 'sxs-docs', version },
      files: results.map((r) => ({
        path: r.relativePath,
        locale: r.locale,
        translationType: r.translationType ?? null,
        segments: r.segments,
        fixed: r.fixed,
        notes: r.notes,
        failed: r.failed ?? null,
        findings: r.findings.map((f) => ({
          line: f.range.start.line + 1,
          column: f.range.start.character + 1,
          endLine: f.range.end.line + 1,
          endColumn: f.range.end.character + 1,
          severity: f.severity,
          rule: f.code,
          message: f.message,
          segment: f.segmentId ?? null,
        })),
      })),
      summary,
    },
    3,
  );
}
