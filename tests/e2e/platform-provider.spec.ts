import { join } from 'node:path';
import { SITES_DIR, startServers } from '../../scripts/lib/demo-server';
import { agreeIfAsked, expect, test } from './fixtures';

// A shop running EC-CUBE 4 on an origin no provider file names: the page is recognised by its
// form's signature, the popup says so, and the platform mapping fills only what the user confirms.

const SHOP_PORT = 27830;
const URL_ = `http://127.0.0.1:${SHOP_PORT}/mypage/change`;

test('an EC-CUBE 4 member page on an unrelated origin is recognised as the platform and filled after confirmation', async ({ context, openPopup, seedSampleProfile }) => {
  const shop = await startServers([{ port: SHOP_PORT, dir: join(SITES_DIR, 'platform-ec-cube-4') }]);
  try {
    await seedSampleProfile();
    const page = await context.newPage();
    await page.goto(URL_);
    const popup = await openPopup(page);
    await popup.getByRole('button', { name: 'このページに入力' }).click();
    await expect(popup.locator('.platform-note')).toHaveText('EC-CUBE 4 のフォームとして認識しました。各欄の項目を確かめてから入力してください。');
    const row = (selector: string) => popup.locator(`.guess[data-selector="${selector}"]`);
    await expect(row('#entry_address_addr01').locator('select')).toHaveValue('newAddress.cityTown');
    await expect(row('#entry_address_addr01').locator('.guess-value')).toHaveText('大阪市北区梅田一丁目');
    await expect(row('#entry_postal_code').locator('.guess-value')).toHaveText('5300001');
    // Nothing is written before the user confirms.
    await expect(page.locator('#entry_name_name01')).toHaveValue('');
    await row('#entry_phone_number').locator('input[type=checkbox]').uncheck();
    await popup.getByRole('button', { name: 'チェックした項目を入力' }).click();
    await agreeIfAsked(popup);

    await expect(page.locator('#entry_name_name01')).toHaveValue('山田');
    await expect(page.locator('#entry_kana_kana02')).toHaveValue('ハナコ');
    await expect(page.locator('#entry_address_pref')).toHaveValue('27');
    await expect(page.locator('#entry_address_addr02')).toHaveValue('2-3 梅田テストハイツ502');
    await expect(page.locator('#entry_birth_month')).toHaveValue('4');
    await expect(page.locator('#entry_phone_number')).toHaveValue(''); // unticked
    await expect(page.locator('#entry_company_name')).toHaveValue('');
    await expect(page.locator('#entry_password_first')).toHaveValue('');
    expect(shop.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  } finally {
    await shop.close();
  }
});
