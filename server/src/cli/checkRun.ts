import * as path from 'node:path';
import type { Range } from 'vscode-languageserver-types';
import type { CheckConfig, Severity } from '../core/config';
import { skipReason, type DocumentLimits } from '../core/documentLimits';
import { fixAll, touchesUnreadMarkup } from '../core/fixAll';
import type { TextDocumentLike } from '../core/documentCache';
import { createLanguageService, type LanguageService } from '../core/languageService';
import { localeFromPath, normalizeLocale } from '../core/locale';
import type { SxsDocument } from '../core/model';
import { checkDocument, learnsFromWorkspace, runsLocaleRules } from '../core/rules/check';
import type { Finding } from '../core/rules/rule';
import { URI } from 'vscode-uri';
import type { LocaleRoot } from '../core/index/layout';
import { DiskWorkspace } from '../node/diskWorkspace';
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
}

/**
 * Checks every file (and fixes it with --fix) through the language service the editor's
 * server uses: the same rules, and with the locale index over `localeFolders`, the same
 * checks across locales.
 */
export async function runCheck(files: readonly string[], settings: RunSettings): Promise<FileResult[]> {
  // The index is built only when a check across locales will use it.
  const workspace = settings.localeFolders.length && (runsLocaleRules(settings.config) || learnsFromWorkspace(settings.config)) ? new CheckWorkspace(settings.localeFolders.map(fileUri)) : undefined;
  const service = createLanguageService({ config: () => settings.config, limits: () => settings.limits, workspace, localeRoots: async () => settings.localeRoots });
  if (service.index) {
    const progress = service.index.onDidProgress((p) => settings.onProgress?.('indexing', p.indexed, p.total));
    await service.index.build();
    progress.dispose();
  }
  const results = new Map<string, FileResult>();
  let done = 0;
  // The versions of one document one after another, read once: each is checked against the others.
  for (const group of groupByDocument(files, service)) {
    const sources = new Map(group.map((file) => [file, readSource(file)]));
    workspace?.open(sources);
    for (const file of group) {
      results.set(file, await checkFile(file, sources.get(file)!, service, settings));
      settings.onProgress?.('checking', ++done, files.length);
    }
    workspace?.open(new Map());
  }
  return files.map((f) => results.get(f)!);
}

/** Files grouped by the document they are versions of (each file alone without an index). */
function groupByDocument(files: readonly string[], service: LanguageService): string[][] {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const key = service.index?.placeOf(fileUri(file))?.key ?? file;
    const group = groups.get(key);
    if (group) group.push(file);
    else groups.set(key, [file]);
  }
  return [...groups.values()];
}

function readSource(file: string): SourceFile | Error {
  try {
    return readSourceFile(file);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/**
 * The disk, with the files being checked "open": the checks across locales then read each
 * version through the same parsed model as its own check, instead of parsing it again.
 */
class CheckWorkspace extends DiskWorkspace {
  private opened = new Map<string, TextDocumentLike>();

  open(sources: ReadonlyMap<string, SourceFile | Error>): void {
    this.opened = new Map();
    for (const [file, source] of sources) {
      if (source instanceof Error) continue;
      const uri = fileUri(file);
      this.opened.set(uri, { uri, version: 1, getText: () => source.text });
    }
  }

  override openDocument(uri: string): TextDocumentLike | undefined {
    return this.opened.get(uri);
  }

  override async readText(uri: string): Promise<string | undefined> {
    return this.opened.get(uri)?.getText() ?? super.readText(uri);
  }
}

async function checkFile(file: string, source: SourceFile | Error, service: LanguageService, settings: RunSettings): Promise<FileResult> {
  const relativePath = path.relative(settings.cwd, file).split(path.sep).join('/') || path.basename(file);
  const notes: string[] = [];
  if (source instanceof Error) return emptyResult(file, relativePath, [`could not be read: ${source.message}`]);
  const skipped = skipReason(source.text, settings.limits, relativePath);
  if (skipped) return emptyResult(file, relativePath, [skipped]);
  if (source.invalid) notes.push('is not valid UTF-8: invalid bytes were read as U+FFFD, and --fix leaves it alone');

  const uri = fileUri(file);
  const document = (text: string, version: number) => ({ uri, version, getText: () => text });
  let doc = service.model(document(source.text, 1));
  let findings = (await service.findings(document(source.text, 1))).filter(atLeast(settings.minSeverity));
  let fixed = 0;
  if (settings.fix && !source.invalid) {
    const check = (d: SxsDocument) => checkDocument(d, settings.config, { path: uri }).filter(atLeast(settings.minSeverity));
    // The guards (no fix in unread markup, no pass that loses a segment) are the core's, as in the editor.
    const result = fixAll(doc, findings, { check });
    if (result.applied > 0) {
      writeSourceFile(source, result.doc.text);
      doc = service.model(document(result.doc.text, 2));
      findings = (await service.findings(document(result.doc.text, 2))).filter(atLeast(settings.minSeverity));
      fixed = result.applied;
    }
    if (result.rejected) notes.push('was not fixed further: the fixes would have changed its markup, so they were not written');
    const held = findings.filter((f) => touchesUnreadMarkup(doc, f)).length;
    if (held > 0) notes.push(`has ${held} fix${held > 1 ? 'es' : ''} not applied: the markup around ${held > 1 ? 'them' : 'it'} is broken (fix that first)`);
  }
  return {
    path: file,
    relativePath,
    locale: localeOf(doc, file),
    translationType: doc.keys.translationType,
    segments: doc.segments.length,
    findings: findings.map((f) => {
      settings.onFinding?.(relativePath, doc, f);
      return reported(doc, f);
    }),
    notes,
    fixed,
  };
}

/** A file's URI, encoded as the index and the editor encode it. */
export function fileUri(file: string): string {
  return URI.file(file).toString();
}

const RANK: Record<Exclude<Severity, 'off'>, number> = { hint: 0, information: 1, warning: 2, error: 3 };

function atLeast(min: Exclude<Severity, 'off'>): (f: Finding) => boolean {
  return (f) => RANK[f.severity] >= RANK[min];
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
