import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { BrowserRequest } from '../vscode/util';

/**
 * Answers the suite's browser requests (test/vscode/util.ts browserRequest): the suite runs
 * in the extension host and cannot see the browser; it writes ID.request, we act and write
 * ID.response ({ ok, value } or { ok: false, error }).
 */
export function answerBrowserRequests(page: Page, dir: string, screenshotsDir: string, log: (line: string) => void): fs.FSWatcher {
  const answered = new Set<string>();
  const answer = async (file: string) => {
    if (!file.endsWith('.request') || answered.has(file) || !fs.existsSync(path.join(dir, file))) return;
    answered.add(file);
    let request: BrowserRequest & { id: string };
    try {
      request = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch (e) {
      log(`unreadable browser request ${file}: ${e}`);
      return;
    }
    let response: { ok: boolean; value?: unknown; error?: string };
    try {
      response = { ok: true, value: await act(page, request, screenshotsDir) };
    } catch (e) {
      response = { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    const out = path.join(dir, `${request.id}.response`);
    fs.writeFileSync(`${out}.tmp`, JSON.stringify(response));
    fs.renameSync(`${out}.tmp`, out);
  };
  return fs.watch(dir, (_event, file) => {
    if (file) void answer(String(file));
  });
}

async function act(page: Page, request: BrowserRequest, screenshotsDir: string): Promise<unknown> {
  switch (request.kind) {
    case 'screenshot': {
      if (request.waitFor) {
        await page.locator(request.waitFor).first().waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
        // Let fade-in animations finish so the picture shows what a user sees.
        await page.waitForFunction('document.getAnimations().every((a) => a.playState !== "running")', undefined, { timeout: 5_000 }).catch(() => undefined);
      }
      fs.mkdirSync(screenshotsDir, { recursive: true });
      const file = path.join(screenshotsDir, `${request.name}.png`);
      if (request.clip) await page.locator(request.clip).first().screenshot({ path: file });
      else await page.screenshot({ path: file });
      return file;
    }
    case 'webviewQuery': {
      const frame = await previewFrame(page, request.selector);
      type Shown = { innerText?: string; textContent: string | null; className?: string };
      return frame.$$eval(request.selector, (nodes) => nodes.map((n) => ({ text: (n as unknown as Shown).innerText ?? n.textContent ?? '', className: String((n as unknown as Shown).className ?? '') })));
    }
    case 'webviewClick': {
      const frame = await previewFrame(page, request.selector);
      await frame.locator(request.selector).nth(request.index ?? 0).click({ timeout: 10_000 });
      return true;
    }
    case 'pageClick':
      await page.locator(request.selector).first().click({ timeout: 10_000 });
      return true;
    case 'pageText':
      await page.locator(request.selector).first().waitFor({ state: 'visible', timeout: 10_000 });
      return page.locator(request.selector).allInnerTexts();
    case 'webviewWait':
      return waitInFrame(await previewFrame(page, '#app'), request.expression, request.timeout ?? 15_000);
    case 'pageWait':
      return waitInFrame(page.mainFrame(), request.expression, request.timeout ?? 15_000);
    case 'webviewEval': {
      const frame = await previewFrame(page, '#app');
      return frame.evaluate(request.expression);
    }
  }
}

/**
 * Waits until the expression is truthy in the frame. Playwright's waitForFunction evaluates
 * its predicate with eval, which the preview's Content Security Policy (rightly) refuses; so
 * the expression is evaluated over the DevTools protocol, again after each DOM change, until
 * the deadline. The expressions read the DOM, so a DOM change is the only event to wait for.
 */
function nextDomChange(ms: number): string {
  return `new Promise((resolve) => {
    const observer = new MutationObserver(() => done());
    const deadline = setTimeout(() => done(), ${Math.max(0, Math.ceil(ms))});
    const done = () => { observer.disconnect(); clearTimeout(deadline); resolve(); };
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  })`;
}

async function waitInFrame(frame: Frame, expression: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!(await frame.evaluate(expression))) {
    if (Date.now() >= deadline) throw new Error(`not true within ${ms} ms: ${expression}`);
    await frame.evaluate(nextDomChange(deadline - Date.now()));
  }
  return true;
}

/** The frame of the preview webview that holds `selector` (webviews are nested iframes). */
async function previewFrame(page: Page, selector: string, ms = 15_000): Promise<Frame> {
  const deadline = Date.now() + ms;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const found = await frame.$(selector).catch(() => null);
      if (found && (await frame.$('#app').catch(() => null))) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no preview webview with ${selector} within ${ms} ms`);
    await page.waitForEvent('framenavigated', { timeout: 500 }).catch(() => undefined);
  }
}
