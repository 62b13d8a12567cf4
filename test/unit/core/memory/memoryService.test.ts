import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { DEFAULT_CHECK_CONFIG } from '../../../../server/src/core/config';
import { createLanguageService, type LanguageService } from '../../../../server/src/core/languageService';
import { fileUri, InMemoryWorkspace } from '../../../support/inMemoryWorkspace';
import { positionOf } from '../../../support/localeWorkspaces';
import { frontMatter, lines, seg } from '../../../support/sxs';

const DE = '/ws/docs-pr.de-DE/articles';
const ht = lines(frontMatter('de-DE', 'HT'), `- ${seg('aaaa1-104', 'Führen Sie `Get-User` aus, um das [Konto](https://contoso.example/a) zu öffnen.', 'Run `Get-User` to open the [account](https://contoso.example/a).')}`, '');
const mt = lines(frontMatter('de-DE', 'MT'), `- ${seg('bbbb1-104', 'Ausführen `Get-Group` öffnen das Account.', 'Run `Get-Group` to open the [account](https://contoso.example/b).')}`, '');
const glossary = ['english,locale,translation,status', 'account,de-DE,Konto,approved', 'account,de-DE,Account,forbidden'].join('\n');

async function service(files: Record<string, string>): Promise<{ service: LanguageService; workspace: InMemoryWorkspace }> {
  const workspace = new InMemoryWorkspace(files, ['/ws']);
  const s = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace });
  await s.index!.build();
  return { service: s, workspace };
}

function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), [...edits]);
}

describe('translation memory in the language service', () => {
  it('offers the human translation of a like sentence, made to fit this segment, applied to the translation text only', async () => {
    const { service: s } = await service({ [`${DE}/a.md`]: ht, [`${DE}/b.md`]: mt });
    const doc = TextDocument.create(fileUri(`${DE}/b.md`), 'markdown', 1, mt);
    const at = positionOf(mt, 'Ausführen');
    const found = s.matches(doc, at)!;
    assert.equal(found.matches.length, 1);
    assert.equal(found.matches[0].translationType, 'HT');
    assert.equal(found.matches[0].percent, 85); // Get-User → Get-Group: 1 word of 7 (Get, User count as two)
    const actions = await s.codeActions(doc, { diagnostics: [] }, undefined, { start: at, end: at });
    const apply85 = actions.find((a) => a.title.startsWith('Apply 85% HT match'));
    assert.ok(apply85, actions.map((a) => a.title).join('\n'));
    const after = apply(mt, apply85.edit!.changes![doc.uri]);
    assert.equal(after, mt.replace('Ausführen `Get-Group` öffnen das Account.', 'Führen Sie `Get-Group` aus, um das [Konto](https://contoso.example/b) zu öffnen.'));
  });

  it('shows the glossary terms and the matches in the hover, and checks the glossary', async () => {
    const { service: s } = await service({ [`${DE}/a.md`]: ht, [`${DE}/b.md`]: mt, '/ws/terms.csv': glossary });
    assert.deepEqual(await s.configureTerms({ glossaries: [fileUri('/ws/terms.csv')], memories: [] }), []);
    const doc = TextDocument.create(fileUri(`${DE}/b.md`), 'markdown', 1, mt);
    const hover = s.hover(doc, positionOf(mt, 'Ausführen'))!;
    const text = (hover.contents as MarkupContent).value;
    assert.match(text, /Terms: `account` → `Konto` · `account`: not `Account`/);
    assert.match(text, /Translation memory: 1 match \(85% HT\)/);
    const findings = await s.findings(doc);
    assert.ok(findings.some((f) => f.code === 'glossary-term' && f.fix?.edits[0].newText === 'Konto'));
  });

  it('names the file and line of a broken glossary or TMX, and keeps the others', async () => {
    const { service: s } = await service({ [`${DE}/b.md`]: mt, '/ws/terms.csv': glossary, '/ws/bad.tbx': '<martif>\n<text>\n<body>\n</text>', '/ws/bad.tmx': '<html/>' });
    const problems = await s.configureTerms({ glossaries: [fileUri('/ws/terms.csv'), fileUri('/ws/bad.tbx')], memories: [fileUri('/ws/bad.tmx')] });
    assert.deepEqual(
      problems.map((p) => [p.uri.replace(/.*\//, ''), p.line]),
      [
        ['bad.tbx', 4],
        ['bad.tmx', 1],
      ],
    );
    assert.equal(s.terminology().glossary.size, 2);
  });

  it('adds the pairs of a TMX file the settings name, and reads it again when it changes', async () => {
    const tmx = (fr: string) => `<tmx version="1.4"><header srclang="en-US"/><body><tu><tuv xml:lang="en-US"><seg>Run the update.</seg></tuv><tuv xml:lang="de-DE"><seg>${fr}</seg></tuv></tu></body></tmx>`;
    const { service: s, workspace } = await service({ [`${DE}/b.md`]: mt, '/ws/old.tmx': tmx('Führen Sie das Update aus.') });
    await s.configureTerms({ glossaries: [], memories: [fileUri('/ws/old.tmx')] });
    assert.equal(s.memory!.lookup('Run the update.', 'de-DE')[0].translation, 'Führen Sie das Update aus.');
    const changed = new Promise<void>((resolve) => s.onDidChangeTerms(() => resolve()));
    workspace.write('/ws/old.tmx', tmx('Aktualisieren Sie.'));
    await changed;
    assert.deepEqual(s.memory!.lookup('Run the update.', 'de-DE').map((m) => m.translation), ['Aktualisieren Sie.']);
  });

  it('keeps the memory current when a file changes', async () => {
    const { service: s, workspace } = await service({ [`${DE}/a.md`]: ht, [`${DE}/b.md`]: mt });
    workspace.write(`${DE}/a.md`, ht.replace('um das [Konto]', 'damit das [Konto]'));
    await s.index!.whenIdle();
    assert.match(s.memory!.lookup('Run `Get-User` to open the [account](https://contoso.example/a).', 'de-DE')[0].translation, /damit das/);
    workspace.delete(`${DE}/a.md`);
    await s.index!.whenIdle();
    assert.deepEqual(s.memory!.lookup('Run `Get-User` to open the [account](https://contoso.example/a).', 'de-DE', { minimum: 100 }), []);
  });
});
