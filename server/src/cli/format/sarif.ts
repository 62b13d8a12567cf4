import type * as Sarif from 'sarif';
import type { Rule } from '../../core/rules/rule';
import { RULE_DOCS } from '../../core/rules/ruleDocs';
import { ruleDocsUrl } from '../../core/rules/rulesPage';
import type { FileResult, ReportedFinding } from '../checkRun';
import { jsonChunks } from './jsonChunks';

const LEVEL: Record<ReportedFinding['severity'], Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const REVIEW_DOCS = 'https://github.com/sxs-docs/sxs-docs/blob/main/docs/review.md';

/** What SARIF says of a rule: a rule of the registry, or a check of the command line (with its own help). */
export type RuleInfo = Pick<Rule, 'code' | 'description' | 'defaultSeverity' | 'enabledByDefault' | 'scope' | 'fixable'> & { readonly help?: string };

/**
 * A rule as SARIF describes it; `name` only where it says more than the id (SARIF1001). Its help
 * says why the defect matters and how to fix it, and links to its entry in docs/rules.md.
 */
function ruleDescriptor(r: RuleInfo): Sarif.ReportingDescriptor {
  const name = r.code.replace(/(^|-)(\w)/g, (_m: string, _dash: string, c: string) => c.toUpperCase());
  const fix = r.fixable ? ' The editor offers a quick fix, and `sxs-docs check --fix` applies it.' : '';
  const doc = RULE_DOCS[r.code];
  const why = doc ? ` ${doc.why} Fix: ${doc.fix}` : '';
  const url = ruleDocsUrl(r.code);
  const help = r.help
    ? { text: `${r.description} ${r.help}`, markdown: `${r.description}\n\n${r.help} [Review](${REVIEW_DOCS})` }
    : undefined;
  return {
    id: r.code,
    ...(name.toLowerCase() !== r.code.toLowerCase() ? { name } : {}),
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description}${fix}` },
    help: help ?? {
      text: `${r.description}${why}${fix} To silence one finding, put <!-- sxs-ignore ${r.code} --> before the segment; to turn the rule off, set "sxsDocs.rules.${r.code}": "off". Examples: ${url}`,
      markdown: `${r.description}${doc ? `\n\n**Why it matters.** ${doc.why}\n\n**Fix.** ${doc.fix}` : ''}${fix ? `\n\n${fix.trim()}` : ''}\n\nTo silence one finding, put \`<!-- sxs-ignore ${r.code} -->\` before the segment; to turn the rule off, set \`"sxsDocs.rules.${r.code}": "off"\` in the settings. [${r.code} in the rules reference, with examples](${url})`,
    },
    helpUri: url,
    defaultConfiguration: r.enabledByDefault === false ? { enabled: false, level: LEVEL[r.defaultSeverity] } : { level: LEVEL[r.defaultSeverity] },
    properties: { tags: ['localization', r.scope], precision: 'high' },
  };
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: the rules with their metadata, each result
 * with its rule, level, message and region (1-based, UTF-16 columns), paths relative to
 * the checked-out repository (`%SRCROOT%`). In pieces, as `formatJson`.
 */
export function formatSarif(results: readonly FileResult[], rules: readonly RuleInfo[], version: string, rootUri: string): Iterable<string> {
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const log: Sarif.Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'sxs-docs',
            version,
            informationUri: 'https://github.com/sxs-docs/sxs-docs',
            rules: rules.map((r) => ruleDescriptor(r)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((file) =>
          file.findings.map(
            (f): Sarif.Result => ({
              ruleId: f.code,
              ...(index.has(f.code) ? { ruleIndex: index.get(f.code) } : {}),
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: encodeURI(file.relativePath), uriBaseId: '%SRCROOT%' },
                    region: {
                      startLine: f.range.start.line + 1,
                      startColumn: f.range.start.character + 1,
                      endLine: f.range.end.line + 1,
                      endColumn: f.range.end.character + 1,
                    },
                  },
                },
              ],
              ...(f.segmentId ? { partialFingerprints: { sxsSegment: `${file.relativePath}#${f.segmentId}:${f.code}` } } : {}),
            }),
          ),
        ),
      },
    ],
  };
  // In pieces, a result at a time: runs → run → results → result.
  return jsonChunks(log, 4);
}
