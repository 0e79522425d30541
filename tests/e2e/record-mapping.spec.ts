import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, fillFromPopup, test } from './fixtures';

// 「項目を割り当て」 on a page no provider maps (an https member page, answered from its fixture): the
// user's own clicks pick fields — a page script's clicks do not —, keys are chosen in the popup, the
// next fill uses the recorded mapping, and the export is a provider file that passes providers:check
// against the page's fixture.

const ROOT = resolve('.');
const FIXTURE_DIR = join(ROOT, 'tests/fixtures/sites/shop-example');
const URL_ = 'https://shop.example/member/address';

test('record a mapping on an unmapped page, fill with it, export it, and check the export', async ({ context, openPopup, seedSampleProfile }) => {
  test.setTimeout(180_000);
  await context.route('https://shop.example/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURE_DIR, `${new URL(route.request().url()).pathname}.html`)) }),
  );
  await seedSampleProfile();
  const page = await context.newPage();
  await page.goto(URL_);
  let popup = await openPopup(page);
  await expect(popup.locator('.page-name')).toHaveText('このページは手続きパッドに未登録です（入力欄を自動で判別します）');
  await popup.getByRole('button', { name: 'ページの欄を選ぶ' }).click();
  await expect(popup.locator('.record-status')).toContainText('ページの入力欄をクリックして選んでください');

  // The page's own script clicking a field picks nothing; the person's clicks do.
  await page.evaluate(() => (document.getElementById('memo') as HTMLElement).click());
  for (const id of ['sei', 'mei', 'zip', 'address']) await page.click(`#${id}`);
  await page.click('label[for="news"]'); // a checkbox is picked through its label, and stays unticked
  await expect(page.locator('#news')).not.toBeChecked();
  await expect(page.locator('#sei')).toHaveCSS('outline-style', 'solid');

  await popup.getByRole('button', { name: '選んだ欄を表示' }).click();
  const rows = popup.locator('.record-field');
  await expect(rows).toHaveCount(5);
  await expect(popup.locator('.record-field[data-selector="#memo"]')).toHaveCount(0);
  const choose = (selector: string, key: string) => popup.locator(`.record-field[data-selector="${selector}"] select`).selectOption(key);
  await choose('#sei', 'name.family');
  await choose('#mei', 'name.given');
  await choose('#zip', 'newAddress.postalCode');
  await choose('#address', 'newAddress.full');
  await popup.getByRole('button', { name: '割り当てを保存' }).click();
  await expect(popup.locator('.record-status')).toContainText('このページの割り当て（4 項目）を保存しました');
  // Saving ends the picking: the outlines are gone and nothing was filled yet.
  await expect(page.locator('#sei')).not.toHaveCSS('outline-style', 'solid');
  await expect(page.locator('#sei')).toHaveValue('');

  // The next fill of the page uses the recorded mapping.
  await popup.close();
  popup = await openPopup(page);
  await expect(popup.locator('.page-name')).toHaveText('このページは自分で割り当てた手順で入力します');
  await fillFromPopup(popup);
  await expect(page.locator('#sei')).toHaveValue('山田');
  await expect(page.locator('#mei')).toHaveValue('花子');
  await expect(page.locator('#zip')).toHaveValue('530-0001');
  await expect(page.locator('#address')).toHaveValue('大阪府大阪市北区梅田一丁目2-3 梅田テストハイツ502');
  await expect(page.locator('#memo')).toHaveValue('');
  await expect(page.locator('#news')).not.toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { __probe: { submitted: number } }).__probe.submitted)).toBe(0);

  // Export: a provider file for the page, checked against the page's fixture.
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'プロバイダファイルとして書き出す' }).click()]);
  expect(download.suggestedFilename()).toBe('shop-example.ts');
  mkdirSync(join(ROOT, '.generated'), { recursive: true });
  const work = mkdtempSync(join(ROOT, '.generated/export-'));
  try {
    mkdirSync(join(work, 'providers'));
    symlinkSync(join(ROOT, 'lib'), join(work, 'lib'));
    const file = join(work, 'providers', 'shop-example.ts');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain("origins: ['https://shop.example']");
    expect(text).toContain("path: '/member/address'");
    expect(text).not.toContain('山田');
    writeFileSync(file, text); // as exported, unchanged
    const check = spawnSync('npx', ['tsx', 'scripts/check-providers.ts', '--dir', join(work, 'providers'), '--page', join(FIXTURE_DIR, 'member/address.html'), '--provider', 'shop-example'], { cwd: ROOT, encoding: 'utf8' });
    expect(check.stdout).toContain('PASS  shop-example step1 /member/address — 4 filled');
    expect(check.status, check.stdout + check.stderr).toBe(0);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
