import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isCancelled } from '../../../server/src/core/cancellation';
import { DEFAULT_CHECK_CONFIG } from '../../../server/src/core/config';
import type { BulkIndexer } from '../../../server/src/core/index/bulkIndexer';
import { createLanguageService } from '../../../server/src/core/languageService';
import type { Event } from '../../../server/src/core/workspace';
import { InMemoryWorkspace } from '../../support/inMemoryWorkspace';
import { frontMatter, seg } from '../../support/sxs';

/** A workspace whose event subscriptions are counted: those made and not yet disposed. */
function countingWorkspace(files: Record<string, string>, folders: string[]): { workspace: InMemoryWorkspace; listening: () => number } {
  const inner = new InMemoryWorkspace(files, folders);
  let listening = 0;
  const counted =
    <T>(event: Event<T>): Event<T> =>
    (listener) => {
      const subscription = event(listener);
      listening++;
      return {
        dispose: () => {
          listening--;
          subscription.dispose();
        },
      };
    };
  const workspace = Object.create(inner, {
    onDidChangeFiles: { value: counted(inner.onDidChangeFiles) },
    onDidChangeFolders: { value: counted(inner.onDidChangeFolders) },
  }) as InMemoryWorkspace;
  return { workspace, listening: () => listening };
}

const CANCELLED = { isCancellationRequested: true };
const uri = 'file:///docs-pr.de-DE/articles/a.md';
const body = Array.from({ length: 300 }, (_, i) => `${seg(`abcde-${100 + i}`, `Satz ${i}.`, `Sentence ${i}.`)}\n`).join('\n');
// One segment whose ids differ: the check has a finding to show.
const text = `${frontMatter('de-DE')}# ${seg('abcde-99', 'Titel', 'Title')}\n\n${body}\n${seg('abcde-400', 'Öffnen Sie die Seite.', 'Open the page.', 'abcde-401')}\n`;

describe('language service: cancellation and dispose', () => {
  it('stops the checks, the outline and the preview when their token is cancelled, and caches nothing', async () => {
    const service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG });
    const document = TextDocument.create(uri, 'markdown', 1, text);
    await assert.rejects(service.diagnostics(document, CANCELLED), isCancelled);
    await assert.rejects(service.codeActions(document, { diagnostics: [] }, CANCELLED), isCancelled);
    await assert.rejects(service.preview(document, [], CANCELLED), isCancelled);
    assert.throws(() => service.documentSymbols(document, CANCELLED), isCancelled);
    // Nothing of the cancelled runs was kept as this version's answer.
    assert.ok((await service.diagnostics(document)).some((d) => d.code === 'id-mismatch'));
    assert.equal((await service.preview(document))?.rows.length, 302);
    assert.ok(service.documentSymbols(document).length > 0);
  });

  it('stops a check part-way: a token cancelled after the first look ends it', async () => {
    const service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG });
    const document = TextDocument.create(uri, 'markdown', 1, text);
    let looks = 0;
    const later = { get isCancellationRequested() { return ++looks > 3; } };
    await assert.rejects(service.diagnostics(document, later), isCancelled);
    assert.ok(looks > 3, 'the token was looked at during the check');
  });

  it('dispose releases the index’s subscriptions to the workspace and the bulk indexer', async () => {
    const { workspace, listening } = countingWorkspace({ '/ws/docs-pr.de-DE/a.md': text }, ['/ws']);
    let indexerDisposed = 0;
    const bulkIndexer: BulkIndexer = { run: async () => undefined, dispose: () => indexerDisposed++ };
    const service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace, bulkIndexer });
    await service.index!.build();
    assert.ok(listening() > 0, 'the index listens to the workspace');
    let changes = 0;
    service.index!.onDidChange(() => changes++);
    service.dispose();
    assert.equal(listening(), 0);
    assert.equal(indexerDisposed, 1);
    workspace.write('/ws/docs-pr.de-DE/b.md', text);
    await service.index!.whenIdle();
    assert.equal(changes, 0, 'a disposed index took a change');
  });
});
