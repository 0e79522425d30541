import { UNMAPPED_CITY_SITE } from '../../scripts/lib/demo-sites';
import type { Page } from '@playwright/test';
import { agreeIfAsked, expect, test } from './fixtures';

// Pages without a mapping built around the failure classes of recognition on unseen forms: rows of
// people besides the applicant, a step page about the new address, and an address whose side
// nothing names. What is ticked in advance is right; the side-unknown block waits, unticked, first.
// The guesses the classifier is less sure of are listed unticked: the user ticks them after a look.

const urlOf = (path: string) => `http://127.0.0.1:${UNMAPPED_CITY_SITE.port}${path}`;

/** Every guess ticked in advance is among `right` (read from the page by a person); returns how many were. */
async function expectTickedRight(popup: Page, right: string[]): Promise<number> {
  const ticked = await popup.locator('.guess:has(input[type=checkbox]:checked)').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-selector') ?? ''));
  for (const selector of ticked) expect(right, `ticked in advance: ${selector}`).toContain(selector);
  return ticked.length;
}

test.beforeEach(async ({ seedSampleProfile, sites: _demoSitesRunning }) => {
  await seedSampleProfile();
});

test('転出届: the applicant is the user and the rows of 「届出人以外」 start at the first household member', async ({ context, openPopup }) => {
  const page = await context.newPage();
  await page.goto(urlOf('/tenshutsu'));
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'このページに入力' }).click();
  const row = (selector: string) => popup.locator(`.guess[data-selector="${selector}"]`);
  const tick = (selector: string) => row(selector).locator('input[type=checkbox]');
  await expect(row('#todokede_shimei').locator('.guess-value')).toContainText('花子');
  await expect(row('#doko1_shimei').locator('.guess-value')).toContainText('一郎');
  await expect(row('#doko1_seinen').locator('.guess-value')).toContainText('1988');
  await expect(row('#tenshutsusaki').locator('.guess-value')).toContainText('大阪府大阪市北区');
  await expect(row('#genjusho').locator('.guess-value')).toContainText('東京都新宿区');
  await expect(tick('#doko2_shimei')).not.toBeChecked(); // a second member the profile does not have
  // Guesses met at first contact on a page asking both homes and household rows were often wrong, so
  // the calibration may hold all of them back for the user's look; whatever it ticks must be right
  // (the page with a side-unknown address below checks a tick given in advance).
  await expectTickedRight(popup, ['#todokede_shimei', '#todokede_kana', '#todokede_seinen', '#todokede_tel', '#genjusho', '#tenshutsusaki', '#tenshutsu_bi', '#doko1_shimei', '#doko1_seinen', '#doko1_zokugara']);
  for (const id of ['#todokede_shimei', '#todokede_seinen', '#todokede_tel', '#genjusho', '#tenshutsusaki', '#doko1_shimei', '#doko1_seinen']) await tick(id).check();
  await popup.getByRole('button', { name: 'チェックした項目を入力' }).click();
  await agreeIfAsked(popup);

  await expect(page.locator('#todokede_shimei')).toHaveValue(/山田\s*花子/);
  await expect(page.locator('#doko1_shimei')).toHaveValue(/山田\s*一郎/);
  await expect(page.locator('#doko1_seinen')).toHaveValue('1988-09-02');
  await expect(page.locator('#todokede_seinen')).toHaveValue('1990-04-15');
  await expect(page.locator('#todokede_tel')).toHaveValue(/^0\d{1,4}-?\d{1,4}-?\d{3,4}$/);
  await expect(page.locator('#genjusho')).toHaveValue(/^東京都新宿区/);
  await expect(page.locator('#tenshutsusaki')).toHaveValue(/^大阪府大阪市北区/);
  await expect(page.locator('#doko2_shimei')).toHaveValue('');
});

test('STEP2 新しいご住所: the block captioned only 郵便番号 / 都道府県 / 住所 is the new address, and what is ticked of it is right', async ({ context, openPopup }) => {
  const page = await context.newPage();
  await page.goto(urlOf('/step2'));
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'このページに入力' }).click();
  const row = (id: string) => popup.locator(`.guess[data-selector="#${id}"]`);
  await expect(row('todofuken').locator('.guess-value')).toHaveText('大阪府');
  await expect(row('yubin').locator('.guess-value')).toContainText('530');
  for (const id of ['yubin', 'todofuken', 'jusho', 'tatemono']) await expect(row(id), id).not.toContainText('新旧どちら');
  // A new address met for the first time is often ticked by no one but the user (the calibration holds
  // such guesses back); whatever is ticked in advance must be right.
  await expectTickedRight(popup, ['#yubin', '#todofuken', '#jusho', '#tatemono']);
  for (const id of ['yubin', 'todofuken', 'jusho', 'tatemono']) await row(id).locator('input[type=checkbox]').check();
  await popup.getByRole('button', { name: 'チェックした項目を入力' }).click();
  await agreeIfAsked(popup);
  await expect(page.locator('#yubin')).toHaveValue(/^530-?0001$/);
  await expect(page.locator('#todofuken')).toHaveValue('大阪府');
  await expect(page.locator('#jusho')).toHaveValue(/^大阪市北区梅田/);
  await expect(page.locator('#tatemono')).toHaveValue('梅田テストハイツ502');
});

test('an address whose side nothing names is listed first, unticked, as 要確認, and is not filled', async ({ context, openPopup }) => {
  const page = await context.newPage();
  await page.goto(urlOf('/shiryo'));
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'このページに入力' }).click();
  const rows = popup.locator('.guess-fields li');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toHaveAttribute('data-selector', '#zip');
  await expect(rows.nth(1)).toHaveAttribute('data-selector', '#addr');
  for (const id of ['zip', 'addr']) {
    const row = popup.locator(`.guess[data-selector="#${id}"]`);
    await expect(row.locator('input[type=checkbox]')).not.toBeChecked();
    await expect(row.locator('.tag.review')).toHaveText(/要確認：新旧どちらの住所か分かりません/);
  }
  await expect(popup.locator('.guess[data-selector="#onamae"] input[type=checkbox]')).toBeChecked();
  await popup.getByRole('button', { name: 'チェックした項目を入力' }).click();
  await agreeIfAsked(popup);
  await expect(page.locator('#onamae')).toHaveValue(/山田\s*花子/);
  await expect(page.locator('#zip')).toHaveValue('');
  await expect(page.locator('#addr')).toHaveValue('');
});
