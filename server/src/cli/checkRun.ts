import * as path from 'node:path';
import type { Range } from 'vscode-languageserver-types';
import { applyEdits, mergeFixes } from '../core/codeActions';
import type { CheckConfig, Severity } from '../core/config';
import { skipReason, type DocumentLimits } from '../core/documentLimits';
import { localeFromPath, normalizeLocale } from '../core/locale';
import type { StructuralProblem, SxsDocument } from '../core/model';
import { parse } from '../core/parse/parse';
import { checkDocument } from '../core/rules/check';
import type { Finding, Rule } from '../core/rules/rule';
import { readSourceFile, writeSourceFile, type SourceFile } from './readFile';

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
}

export interface RunSettings {
  readonly config: CheckConfig;
  readonly limits: DocumentLimits;
  readonly rules: readonly Rule[];
  /** Findings below this are neither reported nor fixed. */
  readonly minSeverity: Exclude<Severity, 'off'>;
  readonly fix: boolean;
  readonly cwd: string;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Structural problems that mean the markup around a fix was not understood: no fix touches them. */
const UNREAD: ReadonlySet<StructuralProblem['code']> = new Set(['broken-span', 'orphan-translation', 'orphan-lookup', 'parse-error']);

/** How many times --fix re-reads a file: fixes that touched each other are taken on a later pass. */
const FIX_PASSES = 5;

/** Checks every file (and fixes it with --fix), with the same core the editor uses. */
export function runCheck(files: readonly string[], settings: RunSettings): FileResult[] {
  const results: FileResult[] = [];
  files.forEach((file, i) => {
    results.push(checkFile(file, settings));
    settings.onProgress?.(i + 1, files.length);
  });
  return results;
}

function checkFile(file: string, settings: RunSettings): FileResult {
  const relativePath = path.relative(settings.cwd, file).split(path.sep).join('/') || path.basename(file);
  const notes: string[] = [];
  let source: SourceFile;
  try {
    source = readSourceFile(file);
  } catch (e) {
    return emptyResult(file, relativePath, [`could not be read: ${e instanceof Error ? e.message : String(e)}`]);
  }
  const skipped = skipReason(source.text, settings.limits, relativePath);
  if (skipped) return emptyResult(file, relativePath, [skipped]);
  if (source.invalid) notes.push('is not valid UTF-8: invalid bytes were read as U+FFFD, and --fix leaves it alone');

  let doc = parse(source.text);
  let findings = checkDocument(doc, settings.config, { path: file, rules: settings.rules }).filter(atLeast(settings.minSeverity));
  let fixed = 0;
  if (settings.fix && !source.invalid) {
    const result = fixText(doc, findings, settings, file);
    if (result.fixed > 0) {
      writeSourceFile(source, result.doc.text);
      doc = result.doc;
      findings = result.findings;
      fixed = result.fixed;
    }
    if (result.note) notes.push(result.note);
  }
  return {
    path: file,
    relativePath,
    locale: localeOf(doc, file),
    translationType: doc.keys.translationType,
    segments: doc.segments.length,
    findings: findings.map((f) => reported(doc, f)),
    notes,
    fixed,
  };
}

interface FixOutcome {
  doc: SxsDocument;
  findings: Finding[];
  fixed: number;
  note?: string;
}

/**
 * Applies the quick fixes whose edits lie in markup that was read cleanly, pass after pass
 * until none is left, and keeps the result only if it reads back with no new problem.
 */
export function fixText(doc: SxsDocument, findings: Finding[], settings: Pick<RunSettings, 'config' | 'rules' | 'minSeverity'>, file: string): FixOutcome {
  let current = { doc, findings };
  let fixed = 0;
  let held = 0;
  for (let pass = 0; pass < FIX_PASSES; pass++) {
    const safe = current.findings.filter((f) => f.fix && !touchesUnreadMarkup(current.doc, f));
    held = current.findings.filter((f) => f.fix).length - safe.length;
    const edits = mergeFixes(safe.map((f) => f.fix!));
    if (edits.length === 0) break;
    const next = parse(applyEdits(current.doc.text, edits));
    if (next.segments.length !== current.doc.segments.length || structural(next) > structural(current.doc)) {
      return { ...current, fixed, note: 'was not fixed further: the fixes would have changed its markup, so they were not written' };
    }
    fixed += safe.length;
    current = { doc: next, findings: checkDocument(next, settings.config, { path: file, rules: settings.rules }).filter(atLeast(settings.minSeverity)) };
  }
  const note = held > 0 ? `has ${held} fix${held > 1 ? 'es' : ''} not applied: the markup around ${held > 1 ? 'them' : 'it'} is broken (fix that first)` : undefined;
  return { ...current, fixed, note };
}

const RANK: Record<Exclude<Severity, 'off'>, number> = { hint: 0, information: 1, warning: 2, error: 3 };

function atLeast(min: Exclude<Severity, 'off'>): (f: Finding) => boolean {
  return (f) => RANK[f.severity] >= RANK[min];
}

function touchesUnreadMarkup(doc: SxsDocument, finding: Finding): boolean {
  return doc.problems.some(
    (p) => UNREAD.has(p.code) && ((finding.segment && p.segment === finding.segment) || finding.fix!.edits.some((e) => e.start <= p.span.end && p.span.start <= e.end)),
  );
}

function structural(doc: SxsDocument): number {
  return doc.problems.length;
}

function reported(doc: SxsDocument, f: Finding): ReportedFinding {
  return { code: f.code, severity: f.severity, message: f.message, range: doc.lines.rangeOf(f.start, f.end), ...(f.segment ? { segmentId: f.segment.id } : {}) };
}

function localeOf(doc: SxsDocument, file: string): string {
  return (doc.keys.contentLocale && normalizeLocale(doc.keys.contentLocale)) || localeFromPath(file) || '(unknown)';
}

function emptyResult(file: string, relativePath: string, notes: string[]): FileResult {
  return { path: file, relativePath, locale: localeFromPath(file) ?? '(unknown)', translationType: undefined, segments: 0, findings: [], notes, fixed: 0 };
}
