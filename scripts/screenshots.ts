import type { BrowserContext, Page, Worker } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium, INSTALL_HELP, type UiLanguage } from './lib/find-chromium';
import { startDemoSites } from './lib/demo-sites';
import { launchWithExtension, seedSampleProfile, tabIdOf } from './lib/launch-extension';

// `npm run screenshots`: the README's pictures of the popup (first run, editing, report) and the
// options page, in Japanese and English, taken from the demo build (`npm run build:demo` first).
// Runs on the loopback demo sites only.

const EXTENSION_DIR = resolve('.output/chrome-mv3-demo');
const OUT = resolve('docs/screenshots');
const STEP1 = 'http://127.0.0.1:27811/moving/step1';
const POPUP_SIZE = { width: 400, height: 640 };

async function openPopup(context: BrowserContext, worker: Worker, extensionId: string, target: Page): Promise<Page> {
  const tabId = await tabIdOf(worker, target.url());
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  return popup;
}

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  // Let transitions and the focus ring settle.
  await page.waitForTimeout(300);
  const file = join(OUT, `${name}.png`);
  // A tall viewport rather than Playwright's fullPage: with fullPage the sticky save bar is drawn where
  // the first screen ended, over the fields below it, which the user never sees.
  if (fullPage) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: POPUP_SIZE.width, height });
  }
  await page.screenshot({ path: file });
  console.log(`wrote ${file}`);
}

async function takeAll(lang: UiLanguage, executablePath: string): Promise<void> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tetsuzuki-pad-shots-'));
  const { context, worker, extensionId } = await launchWithExtension({ extensionDir: EXTENSION_DIR, userDataDir, headless: true, executablePath, lang });
  try {
    const site = await context.newPage();
    await site.goto(STEP1);

    const first = await openPopup(context, worker, extensionId, site);
    await first.locator('.first-run').waitFor();
    await shoot(first, `${lang}-popup-first-run`);

    await first.close();

    if (!(await seedSampleProfile(worker, { consent: true }))) throw new Error('the demo build did not accept the sample profile');
    const popup = await openPopup(context, worker, extensionId, site);
    await popup.locator('#fill-panel button.fill').click();
    const agree = popup.locator('.consent button.primary');
    await popup.locator('.report').or(agree).waitFor();
    if (await agree.isVisible()) await agree.click();
    await popup.locator('.report').waitFor();
    await shoot(popup, `${lang}-popup-report`);

    const options = await context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    await options.screenshot({ path: join(OUT, `${lang}-options.png`) });
    console.log(`wrote ${join(OUT, `${lang}-options.png`)}`);

    // Editing, last: an unsaved change stays as a draft that later popups would offer to restore.
    const editing = await openPopup(context, worker, extensionId, site);
    await editing.locator('#editor details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const field = editing.locator('#editor input').first();
    await field.fill(lang === 'ja' ? '山本' : 'Yamamoto');
    await field.focus();
    await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    // What the user sees while typing: the viewport, with the save bar where it stays.
    await shoot(editing, `${lang}-popup-editing`, false);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HELP);
  mkdirSync(OUT, { recursive: true });
  const sites = await startDemoSites();
  try {
    for (const lang of ['ja', 'en'] as const) await takeAll(lang, executablePath);
  } finally {
    await sites.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
