import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { FIX_ALL_KIND } from '../../../server/src/core/codeActions';
import { TURN_OFF_RULE_COMMAND } from '../../../server/src/core/commands';
import { checkConfigFrom } from '../../../server/src/core/config';
import { createLanguageService } from '../../../server/src/core/languageService';
import { sampleWorkspace } from '../../support/sampleWorkspace';
import { frontMatter, seg } from '../../support/sxs';

/** A copy of the sample workspace, as committed. */
const SAMPLES = sampleWorkspace();
/** Every rule with a fix is on: double-space too, which is off by default (the it-IT sample's only fix is one). */
const service = () => createLanguageService({ config: () => checkConfigFrom({ rules: { 'double-space': 'hint' } }) });

function apply(document: TextDocument, action: CodeAction): string {
  const edits = action.edit?.changes?.[document.uri] ?? [];
  return TextDocument.applyEdits(document, edits);
}

/** Applies the source.fixAll action to the text and returns the result. */
async function fixAll(uri: string, text: string, version = 1): Promise<string> {
  const document = TextDocument.create(uri, 'markdown', version, text);
  const actions = await service().codeActions(document, { diagnostics: [], only: [FIX_ALL_KIND] });
  return actions.length ? apply(document, actions[0]) : text;
}

describe('code actions', () => {
  const uri = 'file:///docs-pr.ro-RO/articles/a.md';
  const text = `${frontMatter('ro-RO')}- ${seg('e869d-104', 'Contactați {AliasAsistență}.', 'Contact {SupportAlias}.', 'e869d-105')}\n- ${seg('e869d-106', 'Sau {Altceva}.', 'Or {Other}.')}\n`;

  async function actionsFor(code: string, version = 1): Promise<{ document: TextDocument; diagnostic: Diagnostic; actions: CodeAction[] }> {
    const s = service();
    const document = TextDocument.create(uri, 'markdown', 1, text);
    const diagnostic = (await s.diagnostics(document)).find((d) => d.code === code)!;
    const current = TextDocument.create(uri, 'markdown', version, text);
    return { document: current, diagnostic, actions: await s.codeActions(current, { diagnostics: [diagnostic] }) };
  }

  it('read the check of the version the diagnostics were made from, and check a new version once', async () => {
    let checks = 0;
    const s = createLanguageService({ config: () => (checks++, checkConfigFrom({})) });
    const document = TextDocument.create(uri, 'markdown', 1, text);
    const diagnostic = (await s.diagnostics(document)).find((d) => d.code === 'placeholder')!;
    assert.equal(checks, 1);
    for (let move = 0; move < 5; move++) assert.ok((await s.codeActions(document, { diagnostics: [diagnostic] })).length > 0);
    assert.equal(checks, 1, 'a code action request checked the same version again');
    const edited = TextDocument.create(uri, 'markdown', 2, text);
    await s.codeActions(edited, { diagnostics: [] });
    await s.codeActions(edited, { diagnostics: [] });
    assert.equal(checks, 2, 'a new version is checked once');
  });

  it('offer the fix, fix all of the kind, ignore here, and turn the rule off, in that order', async () => {
    const { document, diagnostic, actions } = await actionsFor('placeholder');
    assert.deepEqual(actions.map((a) => a.title), [
      'Restore the placeholder from the English: {SupportAlias}',
      'Fix all 2 placeholder problems in this file',
      'Ignore this placeholder finding (<!-- sxs-ignore placeholder -->)',
      'Turn off the placeholder rule in settings',
    ]);
    assert.ok(actions.every((a) => a.kind === CodeActionKind.QuickFix));
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[0].diagnostics, [diagnostic]);
    assert.equal(apply(document, actions[0]), text.replace('{AliasAsistență}', '{SupportAlias}'));
    assert.equal(apply(document, actions[1]), text.replace('{AliasAsistență}', '{SupportAlias}').replace('{Altceva}', '{Other}'));
    assert.equal(apply(document, actions[2]), text.replace('- <span data-ttu-id="e869d-104">', '- <!-- sxs-ignore placeholder --><span data-ttu-id="e869d-104">'));
    assert.deepEqual(actions[3].command, { title: 'Turn off the placeholder rule in settings', command: TURN_OFF_RULE_COMMAND, arguments: ['placeholder', uri] });
  });

  it('set the source id to the translation id', async () => {
    const { document, actions } = await actionsFor('id-mismatch');
    assert.equal(actions[0].title, "Set the English lookup's id to e869d-104");
    assert.equal(apply(document, actions[0]), text.replace('data-stu-id="e869d-105"', 'data-stu-id="e869d-104"'));
  });

  it('offer no edit computed for another version of the document, only turning the rule off', async () => {
    const { actions } = await actionsFor('placeholder', 2);
    assert.deepEqual(actions.map((a) => a.title), ['Turn off the placeholder rule in settings']);
  });

  it('ignore diagnostics of other sources', async () => {
    const document = TextDocument.create(uri, 'markdown', 1, text);
    const foreign: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'markdownlint', code: 'MD001' };
    assert.deepEqual(await service().codeActions(document, { diagnostics: [foreign] }), []);
  });

  it('source.fixAll.sxsDocs is only given when asked for by name (not for a plain source.fixAll)', async () => {
    const document = TextDocument.create(uri, 'markdown', 1, text);
    assert.deepEqual(await service().codeActions(document, { diagnostics: [], only: [CodeActionKind.SourceFixAll] }), []);
    const [action] = await service().codeActions(document, { diagnostics: [], only: [FIX_ALL_KIND] });
    assert.equal(action.kind, FIX_ALL_KIND);
    assert.equal(apply(document, action), text.replace('{AliasAsistență}', '{SupportAlias}').replace('{Altceva}', '{Other}').replace('data-stu-id="e869d-105"', 'data-stu-id="e869d-104"'));
  });

  // de-DE's defects (bold lost, a number changed, a sentence untranslated) have no known fix.
  for (const [locale, fixable] of [['de-DE', false], ['ro-RO', true], ['fi-FI', true], ['it-IT', true]] as const) {
    it(`fixing all twice gives the text of fixing once, and each fix changes only its range (sample ${locale})`, async () => {
      const file = path.join(SAMPLES, `contoso-docs-pr.${locale}`, 'articles', 'sync-files.md');
      const original = fs.readFileSync(file, 'utf8');
      const fileUri = `file://${file}`;
      const once = await fixAll(fileUri, original);
      assert.equal(once !== original, fixable, 'the sample has something to fix');
      assert.equal(await fixAll(fileUri, once, 2), once);
      const document = TextDocument.create(fileUri, 'markdown', 1, original);
      for (const d of await service().diagnostics(document)) {
        const [fix] = await service().codeActions(document, { diagnostics: [d] });
        const edits = fix.edit?.changes?.[fileUri];
        if (!edits || fix.title.startsWith('Ignore') || fix.title.startsWith('Turn off')) continue;
        const after = TextDocument.applyEdits(document, edits);
        const start = Math.min(...edits.map((e) => document.offsetAt(e.range.start)));
        const end = Math.max(...edits.map((e) => document.offsetAt(e.range.end)));
        assert.equal(after.slice(0, start), original.slice(0, start), fix.title);
        assert.equal(after.slice(after.length - (original.length - end)), original.slice(end), fix.title);
        const again = await service().diagnostics(TextDocument.create(fileUri, 'markdown', 2, after));
        assert.ok(!again.some((x) => x.code === d.code && x.message === d.message), `${fix.title} leaves its finding`);
      }
    });
  }
});
