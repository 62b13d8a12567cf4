import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { FileChange } from '../../../server/src/core/workspace';
import { EDIT_SETTLE_MS, NodeWorkspace } from '../../../server/src/node/nodeWorkspace';

type Handler = (params: unknown) => void;

/** The editor's side of the text document notifications, driven by the test. */
function editor() {
  const handlers = new Map<string, Handler>();
  const on = (name: string) => (handler: Handler) => {
    handlers.set(name, handler);
    return { dispose: () => handlers.delete(name) };
  };
  const connection = {
    onDidOpenTextDocument: on('open'),
    onDidChangeTextDocument: on('change'),
    onDidCloseTextDocument: on('close'),
    onWillSaveTextDocument: on('willSave'),
    onWillSaveTextDocumentWaitUntil: on('willSaveWaitUntil'),
    onDidSaveTextDocument: on('save'),
  } as unknown as Connection;
  const documents = new TextDocuments(TextDocument);
  documents.listen(connection);
  const versions = new Map<string, number>();
  const send = (name: string, params: unknown) => handlers.get(name)!(params);
  return {
    documents,
    open: (uri: string, text: string) => {
      versions.set(uri, 1);
      send('open', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    },
    edit: (uri: string, text: string) => {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      send('change', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    close: (uri: string) => send('close', { textDocument: { uri } }),
  };
}

/** Lets the pending promise callbacks and immediates run. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** The change events of the workspace, and a wait for the next one with a deadline. */
function recorder(workspace: NodeWorkspace) {
  const seen: FileChange[] = [];
  let wake: (() => void) | undefined;
  workspace.onDidChangeFiles((changes) => {
    seen.push(...changes);
    wake?.();
  });
  const next = (ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      wake = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve(true);
      };
    });
  return { seen, next };
}

describe('node: the workspace of open documents and files on disk', () => {
  let folder: string;
  let uri: string;
  const onDisk = '---\nms.contentlocale: de-DE\n---\nText on disk.\n';

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-nodews-'));
    fs.mkdirSync(path.join(folder, 'de-de'));
    fs.writeFileSync(path.join(folder, 'de-de', 'a.md'), onDisk);
    uri = URI.file(path.join(folder, 'de-de', 'a.md')).toString();
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('says nothing of a document opened with the text on disk: the index has it already', async () => {
    const e = editor();
    const workspace = new NodeWorkspace(e.documents);
    const events = recorder(workspace);
    e.open(uri, onDisk);
    // The comparison with the disk reads the file at once (synchronously) and answers on the next turn.
    await turn();
    assert.deepEqual(events.seen, []);
    assert.equal(await workspace.readText(uri), onDisk);
    // Edited afterwards, it is told of as any edit.
    e.edit(uri, onDisk.replace('Text', 'New text'));
    assert.equal(await events.next(EDIT_SETTLE_MS * 20), true);
    assert.deepEqual(events.seen, [{ uri, type: 'changed' }]);
  });

  it('says a document opened with other (unsaved) text changed, and reads that text', async () => {
    const e = editor();
    const workspace = new NodeWorkspace(e.documents);
    const events = recorder(workspace);
    const unsaved = onDisk.replace('on disk', 'not saved');
    e.open(uri, unsaved);
    await turn();
    assert.deepEqual(events.seen, [{ uri, type: 'changed' }]);
    assert.equal(await workspace.readText(uri), unsaved);
    assert.equal(workspace.openDocument(uri)?.getText(), unsaved);
  });

  it('tells of edits once the typing pauses, once for a burst of edits', async () => {
    const e = editor();
    const workspace = new NodeWorkspace(e.documents);
    e.open(uri, onDisk);
    const events = recorder(workspace);
    for (let i = 1; i <= 5; i++) e.edit(uri, onDisk.replace('Text', `Text ${i}`));
    assert.deepEqual(events.seen, [], 'not on each keystroke');
    assert.equal(await events.next(EDIT_SETTLE_MS * 20), true);
    assert.deepEqual(events.seen, [{ uri, type: 'changed' }]);
    assert.equal(await workspace.readText(uri), onDisk.replace('Text', 'Text 5'));
  });

  it('on closing, tells at once (an edit still pausing or not) and reads the disk again', async () => {
    const e = editor();
    const workspace = new NodeWorkspace(e.documents);
    e.open(uri, onDisk);
    const events = recorder(workspace);
    e.edit(uri, onDisk.replace('Text', 'Edited text'));
    e.close(uri);
    assert.deepEqual(events.seen, [{ uri, type: 'changed' }]);
    assert.equal(workspace.openDocument(uri), undefined);
    assert.equal(await workspace.readText(uri), onDisk);
  });

  it('finds an open document under the one spelling of its URI, whichever way the editor spelled it', async () => {
    const e = editor();
    const workspace = new NodeWorkspace(e.documents);
    const spelled = uri.replace('/de-de/', '/de%2Dde/');
    e.open(spelled, onDisk.replace('on disk', 'open'));
    const open = workspace.openDocument(uri);
    assert.equal(open?.uri, uri);
    assert.equal(open?.getText(), onDisk.replace('on disk', 'open'));
  });
});
