import { UNMAPPED_SITE } from '../../scripts/lib/demo-sites';
import { expect, test } from './fixtures';
import { guessedFillOnUnmappedPage } from './journeys/unmapped-page';

// A page no provider file maps: the popup shows what it recognised (label, key, value), fills only
// what the user confirms, marks those fields as guessed, and remembers a correction for the page.

const URL_ = `http://127.0.0.1:${UNMAPPED_SITE.port}${UNMAPPED_SITE.path}`;

// The journey shared with Firefox (journeys/unmapped-page.ts).
test('the guessed fill writes only the confirmed fields', async ({ driver, sites }) => {
  await guessedFillOnUnmappedPage(driver, sites);
});

test('a page without a mapping is filled after confirmation, and a correction is remembered', async ({ context, sites, openPopup, seedSampleProfile }) => {
  await seedSampleProfile();
  const page = await context.newPage();
  await page.goto(URL_);
  const before = sites.requests.length;

  let popup = await openPopup(page);
  await expect(popup.locator('.page-name')).toHaveText('このページは手続きパッドに未登録です（入力欄を自動で判別します）');
  await popup.getByRole('button', { name: 'このページに入力' }).click();
  const guesses = popup.locator('.guess-fields li');
  await expect(guesses).toHaveCount(16);
  const row = (selector: string) => popup.locator(`.guess[data-selector="${selector}"]`);
  await expect(row('#shimei_sei').locator('.guess-value')).toHaveText('山田');
  await expect(row('#furi_mei').locator('.guess-value')).toHaveText('ハナコ');
  await expect(row('#renraku').locator('.guess-value')).toHaveText('09012345678');
  await expect(row('#kyu_addr').locator('.guess-value')).toHaveText('東京都新宿区新宿三丁目1-1 サンプルマンション101');
  await expect(row('#shin_pref').locator('.guess-value')).toHaveText('大阪府');
  await expect(row('#daisu').locator('input[type=checkbox]')).not.toBeChecked();
  await expect(row('#keiyaku').locator('input[type=checkbox]')).not.toBeChecked(); // no number for an unknown provider

  // Only guesses the classifier is sure of are ticked in advance (on this page, none: a moving form's
  // guesses were often wrong at first contact); the person looks at each and ticks those that are right.
  for (const id of ['shimei_sei', 'shimei_mei', 'furi_sei', 'furi_mei', 'kyu_zip', 'kyu_addr', 'shin_zip', 'shin_pref', 'shin_city', 'shin_banchi', 'shin_bldg']) {
    await row(`#${id}`).locator('input[type=checkbox]').check();
  }
  // The person knows better: this number is the home phone. And they leave the move date out.
  await row('#renraku').locator('select').selectOption('phoneAlt');
  await row('#hikkoshi').locator('input[type=checkbox]').uncheck();
  await popup.getByRole('button', { name: 'チェックした項目を入力' }).click();
  await expect(popup.locator('.report')).toBeVisible();

  const expected: Record<string, string> = {
    shimei_sei: '山田',
    shimei_mei: '花子',
    furi_sei: 'ヤマダ',
    furi_mei: 'ハナコ',
    renraku: '0312345678',
    kyu_zip: '160-0022',
    kyu_addr: '東京都新宿区新宿三丁目1-1 サンプルマンション101',
    shin_zip: '530-0001',
    shin_pref: '大阪府',
    shin_city: '大阪市北区',
    shin_banchi: '梅田一丁目2-3',
    shin_bldg: '梅田テストハイツ502',
    hikkoshi: '',
    keiyaku: '',
    daisu: '',
    biko: '',
  };
  for (const [name, value] of Object.entries(expected)) await expect(page.locator(`[name="${name}"]`), name).toHaveValue(value);
  await expect(popup.locator('.report-fields li')).toHaveCount(12);
  await expect(popup.locator('.report-fields li .tag').first()).toHaveText('推測で入力');
  await expect(popup.locator('.report-fields li[data-key="phoneAlt"]')).toHaveAttribute('data-outcome', 'filled');
  expect(await page.evaluate(() => (window as unknown as { __probe: { submitted: number } }).__probe.submitted)).toBe(0);
  expect(sites.requests.slice(before).filter((r) => r.port === UNMAPPED_SITE.port)).toEqual([]);

  // Next time on this page the correction is remembered and used.
  await page.reload();
  await expect(page.locator('[name="renraku"]')).toHaveValue('');
  await popup.close();
  popup = await openPopup(page);
  await popup.getByRole('button', { name: 'このページに入力' }).click();
  await expect(row('#renraku').locator('select')).toHaveValue('phoneAlt');
  await expect(row('#renraku')).toContainText('前回の修正');
  await expect(row('#renraku').locator('.guess-value')).toHaveText('0312345678');
  await expect(row('#renraku').locator('input[type=checkbox]')).toBeChecked();
  await row('#hikkoshi').locator('input[type=checkbox]').check();
  await popup.getByRole('button', { name: 'チェックした項目を入力' }).click();
  await expect(popup.locator('.report')).toBeVisible();
  await expect(page.locator('[name="renraku"]')).toHaveValue('0312345678');
  await expect(page.locator('[name="hikkoshi"]')).toHaveValue('2026-12-20');
});
