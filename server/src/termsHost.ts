import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { LanguageService, Logger } from './core/languageService';
import { termFilesFrom } from './core/memory/termSettings';
import { suggestTerms } from './core/terms/suggest';
import { writeTbx } from './core/terms/tbx';
import type { L10n } from './core/l10n';
import type { IWorkspace } from './core/workspace';
import type { FileProblem } from './core/xml/xmlInput';
import { ConcordanceRequest, MatchesRequest, MemoryStatusRequest, SuggestTermsRequest } from '#protocol';
import { runSafe } from './runSafe';

/**
 * Wires the translation memory and the terminology to the connection: the matches, concordance,
 * memory status and term suggestion requests; the glossary and TMX files of the settings, read
 * again when the settings change, with one message per file that has a problem.
 */
export class TermsHost {
  private shown = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly service: LanguageService,
    private readonly workspace: IWorkspace,
    documents: { get(uri: string): TextDocument | undefined },
    private readonly logger: Logger,
    private readonly l10n: L10n,
  ) {
    connection.onRequest(MatchesRequest.type, (params, token) =>
      runSafe(logger, 'matches', token, null, () => {
        const document = documents.get(params.textDocument.uri);
        return (document && service.matches(document, params.position)) ?? null;
      }),
    );
    connection.onRequest(ConcordanceRequest.type, (params, token) => runSafe(logger, 'concordance', token, { pairs: [], total: 0 }, () => service.concordance(params.phrase, params.locale, params.side, params.limit)));
    connection.onRequest(MemoryStatusRequest.type, (token) =>
      runSafe(logger, 'memoryStatus', token, { locales: [], pairs: 0, indexState: 'idle' as const }, () => ({
        locales: service.memory?.locales().sort() ?? [],
        pairs: service.memory?.size ?? 0,
        // Ready but still filling the memory: as the user sees it, the index is still being built.
        indexState: service.index?.state === 'ready' && !service.index.learned ? 'building' : (service.index?.state ?? 'idle'),
      })),
    );
    connection.onRequest(SuggestTermsRequest.type, (params, token) =>
      runSafe(logger, 'suggestTerms', token, { tbx: '', count: 0 }, () => {
        const l10n = this.l10n;
        service.index?.rememberNow(params.locale);
        const found = service.memory ? suggestTerms(service.memory.pairs(params.locale)) : [];
        const tbx = writeTbx(
          found.map((s) => ({ english: s.english, translation: s.keptAsWritten ? undefined : s.translation, note: l10n.t('{count} of {total} segments', { count: s.count, total: s.total }) })),
          params.locale,
          l10n.t('Glossary entries proposed by Side-by-Side Docs from the translation memory ({locale})', { locale: params.locale }),
        );
        return { tbx, count: found.length };
      }),
    );
  }

  /** Reads the glossary and TMX files the settings name (at start and after a settings change). */
  async configure(section: unknown): Promise<void> {
    const problems = await this.service.configureTerms(termFilesFrom(section, this.workspace.folders));
    this.report(problems);
  }

  /** One message per problem not shown before (a file read again with the same problem says nothing new). */
  report(problems: readonly FileProblem[]): void {
    const l10n = this.l10n;
    const now = new Set<string>();
    for (const p of problems) {
      const key = `${p.uri}:${p.line}:${p.message}`;
      now.add(key);
      if (this.shown.has(key)) continue;
      const file = URI.parse(p.uri).fsPath;
      const message = l10n.t('Side-by-Side Docs: {file}, line {line}: {problem}', { file, line: p.line, problem: p.message });
      this.logger.log(message);
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    }
    this.shown = now;
  }
}
