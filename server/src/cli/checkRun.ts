import * as path from 'node:path';
import type { Severity } from '../core/config';
import { skipReason } from '../core/documentLimits';
import { fixAll, touchesUnreadMarkup } from '../core/fixAll';
import type { TextDocumentLike } from '../core/documentCache';
import { createLanguageService, type LanguageService } from '../core/languageService';
import { localeFromPath, normalizeLocale } from '../core/locale';
import type { SxsDocument } from '../core/model';
import { checkDocument, learnsFromWorkspace, runsLocaleRules } from '../core/rules/check';
import type { Finding } from '../core/rules/rule';
import { ENGLISH } from '../core/l10n';
import { REVIEW_REQUIRED, unapprovedChanges } from '../core/review/requireReviewed';
import { DiskWorkspace } from '../node/diskWorkspace';
import { readSourceFile, type SourceFile } from './readFile';
import { writeFixedFile } from './writeFile';
import { ownString } from './ownString';
import { changeCounts } from '../core/changes/changeCounts';
import type { BulkIndexer } from '../core/index/bulkIndexer';
import type { ResultCache } from './cache';
import { CheckPool, threadsFor } from './workerPool';
import { cliIndexer } from './cliIndexer';
import { indexGroupsFromDisk } from '../node/groupLoading';
import { withObservations, withoutLearning, type TransferredGroup } from '../core/index/transfer';
import type { TermStatsSnapshot } from '../core/terms/termStats';
import { fileUri, type DocumentFiles, type DocumentSelection, type FileResult, type ReportedFinding, type RunSettings } from './runTypes';

export { fileUri, type DocumentFiles, type DocumentSelection, type FileResult, type ReportedFinding, type RunSettings } from './runTypes';






/** A language service ready to check: its locale index built when the checks across locales use it. */
export interface CheckContext {
  readonly service: LanguageService;
  readonly workspace: CheckWorkspace | undefined;
}

/**
 * Checks every file (and fixes it with --fix) through the language service the editor's
 * server uses: the same rules, and with the locale index over `localeFolders`, the same
 * checks across locales. Only the files of the documents `select` keeps are checked and
 * returned, in the order of `files`.
 */
export async function runCheck(files: readonly string[], settings: RunSettings, options: { select?: DocumentSelection; jobs?: number; cache?: ResultCache } = {}): Promise<FileResult[]> {
  const { cache } = options;
  const byFile = new Map<string, FileResult>();
  // With a cache, the documents are grouped and chosen before the index is built, and those whose results are cached are left out of the check.
  let chosen: DocumentFiles[] | undefined;
  if (cache) {
    await cache.prepare(files, settings);
    const all = groupFiles(files, (f) => cache.keyOf(f));
    chosen = [];
    for (const document of options.select ? options.select(all, (f) => cache.keyOf(f)) : all) {
      const fresh = document.files.filter((f) => {
        const hit = cache.get(f);
        if (hit) byFile.set(f, hit);
        return !hit;
      });
      if (fresh.length) chosen.push({ key: document.key, files: fresh });
    }
  }
  const ordered = () => files.filter((f) => byFile.has(f)).map((f) => byFile.get(f)!);
  if (chosen?.length === 0) return ordered();
  // A callback per finding (the summary's samples) stays on this thread.
  const threads = settings.onFinding ? 1 : threadsFor(options.jobs ?? 1, chosen ? chosen.reduce((n, d) => n + d.files.length, 0) : files.length);
  const pool = threads > 1 ? new CheckPool(threads) : undefined;
  // The entries every worker thread builds its index from: what is learned from them is learned once, on this thread, and handed over as counts.
  const entries: TransferredGroup[] = [];
  const bulk =
    pool || cache
      ? cliIndexer({
          cache,
          threads: pool?.threads ?? 1,
          index: pool ? (groups, thread) => pool.index(groups, thread) : async (groups) => (await indexGroupsFromDisk(groups)).map(withObservations),
          onEntries: pool ? (made) => entries.push(...made.map(withoutLearning)) : undefined,
        })
      : undefined;
  try {
    const context = await prepareCheck(settings, bulk);
    let documents = chosen;
    if (!documents) {
      const keyOf = (file: string) => context.service.index?.placeOf(fileUri(file))?.key ?? file;
      const all = groupFiles(files, keyOf);
      documents = options.select ? [...options.select(all, keyOf)] : all;
    }
    const results = pool ? await pool.check(documents, settings, entries, context.service.index?.terms.snapshot()) : await checkDocuments(documents, context, settings);
    for (const r of results) {
      byFile.set(r.path, r);
      cache?.set(r);
    }
    return ordered();
  } finally {
    await pool?.close();
  }
}

/**
 * The language service of a check. The index is built only when a check across locales
 * will use it; `bulk` indexes on other threads (the worker pool), or hands over entries
 * indexed elsewhere (in a worker of the pool), in which case `terms` are the term statistics
 * learned from them there.
 */
export async function prepareCheck(settings: RunSettings, bulk?: BulkIndexer, terms?: TermStatsSnapshot): Promise<CheckContext> {
  const workspace = settings.localeFolders.length && (settings.requireReviewed || runsLocaleRules(settings.config) || learnsFromWorkspace(settings.config)) ? new CheckWorkspace(settings.localeFolders.map(fileUri)) : undefined;
  const service = createLanguageService({ config: () => settings.config, limits: () => settings.limits, workspace, localeRoots: async () => settings.localeRoots, bulkIndexer: bulk, translationMemory: false, learnAsRead: true });
  if (service.index) {
    const progress = service.index.onDidProgress((p) => settings.onProgress?.('indexing', p.indexed, p.total));
    await service.index.build();
    progress.dispose();
    if (terms) service.index.terms.load(terms);
  }
  return { service, workspace };
}

