import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CodeActionRequest, HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { ConcordanceRequest, MatchesRequest, MemoryStatusRequest, SuggestTermsRequest } from '#protocol';
import { TestClient, testClients } from '../support/lspClient';
import { frontMatter, lines, seg } from '../support/sxs';

/** A workspace of two German files whose segments share their English, one HT and one MT, a glossary and a broken TBX. */
function workspace(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-tm-'));
  const dir = path.join(root, 'docs-pr.de-DE', 'articles');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'a.md'), lines(frontMatter('de-DE', 'HT'), `- ${seg('aaaa1-104', 'Öffnen Sie die Seite **Einstellungen** in Ihrem Konto.', 'Open the **Settings** page in your account.')}`, ''));
  fs.writeFileSync(path.join(dir, 'b.md'), lines(frontMatter('de-DE', 'MT'), `- ${seg('bbbb1-104', 'Öffnen die Settings Seite in Ihr Account.', 'Open the **Settings** page of your account.')}`, ''));
  fs.writeFileSync(path.join(root, 'terms.csv'), 'english,locale,translation,status\naccount,de-DE,Konto,approved\n');
  fs.writeFileSync(path.join(root, 'broken.tbx'), '<martif>\n<text>\n  <body>\n</martif>\n');
  return root;
}

describe('protocol: translation memory and terminology', () => {
  const newClient = testClients();
  let client: TestClient;

  it('answers matches, code actions, concordance and the hover, and names a broken glossary file and line', async () => {
    const root = workspace();
    client = newClient();
    client.settings = { terminology: { glossaries: ['terms.csv', 'broken.tbx'] } };
    await client.initializeIndexed(root);
    assert.match(await client.waitForMessage((m) => m.includes('broken.tbx')), /broken\.tbx, line 4: Not valid XML/);
    const file = path.join(root, 'docs-pr.de-DE', 'articles', 'b.md');
    const { uri, text } = await client.openFile(file);
    const line = text.split('\n').findIndex((l) => l.includes('bbbb1-104'));
    const position = { line, character: text.split('\n')[line].indexOf('Öffnen') + 2 };

    const matches = await client.connection.sendRequest(MatchesRequest.type, { textDocument: { uri }, position });
    assert.equal(matches?.matches[0].percent, 85);
    assert.equal(matches?.matches[0].translationType, 'HT');
    assert.deepEqual(matches?.matches[0].diff.filter((c) => c.kind !== 'same'), [
      { kind: 'removed', text: 'in' },
      { kind: 'added', text: 'of' },
    ]);

    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    const apply = actions?.find((a) => 'title' in a && a.title.startsWith('Apply 85% HT match'));
    assert.ok(apply && 'edit' in apply);
    assert.equal(apply.edit!.changes![uri][0].newText, 'Öffnen Sie die Seite **Einstellungen** in Ihrem Konto.');

    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    assert.match((hover?.contents as MarkupContent).value, /`account` → `Konto`[\s\S]*1 match \(85% HT\)/);

    const found = await client.connection.sendRequest(ConcordanceRequest.type, { phrase: 'settings page', locale: 'de-DE', side: 'english' });
    assert.equal(found.total, 2);
    assert.deepEqual(found.pairs[0].hits.map((h) => found.pairs[0].english.slice(h.start, h.end)), ['Settings** page']);

    const status = await client.connection.sendRequest(MemoryStatusRequest.type);
    assert.deepEqual(status.locales, ['de-DE']);
    assert.equal(status.pairs, 2);

    const suggested = await client.connection.sendRequest(SuggestTermsRequest.type, { locale: 'de-DE' });
    assert.match(suggested.tbx, /^<\?xml/);
  });
});
