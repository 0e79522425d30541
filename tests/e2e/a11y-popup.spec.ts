import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UiLanguage } from '../../scripts/lib/find-chromium';
import { UNMAPPED_SITE } from '../../scripts/lib/demo-sites';
import { launchWithExtension, seedSampleProfile, tabIdOf, uiLocale } from '../../scripts/lib/launch-extension';
import { agreeIfAsked, EXTENSION_DIR, expect, test } from './fixtures';
import { ja } from './hostile/hostile-fixtures';

// axe-core on the popup in each state a person meets — first run, with a profile, after a fill,
// confirming guesses — in Japanese and English, light and dark: no violation of WCAG 2.2 A/AA.

const STEP1 = 'http://127.0.0.1:27811/moving/step1';
const UNMAPPED = `http://127.0.0.1:${UNMAPPED_SITE.port}${UNMAPPED_SITE.path}`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test.beforeAll(async ({ sites }) => {
  expect(sites).toBeTruthy();
});

interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

async function launch(lang: UiLanguage, chromiumPath: string): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'tetsuzuki-pad-a11y-'));
  const { context, worker, extensionId } = await launchWithExtension({ extensionDir: EXTENSION_DIR, userDataDir: dir, headless: true, executablePath: chromiumPath, lang });
  expect((await uiLocale(worker)).slice(0, 2)).toBe(lang);
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function popupFor(b: Browser, target: Page, scheme: 'light' | 'dark'): Promise<Page> {
  const tabId = await tabIdOf(b.worker, target.url());
  const popup = await b.context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.locator('body[data-ready="true"]')).toBeAttached();
  return popup;
}

async function expectNoViolations(popup: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page: popup }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, state).toEqual([]);
}

/** Japanese body text is at least 14 px: every visible text node's element in the popup. */
async function smallestText(popup: Page): Promise<{ size: number; text: string }> {
  return popup.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || !/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) continue;
      if (el.closest('option, optgroup, [hidden], script, style')) continue;
      if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < smallest.size) smallest = { size, text: text.slice(0, 40) };
    }
    return smallest;
  });
}

async function expectBodyText(popup: Page): Promise<void> {
  const smallest = await smallestText(popup);
  expect(smallest.size, `「${smallest.text}」`).toBeGreaterThanOrEqual(14);
}

for (const lang of ['ja', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`popup in ${lang}, ${scheme}: first run, with a profile, after a fill, guesses`, async ({ chromiumPath }) => {
      test.setTimeout(180_000);
      const b = await launch(lang, chromiumPath);
      try {
        const page = await b.context.newPage();
        await page.goto(STEP1);

        const first = await popupFor(b, page, scheme);
        await expect(first.locator('.first-run')).toBeVisible();
        await expectNoViolations(first, 'first run');
        if (lang === 'ja') await expectBodyText(first);

        expect(await seedSampleProfile(b.worker)).toBe(true);
        const stored = await popupFor(b, page, scheme);
        const fill = stored.locator('#fill-panel button.fill');
        await expect(fill).toHaveClass(/primary/);
        await expectNoViolations(stored, 'with a profile');

        await fill.click();
        const agree = stored.locator('.consent button.primary');
        await expect(stored.locator('.report').or(agree)).toBeVisible();
        await expectNoViolations(stored, 'consent');
        if (await agree.isVisible()) await agree.click();
        await expect(stored.locator('.report')).toBeVisible();
        await expect(page.locator('#seiKanji')).toHaveValue('山田');
        await expectNoViolations(stored, 'after a fill');
        if (lang === 'ja') await expectBodyText(stored);

        const unmapped = await b.context.newPage();
        await unmapped.goto(UNMAPPED);
        const guess = await popupFor(b, unmapped, scheme);
        await guess.locator('#fill-panel button.fill').click();
        await expect(guess.locator('.guess-fields li').first()).toBeVisible();
        await expectNoViolations(guess, 'guess panel');
        if (lang === 'ja') await expectBodyText(guess);
        // The fill region is named in the UI's language, never with the code's word for it.
        await expect(guess.getByRole('region', { name: lang === 'ja' ? ja('fillRegion') : 'Filling this page' })).toBeVisible();
      } finally {
        await b.close();
      }
    });
  }
}
