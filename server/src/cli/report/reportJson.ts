import type { ReportSummary } from './reportSummary';

/**
 * The report as JSON, for CI: totals, then per locale its totals, findings per rule, its
 * folders and every file. The shape is documented in docs/cli.md and kept stable.
 */
export function formatReportJson(summary: ReportSummary, version: string): string {
  return JSON.stringify({ tool: { name: 'sxs-docs', version }, report: 'sxs-docs report', ...summary }, null, 2);
}
