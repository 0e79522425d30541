import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium, INSTALL_HELP } from '../../scripts/lib/find-chromium';
import { launchWithExtension, seedSampleProfile, tabIdOf, uiLocale } from '../../scripts/lib/launch-extension';
import type { DemoServers } from '../../scripts/lib/demo-server';
import { startDemoSites } from '../../scripts/lib/demo-sites';
import type { Driver } from './journeys/driver';
import { chromiumDriver } from './journeys/playwright-driver';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-demo');
/** The production build (npm run build): no host permission, activeTab only. */
export const PRODUCTION_EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ExtensionFixtures {
  context: BrowserContext;
  userDataDir: string;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens the popup as a page aimed at `target`'s tab, as the toolbar button would. */
  openPopup: (target?: Page) => Promise<Page>;
  openOptions: () => Promise<Page>;
  seedSampleProfile: () => Promise<void>;
  /** The browser-neutral driver the shared journeys (journeys/*.ts) run on. */
  driver: Driver;
}

interface WorkerFixtures {
  sites: DemoServers;
  chromiumPath: string;
  /** Which build the tests load: the demo build unless a file says `test.use({ extensionDir })`. */
  extensionDir: string;
}

export const test = base.extend<ExtensionFixtures, WorkerFixtures>({
  extensionDir: [EXTENSION_DIR, { scope: 'worker', option: true }],
  chromiumPath: [
    async ({ extensionDir }, use) => {
      const path = findChromium();
      if (!path) throw new Error(INSTALL_HELP);
      if (!existsSync(join(extensionDir, 'manifest.json'))) {
        const build = extensionDir === EXTENSION_DIR ? 'npm run build:demo' : 'npx wxt build';
        throw new Error(`${extensionDir} is missing: run "${build}" first (npm test does it).`);
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
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'tetsuzuki-pad-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  // The sites are bound before the browser starts: a browser's own connections take local ports from
  // the range the sites' fixed ports lie in.
  context: async ({ chromiumPath, userDataDir, extensionDir, sites }, use) => {
    expect(sites).toBeTruthy();
    const { context, worker } = await launchWithExtension({
      extensionDir,
      userDataDir,
      headless: true,
      executablePath: chromiumPath,
      // Lets the protocol's Extensions domain click the toolbar button (journeys/toolbar.ts).
      extraArgs: ['--enable-unsafe-extension-debugging'],
    });
    const locale = await uiLocale(worker);
    if (!locale.startsWith('ja')) {
      await context.close();
      throw new Error(`Chromium runs the extension in "${locale}", but these tests read the Japanese UI. On Debian/Ubuntu install chromium-l10n (sudo apt-get install chromium-l10n).`);
    }
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openPopup: async ({ context, extensionId, serviceWorker }, use) => {
    await use(async (target?: Page) => {
      let query = '';
      if (target) {
        const tabId = await tabIdOf(serviceWorker, target.url());
        expect(tabId, `tab for ${target.url()}`).toBeTruthy();
        query = `?tabId=${tabId}`;
      }
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      await expect(popup.locator('body[data-ready="true"]')).toBeAttached();
      return popup;
    });
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      return page;
    });
  },
  driver: async ({ context, serviceWorker, extensionId }, use) => {
    await use(
      chromiumDriver({
        context,
        serviceWorker,
        extensionId,
        skip: (why) => {
          console.warn(`SKIPPED ${why}`);
          test.skip(true, why);
          throw new Error(why);
        },
      }),
    );
  },
  seedSampleProfile: async ({ serviceWorker }, use) => {
    await use(async () => {
      expect(await seedSampleProfile(serviceWorker)).toBe(true);
    });
  },
});

export { expect };

/** Clicks 「このページに入力」 in a popup, agrees when the site asks for the first time, and waits for
 * the report. */
export async function fillFromPopup(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: 'このページに入力' }).click();
  await agreeIfAsked(popup);
}

/** After a fill was asked for: agrees when the site asks for consent the first time, then waits for
 * the report. */
export async function agreeIfAsked(popup: Page): Promise<void> {
  const agree = popup.getByRole('button', { name: '同意して入力' });
  await expect(popup.locator('.report').or(agree)).toBeVisible();
  if (await agree.isVisible()) await agree.click();
  await expect(popup.locator('.report')).toBeVisible();
}

const OUTCOME_ORDER: Record<string, number> = { skipped: 0, 'not-found': 1, filled: 2 };

/** Report rows as the popup orders them: problems (skipped, then not found) first, each group in
 * mapping order. */
export function problemsFirst<T extends { outcome: string | null | undefined }>(rows: T[]): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => (OUTCOME_ORDER[a.row.outcome ?? ''] ?? 3) - (OUTCOME_ORDER[b.row.outcome ?? ''] ?? 3) || a.index - b.index)
    .map((x) => x.row);
}
