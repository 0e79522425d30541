import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, seedSampleProfile, uiLocale } from '../../scripts/lib/launch-extension';
import { EXTENSION_DIR, expect, test } from './fixtures';

// The options page, unlocked with a profile and locked, in Japanese and English, light and dark:
// no WCAG 2.x A/AA violation that axe-core can find.

const PASSPHRASE = 'さくら並木 2027 spring';
const TEXT = {
  ja: { newPass: '新しいパスフレーズ（8文字以上）', again: '確認のためもう一度', protect: 'パスフレーズで保護する', protectedText: '暗号化して保存されています', lock: 'ロック', locked: 'ロック中' },
  en: { newPass: 'New passphrase (8+ characters)', again: 'Once more to confirm', protect: 'Protect with a passphrase', protectedText: 'stored encrypted', lock: 'Lock', locked: 'Locked' },
} as const;

async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    for (const v of result.violations) found.push(`${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  return found;
}

for (const lang of ['ja', 'en'] as const) {
  test(`the options page has no accessibility violation in ${lang}, light and dark, unlocked and locked`, async ({ chromiumPath }) => {
    test.setTimeout(180_000);
    const dir = mkdtempSync(join(tmpdir(), 'tetsuzuki-pad-a11y-'));
    const { context, worker, extensionId } = await launchWithExtension({ extensionDir: EXTENSION_DIR, userDataDir: dir, headless: true, executablePath: chromiumPath, lang });
    try {
      expect((await uiLocale(worker)).startsWith(lang)).toBe(true);
      expect(await seedSampleProfile(worker)).toBe(true);
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(page.locator('body[data-ready="true"]')).toBeAttached();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('[name="name.family"]')).toHaveValue('山田');
      expect(await violations(page)).toEqual([]);

      const text = TEXT[lang];
      const protection = page.locator('fieldset[data-section="protection"]');
      await protection.getByLabel(text.newPass).fill(PASSPHRASE);
      await protection.getByLabel(text.again).fill(PASSPHRASE);
      await protection.getByRole('button', { name: text.protect }).click();
      await expect(protection).toContainText(text.protectedText, { timeout: 30_000 });
      await protection.getByRole('button', { name: text.lock, exact: true }).click();
      await expect(page.getByRole('heading', { name: text.locked })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
