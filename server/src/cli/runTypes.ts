import type { Range } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import type { ChangeCounts } from '../core/changes/changeCounts';
import type { CheckConfig, Severity } from '../core/config';
import type { DocumentLimits } from '../core/documentLimits';
import type { LocaleRoot } from '../core/index/layout';
import type { SxsDocument } from '../core/model';
import type { Finding } from '../core/rules/rule';

/*
 * What a check run takes and gives, apart from the run itself (checkRun.ts), so that the
 * cache and the worker threads can name them without importing the run.
 */

export interface ReportedFinding {
  readonly code: string;
  readonly severity: Exclude<Severity, 'off'>;
  readonly message: string;
  /** 0-based LSP range (UTF-16 columns). */
  readonly range: Range;
  readonly segmentId?: string;
}

export interface FileResult {
  readonly path: string;
  /** Relative to the working folder, with forward slashes. */
  readonly relativePath: string;
  readonly locale: string;
  readonly translationType: string | undefined;
  readonly segments: number;
  readonly findings: readonly ReportedFinding[];
  /** What the user must know of the file itself: skipped, not valid UTF-8, fixes not written. */
  readonly notes: readonly string[];
  /** Fixes applied by --fix. */
  readonly fixed: number;
  /** With `RunSettings.changes`: what changed in the English since the file was translated, when a newer English is known. */
  readonly changes?: ChangeCounts;
  /** The run could not do its work on this file: it could not be read, or its fixes could not be written. */
  readonly failed?: 'read' | 'write';
}

export interface RunSettings {
  /** The settings; rules left out by --rule/--ignore-rule are `off` in it. */
  readonly config: CheckConfig;
  readonly limits: DocumentLimits;
  /** Findings below this are neither reported nor fixed. */
  readonly minSeverity: Exclude<Severity, 'off'>;
  readonly fix: boolean;
  readonly cwd: string;
  /**
   * Folders to index for the checks across locales (the inputs' folders and --english):
   * their locale versions are found as the editor finds them. None: no cross-locale checks.
   */
  readonly localeFolders: readonly string[];
  /** Folders whose locale their names do not say (the `localeRoots` setting, and --english). */
  readonly localeRoots: readonly LocaleRoot[];
  readonly onProgress?: (what: 'indexing' | 'checking', done: number, total: number) => void;
  /** Sees each finding reported, with the model it was found in (for printing samples of a rule). */
  readonly onFinding?: (relativePath: string, doc: SxsDocument, finding: Finding) => void;
  /** Also count what changed in each file's English (`sxs-docs report`). */
  readonly changes?: boolean;
  /** Report each changed segment without an approval in the review file (--require-reviewed). */
  readonly requireReviewed?: boolean;
}

/** The files of one document (its locale versions, and its English when checked), checked together. */
export interface DocumentFiles {
  /** The document's counterpart key (the file itself when it has no place). */
  readonly key: string;
  readonly files: readonly string[];
}

/** Which documents to check, once their keys are known: all of them, or those --changed-since or --shard keeps. */
export type DocumentSelection = (documents: readonly DocumentFiles[], keyOf: (file: string) => string) => readonly DocumentFiles[];

/** A file's URI, encoded as the index and the editor encode it. */
export function fileUri(file: string): string {
  return URI.file(file).toString();
}
