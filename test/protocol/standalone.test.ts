import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionRequest, HoverRequest, type CodeAction, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { TestClient, testClients } from '../support/lspClient';
import { sampleWorkspace } from '../support/sampleWorkspace';
import { frontMatter, seg } from '../support/sxs';

/** A copy of the sample workspace, as committed. */
const SAMPLE = sampleWorkspace();
const RO = path.join(SAMPLE, 'contoso-docs-pr.ro-RO/articles/sync-files.md');

describe('protocol: the server on its own, for editors other than VS Code', () => {
  const newClient = testClients();
  let client: TestClient;
  beforeEach(() => {
    client = newClient();
  });

  it('works without workspace/configuration: settings from the initialization options, the locale index from the workspace folders', async () => {
    // Helix and other clients may not answer workspace/configuration; the settings come with initialize.
    await client.initialize({}, { settings: { rules: { placeholder: 'off' } } }, [URI.file(SAMPLE).toString()]);
    const uri = URI.file(RO).toString();
    await client.open(uri, fs.readFileSync(RO, 'utf8'));
    // The Romanian sample is stale against the English: only the locale index knows it.
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'stale-translation'), 20_000);
    const codes = new Set(diagnostics.map((d) => d.code));
    assert.ok(codes.has('id-mismatch') && codes.has('link-text-empty'), [...codes].join(', '));
    assert.ok(!codes.has('placeholder'), 'the rule the initialization options turned off still reports');
  });

  it('takes the initialization options\' settings when the client answers workspace/configuration with nothing for the section', async () => {
    // Neovim and Helix answer null for a section their configuration does not have.
    client.settings = null;
    await client.initialize({ workspace: { configuration: true } }, { settings: { rules: { placeholder: 'off', 'id-mismatch': 'hint' } } });
    const uri = URI.file(RO).toString();
    await client.open(uri, fs.readFileSync(RO, 'utf8'));
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'id-mismatch'));
    assert.ok(!diagnostics.some((d) => d.code === 'placeholder'));
    assert.equal(diagnostics.find((d) => d.code === 'id-mismatch')?.severity, 4);
  });
});

describe('protocol: the server speaks the display language the client names (initialize params.locale)', () => {
  const newClient = testClients();
  let client: TestClient;

  const uri = 'file:///docs-pr.de-DE/articles/a.md';
  const text = frontMatter('de-DE', 'HT') + `${seg('4b7e2-104', 'Siehe [die Doku](https://aka.ms/y).', 'See [the docs](https://aka.ms/x).')}\n`;

  async function hoverAndActions(locale: string | undefined): Promise<{ hover: string; titles: string[]; message: string }> {
    client = newClient();
    await client.initialize(undefined, undefined, null, locale);
    await client.open(uri, text);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'link-url'));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 9, character: 30 } });
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics: diagnostics.filter((d) => d.code === 'link-url') },
    })) as CodeAction[];
    return { hover: (hover?.contents as MarkupContent).value, titles: actions.map((a) => a.title), message: String(diagnostics.find((d) => d.code === 'link-url')!.message) };
  }

  it('answers in German for de, with the English texts of the document untouched', async () => {
    const { hover, titles, message } = await hoverAndActions('de');
    assert.equal(message, 'Die Übersetzung verlinkt auf https://aka.ms/y; das Englische auf https://aka.ms/x.');
    assert.ok(titles.includes('Link-URL aus dem Englischen wiederherstellen: https://aka.ms/x'), titles.join(' | '));
    assert.match(hover, /^\*\*Englisch\*\* · `4b7e2-104` · Humanübersetzung \(HT\)/);
    assert.match(hover, /See \[the docs\]/);
    assert.ok(titles.includes('Regel link-url in den Einstellungen deaktivieren'), titles.join(' | '));
    assert.ok(titles.includes('Diesen link-url-Befund ignorieren (<!-- sxs-ignore link-url -->)'), titles.join(' | '));
  });

  it('answers in Traditional Chinese for zh-Hant, and in English for a language it has no translation of', async () => {
    const chinese = await hoverAndActions('zh-Hant');
    assert.match(chinese.hover, /^\*\*英文\*\*/);
    await client.stop();
    const french = await hoverAndActions('fr');
    assert.match(french.hover, /^\*\*English\*\* · `4b7e2-104` · Human translation \(HT\)/);
    assert.ok(french.titles.includes('Turn off the link-url rule in settings'));
    assert.equal(french.message, 'The translation links to https://aka.ms/y; the English links to https://aka.ms/x.');
    assert.match(chinese.message, /^翻譯連結到 https:\/\/aka\.ms\/y；英文連結到 https:\/\/aka\.ms\/x。$/);
  });
});
