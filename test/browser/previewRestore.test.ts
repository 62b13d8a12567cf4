import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { startWorkbench, type Workbench } from '../runner/workbench';
import { sampleWorkspace } from '../support/sampleWorkspace';

const ROOT = path.resolve(__dirname, '../../..');

/** The frame of a webview that holds the preview's rows, waiting for it. */
async function previewRows(page: Page, ms = 30_000): Promise<Frame> {
  const deadline = Date.now() + ms;
  for (;;) {
    for (const frame of page.frames()) {
      if ((await frame.$$('tr.ui-row').catch(() => [])).length > 0) return frame;
    }
    if (Date.now() > deadline) throw new Error('no preview rows');
    await page.waitForEvent('framenavigated', { timeout: 1_000 }).catch(() => undefined);
  }
}

/** Runs a command from the command palette, as a user does. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  // Click the command's own row: Enter would run whichever row the still-filtering list has first.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
}

describe('browser: the side-by-side preview in the real workbench', function () {
  this.timeout(5 * 60_000);
  let workbench: Workbench | undefined;
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await workbench?.screenshot('preview-restored-failure').catch(() => undefined);
    await workbench?.close();
    workbench = undefined;
  });

  it('comes back, with its rows, after the window reloads', async () => {
    workbench = await startWorkbench({ workspace: sampleWorkspace(), extensionDevelopmentPath: ROOT, screenshotsDir: path.join(ROOT, 'test-results') });
    const { page } = workbench;
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await runCommand(page, 'Go to File');
    await page.keyboard.type('contoso-docs-pr.ro-RO/articles/sync-files.md');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'contoso-docs-pr.ro-RO' }).first().click();
    await page.locator('.tab.active', { hasText: 'sync-files.md' }).waitFor({ state: 'visible' });
    // The palette offers the preview commands for a focused Markdown editor (editorLangId): the tab
    // shows before its editor takes the focus, so wait for the editor as a user waits for the cursor.
    await page.locator('.editor-instance .monaco-editor.focused').waitFor({ state: 'visible' });
    await runCommand(page, 'Open Side-by-Side Preview to the Side');
    const before = await (await previewRows(page)).$$eval('tr.ui-row', (rows) => rows.length);
    assert.ok(before > 20, `${before} rows`);

    // As a user reloads: the workbench saves its state (the preview's with it) and loads again.
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    const after = await (await previewRows(page, 60_000)).$$eval('tr.ui-row', (rows) => rows.length);
    assert.equal(after, before);
    assert.ok(await page.locator('.tab', { hasText: 'Side by Side: sync-files.md' }).first().isVisible());
    await workbench.screenshot('preview-restored');
  });
});

