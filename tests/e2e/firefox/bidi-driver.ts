import type { Browser, Page } from 'puppeteer-core';
import type { Driver, Surface } from '../journeys/driver';
import { callSource, type Skip } from '../journeys/playwright-driver';

// The journeys' driver for Firefox: puppeteer-core over WebDriver BiDi.

export interface FirefoxDriverOptions {
  firefox: Browser;
  extensionId: string;
  openExtensionPage: (path: string) => Promise<Page>;
  tabIdOf: (url: string) => Promise<number>;
  popupForTab: (tabId: number) => Promise<Page>;
  seedSampleProfile: () => Promise<void>;
  skip: Skip;
}

export function puppeteerSurface(page: Page): Surface {
  return {
    evaluate: (fn, arg) => page.evaluate(callSource(fn, arg)) as never,
    typeInto: async (label, text) => {
      const field = await page.waitForSelector(`::-p-aria([name="${label}"][role="textbox"])`, { timeout: 10_000 });
      if (!field) throw new Error(`firefox: no field labelled ${label}`);
      await field.click();
      await field.evaluate((el) => (el as HTMLInputElement).select());
      await field.type(text);
      await field.evaluate((el) => (el as HTMLInputElement).blur());
    },
    close: () => page.close(),
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

interface BidiValue {
  type: string;
  value?: unknown;
}

/** Runs `expression` in the browser window's chrome (privileged) scope. Needs Firefox started with
 * --remote-allow-system-access. */
async function evaluateInChrome(firefox: Browser, expression: string): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  const connection = (firefox as unknown as { connection?: BidiConnection }).connection;
  if (!connection) return { ok: false, error: 'puppeteer-core exposes no BiDi connection' };
  try {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const contexts = tree.result.contexts as { context: string; url: string }[];
    const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) return { ok: false, error: 'no chrome://browser/content/browser.xhtml context' };
    const answer = await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true, resultOwnership: 'none' });
    const result = answer.result as { type: string; result?: BidiValue; exceptionDetails?: { text: string } };
    if (result.type !== 'success') return { ok: false, error: result.exceptionDetails?.text ?? 'exception' };
    return { ok: true, value: result.result?.value };
  } catch (err) {
    return { ok: false, error: String(err) };
  }
}

export function firefoxDriver(o: FirefoxDriverOptions): Driver {
  const pages = new Map<string, Page>();
  return {
    browser: 'firefox',
    openPage: async (url) => {
      const page = await o.firefox.newPage();
      await page.goto(url);
      pages.set(url, page);
      return puppeteerSurface(page);
    },
    openOptions: async () => puppeteerSurface(await o.openExtensionPage('/options.html')),
    popupFor: async (url) => puppeteerSurface(await o.popupForTab(await o.tabIdOf(url))),
    seedSampleProfile: o.seedSampleProfile,
    clickToolbar: async (url) => {
      const page = pages.get(url);
      if (!page) throw new Error(`firefox: open ${url} with openPage first`);
      // The popup lives in the add-on's process and has no browsing context of its own in BiDi: an
      // add-on page in a background tab reaches its document (extension.getViews).
      const reach = await o.openExtensionPage('/options.html');
      await page.bringToFront();
      // Firefox's own action code, as in its mochitests (ExtensionParent's browserActionFor); a
      // Firefox whose internals moved skips, visibly, instead of passing.
      const clicked = await evaluateInChrome(
        o.firefox,
        `(async () => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(o.extensionId)});
          const action = ExtensionParent.apiManager.global.browserActionFor?.(extension);
          if (!action || typeof action.triggerAction !== 'function') return 'no browserActionFor(extension).triggerAction';
          if (gBrowser.selectedBrowser.currentURI.spec !== ${JSON.stringify(url)}) return 'selected tab shows ' + gBrowser.selectedBrowser.currentURI.spec;
          await action.triggerAction(window);
          return 'clicked';
        })()`,
      );
      if (!clicked.ok || (clicked.value !== 'clicked' && String(clicked.value).startsWith('no '))) {
        o.skip(`firefox: the toolbar button cannot be clicked through Firefox's internals here (${clicked.ok ? String(clicked.value) : clicked.error})`);
      }
      if (clicked.value !== 'clicked') throw new Error(`firefox: toolbar click: ${String(clicked.value)}`);
      const popupDocument = `browser.extension.getViews({ type: 'popup' })[0].document`;
      const surface: Surface = {
        evaluate: (fn, arg) => reach.evaluate(callSource(fn, arg, popupDocument)) as never,
        typeInto: () => Promise.reject(new Error('firefox: typing into the toolbar popup is not driven')),
        close: async () => {
          await reach.evaluate(`browser.extension.getViews({ type: 'popup' })[0]?.close()`).catch(() => undefined);
          await reach.close();
        },
      };
      return surface;
    },
  };
}
