import { expect, test } from './fixtures';

// The printable 転入届 sheet from the sample profile, checked on the rendered page (screen and print).

test('the 転入届 sheet shows the new and old address, the move date and the household', async ({ context, extensionId, seedSampleProfile }) => {
  await seedSampleProfile();
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 1100 });
  await page.goto(`chrome-extension://${extensionId}/counter-sheet.html#tennyu`);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await expect(page.locator('h1')).toHaveText('住民異動届（転入届）');
  const row = (id: string) => page.locator(`tr[data-row="${id}"] td`);
  await expect(row('moved-on')).toHaveText('令和8年12月20日');
  await expect(row('new-postal')).toHaveText('〒530-0001');
  await expect(row('new-address')).toHaveText('大阪府大阪市北区梅田一丁目2-3');
  await expect(row('new-building')).toHaveText('梅田テストハイツ502');
  await expect(row('old-postal')).toHaveText('〒160-0022');
  await expect(row('old-address')).toHaveText('東京都新宿区新宿三丁目1-1');
  await expect(row('old-building')).toHaveText('サンプルマンション101');
  // The new address comes before the old one, as on the counter's form.
  const order = await page.locator('tr[data-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')));
  expect(order.indexOf('new-address')).toBeLessThan(order.indexOf('old-address'));
  const movers = page.locator('tr[data-mover]');
  await expect(movers).toHaveCount(2);
  await expect(movers.nth(0)).toContainText('やまだ　はなこ');
  await expect(movers.nth(0)).toContainText('山田　花子');
  await expect(movers.nth(0)).toContainText('平成2年4月15日');
  await expect(movers.nth(0)).toContainText('本人');
  await expect(movers.nth(1)).toContainText('やまだ　いちろう');
  await expect(movers.nth(1)).toContainText('昭和63年9月2日');
  await expect(movers.nth(1)).toContainText('夫');
  await expect(row('filer-phone')).toHaveText('090-1234-5678');

  // Printing hides the page's controls and keeps the sheet.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '印刷・PDFに保存' })).toBeHidden();
  await expect(row('new-address')).toBeVisible();
  // README_SCREENSHOTS=1 refreshes the README's picture.
  if (process.env.README_SCREENSHOTS) await page.screenshot({ path: 'docs/counter-sheet-tennyu.png', fullPage: true });

  // The other sheets from the same data.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: '住民異動届（転出届）' }).click();
  await expect(page.locator('h1')).toHaveText('住民異動届（転出届）');
  await expect(page.locator('tr[data-row="moved-on"] th')).toHaveText('転出予定日');
});
