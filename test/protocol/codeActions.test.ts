import * as assert from 'node:assert/strict';
import { CodeActionRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { frontMatter, seg } from '../support/sxs';
import { TestClient, testClients } from '../support/lspClient';

describe('protocol: code actions', () => {
  const newClient = testClients();
  let client: TestClient;
  beforeEach(() => {
    client = newClient();
  });

  it('says it serves quick fixes and source.fixAll.sxsDocs', async () => {
    const result = await client.initialize();
    assert.deepEqual(result.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.sxsDocs'] });
  });

  it('answers a diagnostic with the fix its data carries, and the fixes of every rule', async () => {
    await client.initialize();
    const uri = 'file:///docs-pr.ro-RO/articles/fix.md';
    await client.open(uri, frontMatter('ro-RO') + `${seg('e869d-104', 'Vezi [documentația](https://aka.ms/y).', 'See [the docs](https://aka.ms/x).')}\n`);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'link-url'));
    const diagnostic = diagnostics.find((d) => d.code === 'link-url')!;
    assert.equal(diagnostic.message, 'The translation links to https://aka.ms/y; the English links to https://aka.ms/x.');
    assert.deepEqual(diagnostic.range, { start: { line: 9, character: 50 }, end: { line: 9, character: 66 } });
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), [
      'Restore the link URL from the English: https://aka.ms/x',
      'Ignore this link-url finding (<!-- sxs-ignore link-url -->)',
      'Turn off the link-url rule in settings',
    ]);
    assert.deepEqual(actions[0].edit?.changes?.[uri], [{ range: diagnostic.range, newText: 'https://aka.ms/x' }]);
    assert.deepEqual(actions[1].edit?.changes?.[uri], [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, newText: '<!-- sxs-ignore link-url -->' }]);
    assert.equal(actions[2].command?.command, 'sxsDocs.turnOffRule');
  });

  it('turns a rule off when the settings say so', async () => {
    await client.initialize();
    client.settings = { rules: { 'repeated-word': 'off', untranslated: 'hint' } };
    const uri = 'file:///docs-pr.ro-RO/articles/settings.md';
    const same = 'We apologize for the inconvenience.';
    await client.open(uri, frontMatter('ro-RO', 'MT') + `${seg('e869d-104', same, same)}\n${seg('e869d-105', 'Deschideți fișierul fișierul.', 'Open the file.')}\n`);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['untranslated', 4]]);
  });
});
