import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../config';
import type { SxsDocument } from '../model';
import type { FixData, Finding } from '../rules/rule';
import { ruleDocsUrl } from '../rules/rulesPage';

/** The `source` of every diagnostic this extension publishes. */
export const DIAGNOSTIC_SOURCE = 'sxs-docs';

/** What a diagnostic carries for its code actions. */
export interface DiagnosticData {
  readonly fix?: FixData;
  /** The edit that silences this one finding with an inline ignore marker. */
  readonly ignore?: FixData;
  /** The segment id the finding is about. */
  readonly segmentId?: string;
  /** The document version the offsets of `fix` and `ignore` are for. */
  readonly version?: number;
}

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The diagnostic of a finding; `version` is the version of the document that was checked. Its
 * code links to the rule's entry in docs/rules.md (`codeDescription`), as markdownlint's do.
 */
export function toDiagnostic(doc: SxsDocument, finding: Finding, version?: number): Diagnostic {
  const data: DiagnosticData = { fix: finding.fix, ignore: finding.ignore, segmentId: finding.segment?.id, version };
  return {
    range: doc.lines.rangeOf(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: ruleDocsUrl(finding.code) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
    ...(finding.related?.length ? { relatedInformation: finding.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) } : {}),
  };
}
