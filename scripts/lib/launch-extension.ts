import { chromium, type BrowserContext, type Worker } from 'playwright';
import { UNMAPPED_SITE } from './demo-sites';
import { chromiumArgs, requireChromium, type UiLanguage } from './find-chromium';

// One way to start Chromium with the built extension, shared by the demo and the end-to-end tests.

export interface LaunchOptions {
  extensionDir: string;
  userDataDir: string;
  headless: boolean;
  executablePath?: string;
  /** The UI language Chromium gives the extension (default Japanese). */
  lang?: UiLanguage;
  /** More Chromium flags. */
  extraArgs?: string[];
}

export async function launchWithExtension(options: LaunchOptions): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  const lang = options.lang ?? 'ja';
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath: options.executablePath ?? requireChromium(),
    headless: options.headless,
    args: [...chromiumArgs(options.extensionDir, lang), ...(options.extraArgs ?? [])],
    locale: lang === 'en' ? 'en-US' : 'ja-JP',
    // Chromium on Linux takes its UI language (and so the extension's i18n) from the environment.
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'en' ? 'en_US.UTF-8' : 'ja_JP.UTF-8' },
    viewport: { width: 1100, height: 1400 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/** The id of the tab showing `url`, asked from the extension's service worker. */
export async function tabIdOf(worker: Worker, url: string): Promise<number | undefined> {
  return worker.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id;
  }, url);
}

/** Demo/test builds only: stores the fictional sample profile. */
/** Stores the sample profile; unless `consent` is false, also as if the user had agreed to fill the
 * demo sites (every demo provider and the unmapped site), so the first fill needs no extra step. */
export async function seedSampleProfile(worker: Worker, options: { consent?: boolean } = {}): Promise<boolean> {
  const extraOrigins = options.consent === false ? null : [`http://127.0.0.1:${UNMAPPED_SITE.port}`];
  return worker.evaluate(async (origins) => {
    const hooks = (globalThis as unknown as { tetsuzukiPadDemo: { seedSampleProfile(): Promise<{ ok: boolean }>; grantConsent(o: string[]): Promise<unknown> } }).tetsuzukiPadDemo;
    const ok = (await hooks.seedSampleProfile()).ok;
    if (ok && origins) await hooks.grantConsent(origins);
    return ok;
  }, extraOrigins);
}

/** The UI locale Chromium gave the extension (e.g. `ja`, `en_US`). */
export async function uiLocale(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome.i18n.getMessage('@@ui_locale'));
}
