import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PASSPHRASE = 'さくら並木 2027 spring';

async function protect(options: Page): Promise<void> {
  const box = options.locator('fieldset[data-section="protection"]');
  await box.getByLabel('新しいパスフレーズ（8文字以上）').fill(PASSPHRASE);
  await box.getByLabel('確認のためもう一度').fill(PASSPHRASE);
  await box.getByRole('button', { name: 'パスフレーズで保護する' }).click();
  await expect(box).toContainText('暗号化して保存されています', { timeout: 20_000 });
}

type Counts = Record<string, number>;
const readCounts = (page: Page) => page.evaluate(() => ({ ...((globalThis as { __tetsuzukiPadHandlerCalls?: Counts }).__tetsuzukiPadHandlerCalls ?? {}) }));
const resetCounts = (page: Page) => page.evaluate(() => void ((globalThis as { __tetsuzukiPadHandlerCalls?: Counts }).__tetsuzukiPadHandlerCalls = {}));

test('the popup re-mounts through lock and unlock ten times, and one click still reaches one handler', async ({ openPopup, openOptions, seedSampleProfile }) => {
  test.setTimeout(600_000);
  await seedSampleProfile();
  await protect(await openOptions());

  const popup = await openPopup();
  const family = popup.getByLabel('姓', { exact: true });
  await expect(family).toHaveValue('山田', { timeout: 20_000 });

  // Control: before any re-mount, one click reaches the editor's document-level handler once.
  await resetCounts(popup);
  await popup.locator('header.bar').click();
  expect(await readCounts(popup)).toEqual({ 'editor.pointerdown': 1 });

  for (let round = 0; round < 10; round++) {
    await popup.getByRole('button', { name: 'ロック' }).click();
    await expect(popup.getByRole('heading', { name: 'ロック中' })).toBeVisible();
    await popup.getByLabel('パスフレーズ').fill(PASSPHRASE);
    await popup.getByRole('button', { name: 'ロックを解除', exact: true }).click();
    await expect(family).toHaveValue('山田', { timeout: 30_000 });
  }

  await resetCounts(popup);
  await popup.locator('header.bar').click();
  expect(await readCounts(popup)).toEqual({ 'editor.pointerdown': 1 });
  // One editor is mounted, and one lock click locks once.
  await expect(popup.locator('#editor form')).toHaveCount(1);
  await popup.getByRole('button', { name: 'ロック' }).click();
  await expect(popup.getByRole('heading', { name: 'ロック中' })).toHaveCount(1);
  await expect(popup.locator('#editor form.unlock')).toHaveCount(1);
});