/** Checks the documents on this thread, each document's versions read once and checked against each other. */
export async function checkDocuments(documents: readonly DocumentFiles[], context: CheckContext, settings: RunSettings): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const total = documents.reduce((n, d) => n + d.files.length, 0);
  for (const document of documents) {
    const sources = new Map(document.files.map((file) => [file, readSource(file)]));
    context.workspace?.open(sources);
    for (const file of document.files) {
      results.push(await checkFile(file, sources.get(file)!, context.service, settings));
      settings.onProgress?.('checking', results.length, total);
    }
    context.workspace?.open(new Map());
  }
  return results;
}

/** Files grouped by the document they are versions of (each file alone without an index). */
function groupFiles(files: readonly string[], keyOf: (file: string) => string): DocumentFiles[] {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const key = keyOf(file);
    const group = groups.get(key);
    if (group) group.push(file);
    else groups.set(key, [file]);
  }
  return [...groups].map(([key, files]) => ({ key, files }));
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
export class CheckWorkspace extends DiskWorkspace {
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
  if (source instanceof Error) return { ...emptyResult(file, relativePath, [`could not be read: ${source.message}`]), failed: 'read' };
  const skipped = skipReason(source.text, settings.limits, relativePath);
  if (skipped) return emptyResult(file, relativePath, [skipped]);
  if (source.invalid) notes.push('is not valid UTF-8: invalid bytes were read as U+FFFD, and --fix leaves it alone');

  const uri = fileUri(file);
  const document = (text: string, version: number) => ({ uri, version, getText: () => text });
  let doc = service.model(document(source.text, 1));
  let findings = (await service.findings(document(source.text, 1))).filter(atLeast(settings.minSeverity));
  let fixed = 0;
  let failed: FileResult['failed'];
  if (settings.fix && !source.invalid) {
    const check = (d: SxsDocument) => checkDocument(d, settings.config, { path: uri }).filter(atLeast(settings.minSeverity));
    // The guards (no fix in unread markup, no pass that loses a segment) are the core's, as in the editor.
    const result = fixAll(doc, findings, { check });
    const refused = result.applied > 0 ? writeFixedFile(source, result.doc.text) : undefined;
    if (refused) {
      notes.push(`was not fixed: ${refused}`);
      failed = 'write';
    } else if (result.applied > 0) {
      doc = service.model(document(result.doc.text, 2));
      findings = (await service.findings(document(result.doc.text, 2))).filter(atLeast(settings.minSeverity));
      fixed = result.applied;
    }
    if (result.rejected) notes.push('was not fixed further: the fixes would have changed its markup, so they were not written');
    const held = findings.filter((f) => touchesUnreadMarkup(doc, f)).length;
    if (held > 0) notes.push(`has ${held} fix${held > 1 ? 'es' : ''} not applied: the markup around ${held > 1 ? 'them' : 'it'} is broken (fix that first)`);
  }
  const alignment = settings.changes ? await service.segmentChanges(document(doc.text, fixed ? 2 : 1)) : undefined;
  const unreviewed = settings.requireReviewed ? await unreviewedFindings(service, document(doc.text, fixed ? 2 : 1), doc, notes) : [];
  return {
    path: file,
    relativePath,
    locale: localeOf(doc, file),
    translationType: doc.keys.translationType,
    segments: doc.segments.length,
    findings: [
      ...findings.map((f) => {
        settings.onFinding?.(relativePath, doc, f);
        return reported(doc, f);
      }),
      ...unreviewed,
    ],
    notes,
    fixed,
    ...(alignment ? { changes: changeCounts(doc, alignment) } : {}),
    ...(failed ? { failed } : {}),
  };
}

/** --require-reviewed: an error on each changed segment with no approval in its review file. */
async function unreviewedFindings(service: LanguageService, document: TextDocumentLike, doc: SxsDocument, notes: string[]): Promise<ReportedFinding[]> {
  if (!service.review || !service.isLocalized(document)) return [];
  const review = await service.review.documentReview(document);
  if (review.problem) notes.push(review.problem);
  return unapprovedChanges(doc, review, ENGLISH).map(({ segment, message }) => ({
    code: REVIEW_REQUIRED.code,
    severity: 'error',
    message: ownString(message),
    range: segment.translation.content.range,
    segmentId: segment.id,
  }));
}


const RANK: Record<Exclude<Severity, 'off'>, number> = { hint: 0, information: 1, warning: 2, error: 3 };

function atLeast(min: Exclude<Severity, 'off'>): (f: Finding) => boolean {
  return (f) => RANK[f.severity] >= RANK[min];
}

function reported(doc: SxsDocument, f: Finding): ReportedFinding {
  return { code: f.code, severity: f.severity, message: ownString(f.message), range: doc.lines.rangeOf(f.start, f.end), ...(f.segment ? { segmentId: f.segment.id } : {}) };
}

function localeOf(doc: SxsDocument, file: string): string {
  return (doc.keys.contentLocale && normalizeLocale(doc.keys.contentLocale)) || localeFromPath(file) || '(unknown)';
}

function emptyResult(file: string, relativePath: string, notes: string[]): FileResult {
  return { path: file, relativePath, locale: localeFromPath(file) ?? '(unknown)', translationType: undefined, segments: 0, findings: [], notes, fixed: 0 };
}
