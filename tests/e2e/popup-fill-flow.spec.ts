import type { Page } from '@playwright/test';
import { agreeIfAsked, expect, fillFromPopup, test } from './fixtures';
import { ja } from './hostile/hostile-fixtures';

// The popup's fill button follows the profile beside it: with none it waits and the first step is
// entering it; unsaved edits are saved first; a locked profile is unlocked in place, then filled.

const STEP1 = 'http://127.0.0.1:27811/moving/step1';
const PASSPHRASE = 'さくら並木 2027 spring';

test.beforeAll(async ({ sites }) => {
  expect(sites).toBeTruthy();
});

async function protect(options: Page): Promise<void> {
  const box = options.locator('fieldset[data-section="protection"]');
  await box.getByLabel('新しいパスフレーズ（8文字以上）').fill(PASSPHRASE);
  await box.getByLabel('確認のためもう一度').fill(PASSPHRASE);
  await box.getByRole('button', { name: 'パスフレーズで保護する' }).click();
  await expect(box).toContainText('暗号化して保存されています', { timeout: 20_000 });
}

test('first run with no profile leads to the editor; with a profile the fill is primary', async ({ context, openPopup, seedSampleProfile }) => {
  const page = await context.newPage();
  await page.goto(STEP1);
  const popup = await openPopup(page);
  const lead = popup.getByRole('region', { name: ja('firstRunTitle') });
  await expect(lead).toBeVisible();
  // The lead comes before the fill region and holds the only primary button there.
  const order = await popup.locator('.first-run, #fill-panel').evaluateAll((els) => els.map((e) => e.id || e.className));
  expect(order).toEqual(['first-run', 'fill-panel']);
  const fill = popup.getByRole('button', { name: ja('fillButton') });
  await expect(fill).not.toHaveClass(/primary/);
  await expect(fill).toHaveAccessibleDescription(ja('fillWaitsForProfile'));
  await lead.getByRole('button', { name: ja('firstRunButton') }).click();
  const focused = popup.locator('#editor :focus');
  await expect(focused).toHaveCount(1);
  expect(await focused.evaluate((el) => el.matches('input, select'))).toBe(true);
  // Pressing the waiting fill anyway writes nothing and says what to do.
  await fill.click();
  await expect(popup.locator('.fill-result .error')).toHaveText(ja('fillError_profile_empty'));
  await expect(page.locator('#seiKanji')).toHaveValue('');

  // Control: with a stored profile there is no lead, the fill is primary and it fills.
  await seedSampleProfile();
  const again = await openPopup(page);
  await expect(again.getByRole('region', { name: ja('firstRunTitle') })).toHaveCount(0);
  await expect(again.getByRole('button', { name: ja('fillButton') })).toHaveClass(/primary/);
  await fillFromPopup(again);
  await expect(page.locator('#seiKanji')).toHaveValue('山田');
});

test('unsaved edits in the popup editor: 「保存して入力」 saves first and the page gets the new value; invalid edits fill nothing', async ({ context, openPopup, seedSampleProfile }) => {
  await seedSampleProfile();
  const page = await context.newPage();
  await page.goto(STEP1);
  const popup = await openPopup(page);
  const family = popup.getByLabel('姓', { exact: true });
  await expect(family).toHaveValue('山田');
  await expect(popup.getByRole('button', { name: ja('fillButton') })).toBeVisible();

  // Invalid: nothing is saved or filled, and the editor shows its errors.
  const kana = popup.getByLabel('セイ（フリガナ）');
  await popup.locator('#editor details', { has: kana }).locator('summary').click();
  await kana.fill('Yamada');
  const saveAndFill = popup.getByRole('button', { name: ja('fillSaveAndFill') });
  await saveAndFill.click();
  await expect(popup.locator('.fill-result .error')).toHaveText(ja('fillEditorInvalid'));
  await expect(popup.getByLabel('セイ（フリガナ）')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#seiKanji')).toHaveValue('');

  // Valid: saved, then filled with the new value.
  await popup.getByLabel('セイ（フリガナ）').fill('サトウ');
  await family.fill('佐藤');
  await saveAndFill.click();
  await agreeIfAsked(popup);
  await expect(page.locator('#seiKanji')).toHaveValue('佐藤');
  await expect(popup.getByRole('button', { name: ja('fillButton') })).toBeVisible();
  // It was saved: a new popup shows it.
  const later = await openPopup();
  await expect(later.getByLabel('姓', { exact: true })).toHaveValue('佐藤');
});

test('a locked profile: 「ロックを解除して入力」 asks for the passphrase inline, then unlocks and fills', async ({ context, openPopup, openOptions, seedSampleProfile }) => {
  await seedSampleProfile();
  await protect(await openOptions());
  const locker = await openPopup();
  await locker.getByRole('button', { name: ja('lockNow'), exact: true }).click();
  await expect(locker.getByRole('heading', { name: ja('lockedTitle') })).toBeVisible();

  const page = await context.newPage();
  await page.goto(STEP1);
  const popup = await openPopup(page);
  const region = popup.getByRole('region', { name: ja('fillRegion') });
  await region.getByRole('button', { name: ja('fillUnlockAndFill') }).click();
  const box = region.getByLabel(ja('passphrase'));
  await expect(box).toBeFocused();
  await box.fill('wrong passphrase');
  await region.getByRole('button', { name: ja('fillUnlockAndFill') }).click();
  await expect(region.getByRole('alert')).toContainText('パスフレーズが違います', { timeout: 20_000 });
  await expect(page.locator('#seiKanji')).toHaveValue('');

  await box.fill(PASSPHRASE);
  await region.getByRole('button', { name: ja('fillUnlockAndFill') }).click();
  await agreeIfAsked(popup);
  await expect(page.locator('#seiKanji')).toHaveValue('山田');
  // Unlocked, the editor shows the profile again.
  await expect(popup.getByLabel('姓', { exact: true })).toHaveValue('山田', { timeout: 20_000 });
});

test('a tab the extension cannot work on says so and what to do next', async ({ context, extensionId }) => {
  // A tab that cannot be read (closed, or never there); browser pages and stores are told apart by
  // the background (tests/unit/spine/handle-request.test.ts).
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=987654`);
  await expect(popup.locator('body[data-ready="true"]')).toBeAttached();
  const region = popup.getByRole('region', { name: ja('fillRegion') });
  await expect(region.locator('.page-name')).toHaveText(ja('status_unsupported'));
  await expect(region.locator('.page-detail')).toHaveText(ja('unsupported_no_page'));
  await expect(region.getByRole('button', { name: ja('fillButton') })).toHaveCount(0);
});
