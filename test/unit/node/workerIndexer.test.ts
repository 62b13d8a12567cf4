import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { DEFAULT_CHECK_CONFIG } from '../../../server/src/core/config';
import { groupFiles, findMarkdownFiles, type FileGroup } from '../../../server/src/core/index/discovery';
import type { GroupEntries } from '../../../server/src/core/index/groupIndexing';
import type { IndexedDocument } from '../../../server/src/core/index/indexedDocument';
import { LocaleLayout } from '../../../server/src/core/index/layout';
import { createLanguageService } from '../../../server/src/core/languageService';
import { NodeWorkspace } from '../../../server/src/node/nodeWorkspace';
import { WorkerIndexer } from '../../../server/src/node/workerIndexer';
import { layoutWorkspace } from '../../support/localeWorkspaces';

/**
 * An entry without its stamp, its table as numbers: what two builds must agree on. The
 * term observations (pairs, or what was observed of them) go to the index's term statistics and the pairs to its translation memory,
 * not into the stored entry, so they are compared there (the whole build below).
 */
function comparable(doc: IndexedDocument) {
  return { ...doc, stamp: 0, terms: undefined, pairs: undefined, observed: undefined, segments: [...doc.segments.raw()] };
}

describe('node: building the locale index on worker threads', function () {
  this.timeout(60_000); // starts worker threads: opts out of the unit tests' 5 s
  let dir: string;
  let folder: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-workers-'));
    const fixture = await layoutWorkspace('repos');
    for (const [p, text] of Object.entries(fixture.files)) {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      fs.writeFileSync(path.join(dir, p), text);
    }
    // More documents, so that there are several batches.
    for (let i = 0; i < 120; i++) {
      for (const locale of ['de-DE', 'fi-FI', 'ro-RO']) {
        const p = path.join(dir, `ws/notes-pr.${locale}/more/doc${i}.md`);
        fs.mkdirSync(path.dirname(p), { recursive: true });
        fs.copyFileSync(path.join(dir, fixture.paths[locale]), p);
      }
    }
    folder = URI.file(path.join(dir, 'ws')).toString();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('indexes every batch it takes on a worker, as the server’s thread would', async () => {
    const workspace = new NodeWorkspace(new TextDocuments(TextDocument));
    workspace.setFolders([folder], false);
    const groups = groupFiles(new LocaleLayout([folder]), await findMarkdownFiles(workspace, [folder]));
    const queue: FileGroup[][] = [];
    for (let i = 0; i < groups.length; i += 25) queue.push(groups.slice(i, i + 25));
    const batches = queue.length;
    const received: GroupEntries[] = [];
    const workers = new WorkerIndexer(undefined, () => 1);
    await workers.run(
      () => queue.shift(),
      (entries) => received.push(...entries),
      () => assert.fail('a batch came back'),
    );
    assert.equal(workers.lastThreads, 1);
    assert.ok(batches > 1);
    assert.equal(received.length, groups.length);

    const inThread = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace });
    await inThread.index!.build();
    for (const entries of received) {
      for (const doc of [...entries.translations, ...(entries.english ? [entries.english] : [])]) {
        assert.deepEqual(comparable(doc), comparable(inThread.index!.document(doc.uri)!), doc.uri);
      }
    }
    assert.ok(received.some((e) => e.english && e.reference));
  });

  it('gives a batch back when the worker cannot run, for the server’s thread to do', async () => {
    const workers = new WorkerIndexer(path.join(dir, 'no-such-worker.js'), () => 1);
    const batch: FileGroup[] = [{ key: 'k', translations: [], english: undefined }];
    const given: (readonly FileGroup[])[] = [];
    let first = true;
    await workers.run(
      () => (first ? ((first = false), batch) : undefined),
      () => assert.fail('nothing was indexed'),
      (b) => given.push(b),
    );
    assert.deepEqual(given, [batch]);
  });

  it('the whole build with workers gives the same index as without', async () => {
    const build = async (bulkIndexer?: WorkerIndexer) => {
      const workspace = new NodeWorkspace(new TextDocuments(TextDocument));
      workspace.setFolders([folder], false);
      const service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace, bulkIndexer });
      await service.index!.build();
      const terms = service.index!.terms;
      const counts = terms.localeNames().map((locale) => [locale, terms.segments(locale)]);
      return { docs: new Map([...service.index!.documents()].map((d) => [d.uri, comparable(d)])), termCount: terms.size, counts, memory: service.memory!.stats() };
    };
    const withWorkers = await build(new WorkerIndexer(undefined, () => 1));
    const without = await build();
    assert.equal(withWorkers.docs.size, without.docs.size);
    for (const [uri, doc] of without.docs) assert.deepEqual(withWorkers.docs.get(uri), doc, uri);
    assert.ok(without.termCount > 0);
    assert.equal(withWorkers.termCount, without.termCount);
    assert.deepEqual(withWorkers.counts, without.counts);
    assert.ok(without.memory.pairs > 0);
    assert.deepEqual(withWorkers.memory, without.memory);
  });
});
