import { UNMAPPED_SITE } from '../../../scripts/lib/demo-sites';
import { test as base, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox, FIREFOX_INSTALL_HELP } from '../../../scripts/lib/find-firefox';
import type { DemoServers } from '../../../scripts/lib/demo-server';
import { startDemoSites } from '../../../scripts/lib/demo-sites';
import type { Driver } from '../journeys/driver';
import { firefoxDriver } from './bidi-driver';

// Firefox through puppeteer-core over WebDriver BiDi, with the demo build installed as a temporary
// add-on. The add-on's internal UUID is fixed by a pref so that its pages have a known address.

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3-demo');
/** The production build (npm run build): no host permission, activeTab only. */
export const FIREFOX_PRODUCTION_DIR = resolve('.output/firefox-mv3');
const GECKO_ID = 'tetsuzuki-pad@tetsuzuki-pad.jp';
const UUID = '6b1f0e52-8c1d-4c55-9d55-7f3a2e0c9a11';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

export interface FirefoxFixtures {
  firefox: Browser;
  /** A fresh tab at `url`. */
  openPage: (url: string) => Promise<Page>;
  /** The extension's tab id for the tab showing `url`. */
  tabIdOf: (url: string) => Promise<number>;
  /** The popup aimed at a tab id, in a tab of its own, as the toolbar button would open it. */
  popupForTab: (tabId: number) => Promise<Page>;
  openOptions: () => Promise<Page>;
  seedSampleProfile: () => Promise<void>;
  /** The browser-neutral driver the shared journeys (journeys/*.ts) run on. */
  driver: Driver;
}

interface FirefoxWorkerFixtures {
  sites: DemoServers;
  firefoxPath: string;
  /** Which build the tests install: the demo build unless a file says `test.use({ firefoxExtensionDir })`. */
  firefoxExtensionDir: string;
}

/** `page.goto()` to a moz-extension:// address never settles over BiDi: start it and wait for the page. */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${EXTENSION_ORIGIN}${path}`).catch(() => undefined);
  // page.url() keeps saying about:blank; the document knows where it is.
  const here = () => page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
  await expect.poll(here, { message: `firefox: ${path} opens` }).toContain(EXTENSION_ORIGIN);
  return page;
}

export const test = base.extend<FirefoxFixtures, FirefoxWorkerFixtures>({
  firefoxExtensionDir: [FIREFOX_EXTENSION_DIR, { scope: 'worker', option: true }],
  firefoxPath: [
    async ({ firefoxExtensionDir }, use) => {
      const path = findFirefox();
      if (!path) throw new Error(`firefox: ${FIREFOX_INSTALL_HELP}`);
      if (!existsSync(resolve(firefoxExtensionDir, 'manifest.json'))) {
        const build = firefoxExtensionDir === FIREFOX_EXTENSION_DIR ? 'npx wxt build -b firefox --mode demo' : 'npx wxt build -b firefox';
        throw new Error(`firefox: ${firefoxExtensionDir} is missing: run "${build}" first (npm test does it).`);
      }
      await use(path);
    },
    { scope: 'worker' },
  ],
  sites: [
    async ({}, use) => {
      const sites = await startDemoSites();
      await use(sites);
      await sites.close();
    },
    { scope: 'worker' },
  ],
  // The sites are bound before the browser starts: a browser's own connections take local ports from
  // the range the sites' fixed ports lie in.
  firefox: async ({ firefoxPath, firefoxExtensionDir, sites }, use) => {
    expect(sites).toBeTruthy();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      // Lets the BiDi session open the add-on's own pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'intl.locale.requested': 'ja',
        'intl.accept_languages': 'ja',
        'extensions.autoDisableScopes': 0,
        'browser.shell.checkDefaultBrowser': false,
      },
    });
    const id = await browser.installExtension(firefoxExtensionDir);
    expect(id).toBe(GECKO_ID);
    await use(browser);
    await browser.close();
  },
  openPage: async ({ firefox }, use) => {
    await use(async (url) => {
      const page = await firefox.newPage();
      await page.goto(url);
      return page;
    });
  },
  tabIdOf: async ({ firefox }, use) => {
    await use(async (url) => {
      const probe = await openExtensionPage(firefox, '/options.html');
      const id = await probe.evaluate(async (u) => {
        const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
        return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
      }, url);
      await probe.close();
      expect(id, `firefox: tab for ${url}`).not.toBeNull();
      return id!;
    });
  },
  popupForTab: async ({ firefox }, use) => {
    await use(async (tabId) => {
      const popup = await openExtensionPage(firefox, `/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
      return popup;
    });
  },
  openOptions: async ({ firefox }, use) => {
    await use(() => openExtensionPage(firefox, '/options.html'));
  },
  driver: async ({ firefox, tabIdOf, popupForTab, seedSampleProfile }, use) => {
    await use(
      firefoxDriver({
        firefox,
        extensionId: GECKO_ID,
        openExtensionPage: (path) => openExtensionPage(firefox, path),
        tabIdOf,
        popupForTab,
        seedSampleProfile,
        skip: (why) => {
          console.warn(`SKIPPED ${why}`);
          test.skip(true, why);
          throw new Error(why);
        },
      }),
    );
  },
  seedSampleProfile: async ({ firefox }, use) => {
    await use(async () => {
      const page = await openExtensionPage(firefox, '/options.html');
      // As in Chromium's fixtures: the profile, and consent to fill the demo sites as if already given.
      const ok = await page.evaluate(async (unmapped) => {
        type Hooks = { seedSampleProfile(): Promise<{ ok: boolean }>; grantConsent(origins: string[]): Promise<unknown> };
        const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<{ tetsuzukiPadDemo: Hooks }> } } }).browser;
        const hooks = (await api.runtime.getBackgroundPage()).tetsuzukiPadDemo;
        const stored = (await hooks.seedSampleProfile()).ok;
        if (stored) await hooks.grantConsent([unmapped]);
        return stored;
      }, `http://127.0.0.1:${UNMAPPED_SITE.port}`);
      await page.close();
      expect(ok, 'firefox: sample profile stored').toBe(true);
    });
  },
});

/** A form field's value by name; radios give the checked one. */
export function fieldValue(page: Page, name: string): Promise<string> {
  return page.evaluate((n) => {
    const els = Array.from(document.getElementsByName(n)) as HTMLInputElement[];
    if (els.length > 1 || els[0]?.type === 'radio') return els.find((e) => e.checked)?.value ?? '';
    return els[0]?.value ?? '<missing>';
  }, name);
}

/** Clicks the button whose visible text is `text` (trimmed). */
export async function clickButton(page: Page, text: string): Promise<void> {
  const button = await page.waitForSelector(`::-p-aria([name="${text}"][role="button"])`, { timeout: 10_000 });
  await button!.click();
}

export { expect };
