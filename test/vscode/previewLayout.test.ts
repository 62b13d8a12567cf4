import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { frontMatter, lines, seg } from '../support/sxs';
import { browserRequest, sampleUri, screenshot, workspaceRoot } from './util';

/** Writes a file of the test workspace (its folders made as needed); returns its URI. */
function write(path: string, text: string): vscode.Uri {
  const uri = vscode.Uri.joinPath(workspaceRoot(), ...path.split('/'));
  fs.mkdirSync(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
  fs.writeFileSync(uri.fsPath, text);
  return uri;
}

/** Waits in the preview's webview until the expression holds. */
async function webviewWait(expression: string): Promise<void> {
  await browserRequest({ kind: 'webviewWait', expression });
}

async function webviewEval<T>(expression: string): Promise<T> {
  return (await browserRequest<T>({ kind: 'webviewEval', expression })) as T;
}

/** Adds a locale column from the preview's picker (its first offer) and waits for the header to have `columns` cells. */
async function addFirstOfferedLocale(columns: number): Promise<void> {
  await browserRequest({ kind: 'webviewClick', selector: '.ui-toolbar .ui-button', index: 1 });
  await browserRequest({ kind: 'pageClick', selector: '.quick-input-widget .monaco-list-row' });
  await webviewWait(`document.querySelectorAll('thead th').length === ${columns}`);
}

/**
 * The words of the text cells that the layout breaks across lines: a word whose characters
 * lie on two lines has client rectangles at two heights. Words are runs of Latin or Arabic
 * letters and digits (Japanese breaks between any two characters, as it should).
 */
const BROKEN_WORDS = `(() => {
  const broken = [];
  for (const cell of document.querySelectorAll('tr.ui-row td.ui-text')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/[\\p{Script=Latin}\\p{Script=Arabic}\\p{N}]+/gu)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
})()`;

const created: vscode.Uri[] = [];

describe('VS Code: the preview\'s layout', function () {
  before(function () {
    if (!process.env.SXS_SCREENSHOT_REQUESTS) this.skip(); // Needs the code-server runner to look into the webview.
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(() => {
    // The locale versions written here leave the workspace as the other suites expect it.
    for (const uri of created.splice(0)) fs.rmSync(uri.fsPath, { force: true });
    for (const folder of ['contoso-docs-pr.ar-SA', 'contoso-docs-pr.ja-JP']) fs.rmSync(vscode.Uri.joinPath(workspaceRoot(), folder).fsPath, { recursive: true, force: true });
  });

  it('opens at the segment under the editor\'s cursor, marked as the current one', async () => {
    const uri = sampleUri('contoso-docs-pr.ro-RO', 'articles', 'sync-files.md');
    const editor = await vscode.window.showTextDocument(uri);
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes('e869d-127'));
    editor.selection = new vscode.Selection(line, 20, line, 20);
    await vscode.commands.executeCommand('sxsDocs.openPreviewToSide');
    await webviewWait("document.querySelector('tr.ui-row.ui-active') !== null");
    const shown = await webviewEval<{ text: string; top: number; bottom: number; height: number; scrolled: number }>(`(() => {
      const row = document.querySelector('tr.ui-row.ui-active');
      const box = row.getBoundingClientRect();
      return { text: row.textContent, top: box.top, bottom: box.bottom, height: window.innerHeight, scrolled: window.scrollY };
    })()`);
    assert.match(shown.text, /0x8004de40/);
    assert.ok(shown.scrolled > 0, 'the preview scrolled down to the segment');
    assert.ok(shown.top >= 0 && shown.bottom <= shown.height, `the row is in view: ${JSON.stringify(shown)}`);
  });

  it('keeps words whole in narrow columns: the columns keep a minimum width and the page scrolls sideways', async () => {
    const english = lines('---', 'title: Columns', '---', '# Synchronization settings for administrators', '', 'Administrators manage the synchronization settings of every device.', '');
    const version = (locale: string, heading: string, body: string) =>
      lines(frontMatter(locale, 'HT'), `# ${seg('c0c0a-101', heading, 'Synchronization settings for administrators')}`, '', seg('c0c0a-102', body, 'Administrators manage the synchronization settings of every device.'), '');
    created.push(
      write('contoso-docs/articles/columns.md', english),
      write('contoso-docs-pr.fi-FI/articles/columns.md', version('fi-FI', 'Synkronointiasetukset järjestelmänvalvojille', 'Järjestelmänvalvojat hallitsevat jokaisen laitteen synkronointiasetuksia.')),
      write('contoso-docs-pr.it-IT/articles/columns.md', version('it-IT', 'Impostazioni di sincronizzazione per amministratori', 'Gli amministratori gestiscono le impostazioni di sincronizzazione di ogni dispositivo.')),
    );
    const de = write('contoso-docs-pr.de-DE/articles/columns.md', version('de-DE', 'Synchronisierungseinstellungen für Administratoren', 'Administratoren verwalten die Synchronisierungseinstellungen jedes Geräts.'));
    created.push(de);
    await vscode.window.showTextDocument(de);
    await vscode.commands.executeCommand('sxsDocs.openPreviewToSide');
    await webviewWait("document.querySelectorAll('tr.ui-row').length === 2 && document.querySelectorAll('.ui-toolbar .ui-button').length === 2");
    await addFirstOfferedLocale(4);
    await addFirstOfferedLocale(5);
    await webviewWait("[...document.querySelectorAll('tr.ui-row')].every((r) => r.children.length === 5)");
    const broken = await webviewEval<string[]>(BROKEN_WORDS);
    assert.deepEqual(broken, [], 'no word is broken across lines');
    const page = await webviewEval<{ scrollWidth: number; width: number; narrowest: number; em: number }>(`(() => {
      const cells = [...document.querySelectorAll('thead th')].slice(1);
      return {
        scrollWidth: document.documentElement.scrollWidth,
        width: document.documentElement.clientWidth,
        narrowest: Math.min(...cells.map((c) => c.getBoundingClientRect().width)),
        em: parseFloat(getComputedStyle(document.querySelector('.ui-rows')).fontSize),
      };
    })()`);
    assert.ok(page.scrollWidth > page.width, `the page scrolls sideways: ${JSON.stringify(page)}`);
    assert.ok(page.narrowest >= 14 * page.em - 1, `every text column is at least 14em wide: ${JSON.stringify(page)}`);
  });

  it('shows a right-to-left and a CJK locale side by side: the Arabic cell right to left, its messages left to right, each column its own findings', async () => {
    const sentences = ['Sync your files with Contoso Drive', 'Contoso Drive keeps a copy of your files on all your devices.', 'Select **Settings** > **Sync**.', 'The first sync can take up to 30 minutes.'];
    const english = lines('---', 'title: Scripts', '---', `# ${sentences[0]}`, '', sentences.slice(1).join(' '), '');
    const version = (locale: string, translated: string[], mismatched: number) => {
      const id = (n: number) => `5c41e-${101 + n}`;
      const s = (n: number) => seg(id(n), translated[n], sentences[n], n === mismatched ? id(n + 10) : id(n));
      return lines(frontMatter(locale, 'MT'), `# ${s(0)}`, '', [s(1), s(2), s(3)].join(' '), '');
    };
    created.push(
      write('contoso-docs/articles/scripts.md', english),
      // Each version has a defect of its own, in a different row: the id of an English lookup that is not its segment's.
      write('contoso-docs-pr.ja-JP/articles/scripts.md', version('ja-JP', ['Contoso Drive でファイルを同期する', 'Contoso Drive は、すべてのデバイスにファイルのコピーを保持します。', '**[設定]** > **[同期]** を選択します。', '最初の同期には最大 30 分かかることがあります。'], 1)),
    );
    const ar = write('contoso-docs-pr.ar-SA/articles/scripts.md', version('ar-SA', ['مزامنة ملفاتك مع Contoso Drive', 'يحتفظ Contoso Drive بنسخة من ملفاتك على جميع أجهزتك.', 'حدد **الإعدادات** > **المزامنة**.', 'قد تستغرق المزامنة الأولى ما يصل إلى 30 دقيقة.'], 2));
    created.push(ar);
    await vscode.window.showTextDocument(ar);
    await vscode.commands.executeCommand('sxsDocs.openPreviewToSide');
    await webviewWait("document.querySelectorAll('tr.ui-row').length === 4 && document.querySelectorAll('.ui-toolbar .ui-button').length === 2");
    await addFirstOfferedLocale(4);
    await webviewWait("document.querySelector('thead th:nth-child(4)').textContent.startsWith('ja-JP') && [...document.querySelectorAll('tr.ui-row td:nth-child(4)')].some((c) => c.textContent.includes('同期'))");
    // The Japanese column shows the Japanese file's own finding, in its row (102), under the Japanese text.
    await webviewWait("[...document.querySelectorAll('tr.ui-row td:nth-child(4) .ui-findings')].length === 1");
    const own = await webviewEval<string[]>("[...document.querySelectorAll('tr.ui-row')].filter((r) => r.querySelector('td:nth-child(4) .ui-findings')).map((r) => r.querySelector('td').textContent + ' ' + r.querySelector('td:nth-child(4) .ui-findings').textContent)");
    assert.deepEqual(own, ['102 id-mismatch The English lookup has the id 5c41e-112; its translation has 5c41e-102.']);
    const cells = await webviewEval<{ arabic: string[]; japanese: string[]; messages: string[] }>(`(() => {
      const column = (n) => [...document.querySelectorAll('tr.ui-row td:nth-child(' + n + ')')];
      const said = (c) => c.lang + ' ' + getComputedStyle(c).direction;
      return {
        arabic: column(3).map(said),
        japanese: column(4).map(said),
        messages: [...document.querySelectorAll('tr.ui-row td:nth-child(3) .ui-findings')].map((m) => getComputedStyle(m).direction + ' ' + m.textContent),
      };
    })()`);
    assert.deepEqual(cells.arabic, Array(4).fill('ar-SA rtl'));
    assert.deepEqual(cells.japanese, Array(4).fill('ja-JP ltr'));
    assert.equal(cells.messages.length, 1, JSON.stringify(cells.messages));
    assert.match(cells.messages[0], /^ltr id-mismatch/);
    // Room for the three columns in the picture; the explorer comes back for the suites after.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    try {
      await screenshot('preview-rtl-cjk', { waitFor: 'iframe.webview' });
    } finally {
      await vscode.commands.executeCommand('workbench.view.explorer');
    }
  });
});
