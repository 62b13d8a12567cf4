import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocumentSyncKind, type Diagnostic, type Position } from 'vscode-languageserver-protocol/node';
import { frontMatter, lines, seg } from '../support/sxs';
import { TestClient, testClients } from '../support/lspClient';

/** A document with findings of several kinds: structural, segment rules, the document's own. */
const DOCUMENT =
  frontMatter('de-DE', 'MT') +
  lines(
    '# <span data-ttu-id="abcde-101">Titel</span><span class="sxs-lookup"><span data-stu-id="abcde-101">Title</span></span>',
    '',
    seg('abcde-102', 'Öffnen Sie **Einstellungen**aus.', 'Open **Settings** now.'),
    seg('abcde-103', 'Das ist ein Test  Test.', 'This is a test.'),
    '',
    seg('abcde-104', 'Wählen Sie [Speichern](https://example.com/save).', 'Select [Save](https://example.com/save).') + seg('abcde-105', 'Dann schließen.', ' Then close.'),
    seg('abcde-106', 'Die die Datei.', 'The file.'),
    seg('abcde-106', 'Noch einer', 'Another one.'),
    '',
  );

/** The position of an offset, in UTF-16 code units. */
function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** A diagnostic as the editor shows it, the document's own URI named the same whatever it is. */
const shown = (d: Diagnostic, uri: string) => JSON.parse(JSON.stringify({ ...d, data: undefined }).split(JSON.stringify(uri).slice(1, -1)).join('DOC')) as unknown;

/** One change as VS Code sends it: where, in the text as the changes before it in the same notification left it, and what replaces it. */
const change = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(4), insert: fc.stringMatching(/^[a-zä<>"*\n -]{0,3}$/) });

describe('protocol: incremental changes, as VS Code sends them', () => {
  const newClient = testClients();
  let client: TestClient;
  beforeEach(() => {
    client = newClient();
  });

  it('asks for incremental changes', async () => {
    const { capabilities } = await client.initialize();
    const sync = capabilities.textDocumentSync;
    assert.equal(typeof sync === 'object' ? sync.change : sync, TextDocumentSyncKind.Incremental);
  });

  it('publishes after each edit what a document opened with the same text shows', async function () {
    // Each run types into a document of its own, waiting for its diagnostics after each edit.
    this.timeout(30_000);
    await client.initialize();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), async (edits) => {
        run++;
        const uri = `file:///docs-pr.de-DE/edited-${run}.md`;
        let text = DOCUMENT;
        await client.open(uri, text);
        await client.waitForDiagnostics(uri, (_d, v) => v === 1);
        let version = 1;
        for (const batch of edits) {
          const sent = batch.map(({ at, remove, insert }) => {
            const start = Math.floor(at * text.length);
            const end = Math.min(text.length, start + remove);
            const range = { start: positionAt(text, start), end: positionAt(text, end) };
            text = text.slice(0, start) + insert + text.slice(end);
            return { range, text: insert };
          });
          const expected = ++version;
          await client.changeRanges(uri, expected, sent);
          await client.waitForDiagnostics(uri, (_d, v) => v === expected);
        }
        const edited = await client.waitForDiagnostics(uri, (_d, v) => v === version);
        const fresh = `file:///docs-pr.de-DE/fresh-${run}.md`;
        await client.open(fresh, text);
        const opened = await client.waitForDiagnostics(fresh, (_d, v) => v === 1);
        assert.deepEqual(
          edited.map((d) => shown(d, uri)),
          opened.map((d) => shown(d, fresh)),
        );
      }),
      { numRuns: 12 },
    );
  });
});
