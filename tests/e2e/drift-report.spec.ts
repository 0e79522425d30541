import { expect, fillFromPopup, test } from './fixtures';

// A mapped fill that left fields out offers 「不具合を報告用にコピー」: provider, page, failures and the
// page's form fields by name and caption — none of the values that were filled.

test('the report of a mapped fill copies a maintainer report without values', async ({ context, sites: _demoSitesRunning, openPopup, seedSampleProfile }) => {
  await seedSampleProfile();
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:27812/kaishi?ref=mail');
  const popup = await openPopup(page);
  await fillFromPopup(popup);
  // The test reads what would reach the clipboard (a headless popup has no system clipboard).
  await popup.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) } });
  });
  await expect(page.locator('#name_sei')).toHaveValue('山田');
  await popup.getByRole('button', { name: '不具合を報告用にコピー' }).click();
  await expect(popup.locator('.copy-drift-status')).toHaveText('コピーしました。入力した値は含まれていません。');
  const text = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(text).toContain('provider: demo-gas (updated 2026-11-27)');
  expect(text).toContain('page: http://127.0.0.1:27812/kaishi\n');
  expect(text).toContain('  phoneAlt: skipped (not-visible)');
  expect(text).toMatch(/input\[text\] name=name_sei id=name_sei form=#kaishiForm .*— /);
  for (const value of ['山田', '花子', 'ヤマダ', '090', 'G-20481234', '梅田', 'ref=mail']) expect(text).not.toContain(value);
});
