import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { SITES_DIR, startServers, type DemoServers } from '../../../scripts/lib/demo-server';
import testHostile from '../../../providers/demo/test-hostile';
import { expect, problemsFirst, test as base } from '../fixtures';

// The hostile-page suite runs against three local origins:
//   127.0.0.1:27820 — the provider (providers/demo/test-hostile.ts, pages in tests/fixtures/sites/test-hostile);
//                     started by the `sites` fixture, which serves every demo provider on its declared port;
//   127.0.0.1:27821 — the attacker (tests/fixtures/sites/test-attacker);
//   127.0.0.1:27822 — the provider's pages again, on a port the provider does not declare.

export const PROVIDER_PORT = 27820;
export const ATTACKER_PORT = 27821;
export const OTHER_PORT = 27822;
export const PROVIDER = `http://127.0.0.1:${PROVIDER_PORT}`;
export const ATTACKER = `http://127.0.0.1:${ATTACKER_PORT}`;
export const OTHER = `http://127.0.0.1:${OTHER_PORT}`;
export const PROVIDER_LABEL = testHostile.label.ja;

const MESSAGES = JSON.parse(readFileSync(resolve('public/_locales/ja/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** A Japanese UI string as the extension shows it ($1, $2… replaced by `subs`). */
export function ja(key: string, ...subs: string[]): string {
  const entry = MESSAGES[key];
  if (!entry) throw new Error(`no message "${key}" in public/_locales/ja/messages.json`);
  return subs.reduce((text, sub, i) => text.replace(`$${i + 1}`, sub), entry.message);
}

/** What the popup says. */
export const UI = {
  fillButton: ja('fillButton'),
  notSupported: ja('status_none'),
  notFillable: ja('status_unsupported'),
  navigated: ja('fillError_navigated'),
  noForm: ja('fillError_no_form'),
  skipped: (reason: string) => ja('outcome_skipped', ja(`reason_${reason.replace(/-/g, '_')}`)),
};

export interface ReportRow {
  key: string | null;
  outcome: string | null;
  reason: string | null;
}

export interface Hostile {
  /** Requests seen by the provider port (shared with the other demo sites). */
  provider: DemoServers;
  /** Requests seen by the attacker and other-port servers. */
  attacker: DemoServers;
}

export interface HostileFixtures {
  /** The id of the tab showing `page` (asked from the service worker by the page's URL). */
  tabIdOf: (page: Page) => Promise<number>;
  /** Opens the popup aimed at a tab id, as the toolbar button would for that tab. */
  popupForTab: (tabId: number) => Promise<Page>;
  /** Sends a message to the background from an extension page (a trusted sender) and returns the answer. */
  ask: (message: unknown) => Promise<unknown>;
  /** The badge text the extension set on a tab. */
  badgeOf: (tabId: number) => Promise<string>;
}

export const test = base.extend<HostileFixtures, { hostile: Hostile }>({
  hostile: [
    async ({ sites }, use) => {
      // `sites` already serves the provider port, because test-hostile is a demo provider.
      expect(testHostile.origins).toEqual([PROVIDER]);
      const attacker = await startServers([
        { port: ATTACKER_PORT, dir: join(SITES_DIR, 'test-attacker') },
        { port: OTHER_PORT, dir: join(SITES_DIR, 'test-hostile') },
      ]);
      await use({ provider: sites, attacker });
      await attacker.close();
    },
    // Every test of the suite needs the provider and attacker origins up.
    { scope: 'worker', auto: true },
  ],
  tabIdOf: async ({ serviceWorker }, use) => {
    await use(async (page) => {
      const url = page.url();
      const id = await serviceWorker.evaluate(async (u) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
        return (await api.tabs.query({})).find((t) => t.url === u)?.id;
      }, url);
      expect(id, `tab for ${url}`).toBeTruthy();
      return id!;
    });
  },
  popupForTab: async ({ context, extensionId }, use) => {
    await use(async (tabId) => {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      await expect(popup.locator('body[data-ready="true"]')).toBeAttached();
      return popup;
    });
  },
  ask: async ({ context, extensionId }, use) => {
    let page: Page | undefined;
    await use(async (message) => {
      if (!page) {
        page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/options.html`);
      }
      return page.evaluate(
        (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
        message,
      );
    });
  },
  badgeOf: async ({ serviceWorker }, use) => {
    await use((tabId) =>
      serviceWorker.evaluate(
        (id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      ),
    );
  },
});

export { expect, problemsFirst };

/** Current values of the fields matching each selector in a page or frame (every match, in order). */
export async function valuesOf(target: Page | Frame, selector: string): Promise<string[]> {
  return target.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}

/** The rows of the popup's fill report, in mapping order. */
export async function reportRows(popup: Page): Promise<ReportRow[]> {
  return popup
    .locator('.report-fields li')
    .evaluateAll((lis) =>
      lis.map((li) => ({ key: li.getAttribute('data-key'), outcome: li.getAttribute('data-outcome'), reason: li.getAttribute('data-reason') })),
    );
}

/** Clicks 「このページに入力」 and waits until the popup shows a report or an error. */
export async function clickFill(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: UI.fillButton }).click();
  await expect(popup.locator('.fill-result .report, .fill-result .error').first()).toBeVisible();
}
